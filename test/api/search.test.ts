import { foldText, searchTokens, scoreName, LABELS, LABEL_SPECS, toGlobalId, type Label } from '../../src/domain';
import { NodesDocument, SearchDocument } from '../generated/graphql';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

const seed = seedOracle(SEED_DIR);

type Kind = 'CITY' | 'EVENT' | 'PRACTITIONER' | 'TOPIC' | 'INSTITUTION' | 'OUTCOME' | 'COUNTRY' | 'CLUSTER';

/** Every seed node whose name matches the text by the domain's rule, best first: what the index must find. */
function expectedHits(text: string, labels: readonly Label[] = LABELS): string[] {
  const tokens = searchTokens(text);
  return labels
    .flatMap((label) =>
      seed.ids(label).map((key) => {
        const name = String(seed.nodes.get(label)!.get(key)![LABEL_SPECS[label].nameProperty] ?? key);
        return { id: toGlobalId(label, key), score: scoreName(tokens, foldText(name)) };
      }),
    )
    .filter((h): h is { id: string; score: number } => h.score !== null)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((h) => h.id);
}

describe('search over HTTP', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  const search = async (text: string, kinds?: Kind[], first = 5, after?: string) => {
    const { data, errors } = await api.run(SearchDocument, { text, kinds, first, after });
    expect(errors).toBeUndefined();
    return data!.search;
  };

  it.each([
    ['sao paulo', 'City:sao-paulo'],
    ['SÃO PAULO', 'City:sao-paulo'],
    ['nurnberg', 'City:nuremberg'],
    ['Nürnberg', 'City:nuremberg'],
    ['lagos', 'City:lagos'],
    ['lag', 'City:lagos'], // a prefix
    ['Lagso', 'City:lagos'], // two letters swapped
    ['Nuremburg', 'City:nuremberg'], // one letter replaced
    ['nuremberg', 'City:nuremberg'],
  ])('"%s" ranks %s first', async (text, id) => {
    const hits = (await search(text, ['CITY'])).edges;
    expect(hits[0].node.id).toBe(id);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('ranks an exact name at 1, then prefixes, then typos', async () => {
    const exact = (await search('Lagos', ['CITY'])).edges[0];
    const prefix = (await search('Lago', ['CITY'])).edges[0];
    const typo = (await search('Lagso', ['CITY'])).edges[0];
    expect(exact).toEqual({ node: { id: 'City:lagos' }, score: 1 });
    expect([prefix.node.id, typo.node.id]).toEqual(['City:lagos', 'City:lagos']);
    expect(typo.score).toBeLessThan(prefix.score);
    expect(prefix.score).toBeLessThan(exact.score);
  });

  it.each([
    ['waste', undefined],
    ['water', ['EVENT'] as Kind[]],
    ['wast', undefined],
    ['munic serv', undefined],
    ['lagso', ['CITY', 'INSTITUTION'] as Kind[]],
  ])('finds for "%s" exactly the nodes the rule matches, in its order (kinds %j)', async (text, kinds) => {
    const labels = kinds?.map((k) => LABELS.find((l) => l.toUpperCase() === k)!);
    const expected = expectedHits(text, labels);
    expect(expected.length).toBeGreaterThan(1);
    const page = await search(text, kinds, 100);
    expect(page.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 100));
    expect(page.totalCount).toBe(expected.length);
  });

  it('pages through the hits with first/after, each hit once, in order', async () => {
    const all = expectedHits('a');
    expect(all.length).toBeGreaterThan(12);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 3; page++) {
      const result = await search('a', undefined, 4, after);
      seen.push(...result.edges.map((e) => e.node.id));
      expect(result.pageInfo.hasNextPage).toBe(true);
      after = result.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.slice(0, 12));
  });

  it('refuses a cursor of a listing with BAD_USER_INPUT', async () => {
    const listing = await api.post({ query: '{ cities(first: 1) { pageInfo { endCursor } } }' });
    const { errors } = await api.run(SearchDocument, { text: 'lagos', first: 1, after: listing.body.data.cities.pageInfo.endCursor });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('offers the closest names when nothing matches, and nothing when nothing is close', async () => {
    const missed = await search('Nuremburk', ['CITY']); // two typos
    expect(missed.edges).toEqual([]);
    expect(missed.didYouMean.map((h) => h.node.id)).toContain('City:nuremberg');
    expect((await search('zzqxv')).didYouMean).toEqual([]);
    expect((await search('lagos')).didYouMean).toEqual([]);
  });

  it('says "did you mean" from the same index for a name that names nothing', async () => {
    const { body } = await api.post({ query: '{ city(id: "Lagso City") { name } }' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const topic = await api.post({ query: '{ practitionersWorkingOn(city: "lagos", topic: "solid wast managment") { totalCount } }' });
    expect(topic.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(topic.body.errors[0].extensions.suggestions).toContain('solid-waste-management');
    const country = await api.post({ query: '{ practitioners(filter: { country: "Nigera" }) { totalCount } }' });
    expect(country.body.errors[0].extensions.suggestions).toContain('ng');
  });

  it('answers nodes(ids) in the order asked, null for ids no node has', async () => {
    const { data, errors } = await api.run(NodesDocument, { ids: ['Topic:solid-waste-management', 'City:atlantis', 'City:lagos', 'Cluster:MUNICIPAL_SERVICES'] });
    expect(errors).toBeUndefined();
    expect(data!.nodes).toEqual([{ id: 'Topic:solid-waste-management' }, null, { id: 'City:lagos' }, { id: 'Cluster:MUNICIPAL_SERVICES' }]);
  });
});
