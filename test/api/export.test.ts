import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mintToken } from '../../src/server/auth/mint-token';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * Exports opened back with the libraries SNA tools' formats are read with: the same nodes, the
 * same relationships, the properties of the seed files, contact details only for roles allowed.
 */
const SECRET = 'export-test-secret-of-at-least-32-chars!';
const seed = seedOracle(SEED_DIR);
const AROUND = `query($format: ExportFormat!) { neighbourhood(id: "Practitioner:lagos-01", depth: 2, limit: 60) {
  nodes { id kind label } edges { source target type } export(format: $format) { filename mediaType content }
} }`;

type Answer = { nodes: { id: string; kind: string; label: string }[]; edges: { source: string; target: string; type: string }[]; export: { filename: string; mediaType: string; content: string }[] };

/** What any of the formats must hold: each node with kind and label, each relationship with its type. */
function opened(graph: MultiDirectedGraph) {
  return {
    nodes: graph.mapNodes((id, a) => ({ id, kind: String(a.kind), label: String(a.label) })).sort((x, y) => x.id.localeCompare(y.id)),
    edges: graph.mapEdges((_e, a, source, target) => ({ source, target, type: String(a.type) })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
  };
}

const drawn = (a: Answer) => ({
  nodes: [...a.nodes].sort((x, y) => x.id.localeCompare(y.id)),
  edges: [...a.edges].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
});

describe('exports over HTTP', () => {
  let api: SeededApi;
  let analyst: string;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => graphqlOver(api.server.url, query, variables, token);
  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    analyst = await mintToken(SECRET, { role: 'ANALYST', subject: 'ana', ttl: '10m' });
  });
  afterAll(() => api.close());

  it('writes a neighbourhood as GEXF and GraphML that their parsers read back whole', async () => {
    for (const [format, parse, mediaType] of [
      ['GEXF', (text: string) => parseGexf(MultiDirectedGraph, text), 'application/gexf+xml'],
      ['GRAPHML', (text: string) => parseGraphml(MultiDirectedGraph, text), 'application/graphml+xml'],
    ] as const) {
      const res = await gql(AROUND, { format });
      expect(res.errors).toBeUndefined();
      const answer = res.data.neighbourhood as Answer;
      expect(answer.nodes.length).toBeGreaterThan(20);
      const [file] = answer.export;
      expect(file).toMatchObject({ filename: `neighbourhood-Practitioner-lagos-01.${format.toLowerCase()}`, mediaType });
      const graph = parse(file.content) as MultiDirectedGraph;
      expect(opened(graph)).toEqual(drawn(answer));
      // The properties of the seed files come along: a city's coordinates, an event's start.
      const city = seed.nodes.get('City')!.get('lagos')!;
      expect(Number(graph.getNodeAttribute('City:lagos', 'lat'))).toBeCloseTo(Number(city.lat), 6);
      const event = answer.nodes.find((n) => n.kind === 'EVENT')!;
      expect(graph.getNodeAttribute(event.id, 'startDate')).toBe(seed.nodes.get('Event')!.get(event.id.split(':')[1])!.startDate);
    }
  });

  it('writes CSV as a node table and an edge table, with contact details only for analysts', async () => {
    const csvOf = async (token?: string) => {
      const res = await gql(AROUND, { format: 'CSV' }, token);
      expect(res.errors).toBeUndefined();
      const answer = res.data.neighbourhood as Answer;
      const [nodes, edges] = answer.export.map((f) => parseCsv(f.content, { columns: true }) as Record<string, string>[]);
      expect(answer.export.map((f) => f.filename)).toEqual(['neighbourhood-Practitioner-lagos-01-nodes.csv', 'neighbourhood-Practitioner-lagos-01-edges.csv']);
      expect({
        nodes: nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label })).sort((x, y) => x.id.localeCompare(y.id)),
        edges: edges.map((e) => ({ source: e.source, target: e.target, type: e.type })).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      }).toEqual(drawn(answer));
      return nodes.find((n) => n.id === 'Practitioner:lagos-01')!;
    };
    const lagos01 = seed.nodes.get('Practitioner')!.get('lagos-01')!;
    const anonymous = await csvOf();
    expect(anonymous).toMatchObject({ name: lagos01.name, languages: lagos01.languages });
    expect(anonymous).not.toHaveProperty('email');
    expect(await csvOf(analyst)).toMatchObject({ name: lagos01.name, email: lagos01.email, phone: lagos01.phone });
  });

  it('writes a page of a listing, and refuses a format it does not know', async () => {
    const res = await gql('{ practitioners(filter: { city: "lagos" }, first: 5) { nodes { id } export(format: CSV) { filename content } } }');
    expect(res.errors).toBeUndefined();
    const [file] = res.data.practitioners.export;
    expect(file.filename).toBe('practitioners-nodes.csv');
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(res.data.practitioners.nodes.map((n: { id: string }) => n.id));
    const notAnId = await gql('{ exportView(ids: ["City:lagos", "lagos"], format: CSV) { content } }');
    expect(notAnId.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"lagos" is not a node id/), extensions: { code: 'BAD_USER_INPUT' } });
    const bad = await gql('{ neighbourhood(id: "City:lagos") { export(format: PDF) { content } } }');
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringMatching(/PDF/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
