import fs from 'node:fs';
import path from 'node:path';
import { LABELS, type Label } from '../../src/domain';
import { EmbeddedStore } from '../../src/graph/embedded';
import { listing, names } from '../../src/graph/queries';
import type { GraphStore } from '../../src/graph/store';
import { mintToken } from '../../src/server/auth/mint-token';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { runCli } from '../helpers/cli';
import { SEED_DIR, tmpDir } from '../helpers/tmp';

const SECRET = 'text-index-test-secret-of-32-chars!!';

/** The ids `search` answers for a text among some kinds (at most 100). */
async function found(url: string, text: string, kinds?: string[]): Promise<string[]> {
  const body = await graphqlOver(url, 'query($t: String!, $k: [NodeKind!]) { search(text: $t, kinds: $k, first: 100) { nodes { id } } }', { t: text, k: kinds });
  expect(body.errors).toBeUndefined();
  return body.data.search.nodes.map((n: { id: string }) => n.id);
}

/**
 * The index against a scan of the graph: every node is found by its own name among its kind,
 * and the search of each name finds no node the scan does not have.
 */
async function expectIndexAgreesWithScan(url: string, store: GraphStore): Promise<number> {
  let checked = 0;
  for (const label of LABELS) {
    const rows = await store.read<{ key: string; name: string }>(names.nameList(label));
    const keys = new Set(rows.map((r) => `${label}:${r.key}`));
    const kind = label.toUpperCase();
    for (const r of rows) {
      const hits = await found(url, r.name ?? r.key, [kind]);
      expect({ label, key: r.key, found: hits.includes(`${label}:${r.key}`) }).toEqual({ label, key: r.key, found: true });
      for (const hit of hits) expect(keys.has(hit)).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe('the text index follows every write', () => {
  let api: SeededApi;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'ed', ttl: '5m' });
    admin = await mintToken(SECRET, { role: 'ADMIN', subject: 'ad', ttl: '5m' });
  });
  afterAll(() => api.close());

  const write = async (query: string, variables: Record<string, unknown>, token = editor) => {
    const body = await graphqlOver(api.server.url, query, variables, token);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  it('finds a created node by the next search, its new name after an update, and not once deleted', async () => {
    // Asked once before: an answer the index kept must not outlive the write.
    expect(await found(api.server.url, 'zebrastad')).toEqual([]);
    await write('mutation { createCity(input: { id: "zebrastadt", name: "Zebrastadt", countryCode: "DE", lat: 50, lon: 8 }) { key } }', {});
    expect(await found(api.server.url, 'zebrastad')).toEqual(['City:zebrastadt']);
    const { city } = await write('query { city(id: "zebrastadt") { version } }', {});
    const { updateCity } = await write('mutation($v: Int!) { updateCity(id: "zebrastadt", version: $v, patch: { name: "Quokkaville" }) { version } }', { v: city.version });
    expect(await found(api.server.url, 'zebrastadt')).toEqual([]);
    expect(await found(api.server.url, 'Quokaville')).toEqual(['City:zebrastadt']);
    // Listings keep their order through the write: the same as the store sorts.
    for (const direction of ['ASC', 'DESC']) {
      const { cities } = await write(`query { cities(first: 100, orderBy: { field: NAME, direction: ${direction} }) { nodes { key } } }`, {});
      const sorted = await api.store.read<{ node: { id: string } }>(listing.listingPage({ label: 'City', filters: [], order: 'name', descending: direction === 'DESC', after: false }), { limit: 100 });
      expect(cities.nodes.map((n: { key: string }) => n.key)).toEqual(sorted.map((r) => r.node.id));
      expect(cities.nodes.map((n: { key: string }) => n.key)).toContain('zebrastadt');
    }
    await write('mutation($v: Int!) { deleteCity(id: "zebrastadt", version: $v) { id } }', { v: updateCity.version }, admin);
    expect(await found(api.server.url, 'quokkaville')).toEqual([]);
  });

  it('finds what importRecords wrote', async () => {
    await write(
      'mutation($n: [NodeRecordInput!]) { importRecords(nodes: $n) { nodesCreated } }',
      { n: [{ kind: 'TOPIC', properties: { id: 'pangolin-care', name: 'Pangolin care' } }] },
      admin,
    );
    expect(await found(api.server.url, 'pangolin')).toEqual(['Topic:pangolin-care']);
  });
});

describe('the text index after npm run import and a restart', () => {
  it('agrees with a scan of the graph', async () => {
    const work = tmpDir();
    const dataDir = path.join(work, 'graph');
    expect((await runCli('import', [SEED_DIR], { DATA_DIR: dataDir })).code).toBe(0);
    const extra = path.join(work, 'extra');
    fs.mkdirSync(path.join(extra, 'nodes'), { recursive: true });
    fs.writeFileSync(path.join(extra, 'nodes', 'City.csv'), 'id:ID(City),name,countryCode,lat:float,lon:float,sources:string[]\nokapi-town,Okapi Town,CD,0.5,25.2,OWN\n');
    expect((await runCli('import', [extra], { DATA_DIR: dataDir })).code).toBe(0);

    const store = EmbeddedStore.open(dataDir);
    // Another process wrote the graph: the service reads the index from it when it starts.
    const api = await startSeededApi({}, store);
    const server = api.server;
    try {
      expect(await found(server.url, 'okapi towm')).toEqual(['City:okapi-town']);
      const checked = await expectIndexAgreesWithScan(server.url, store);
      const total = (await Promise.all(LABELS.map((l: Label) => store.read(names.nameList(l))))).reduce((n, rows) => n + rows.length, 0);
      expect(checked).toBe(total);
    } finally {
      await api.close();
      await store.close();
    }
  }, 120_000);
});
