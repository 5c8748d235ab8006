import { NodesDocument, SearchDocument } from '../generated/graphql';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

const seed = seedOracle(SEED_DIR);

describe('search and node lookups', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  const top = async (text: string, kinds?: ('CITY' | 'EVENT' | 'PRACTITIONER')[]) => {
    const { data, errors } = await api.run(SearchDocument, { text, kinds, first: 5 });
    expect(errors).toBeUndefined();
    return data!.search;
  };

  it.each([
    ['sao paulo', 'City:sao-paulo'],
    ['SÃO PAULO', 'City:sao-paulo'],
    ['nurnberg', 'City:nuremberg'],
    ['nuremberg', 'City:nuremberg'],
    ['Nürnberg', 'City:nuremberg'],
    ['lagos', 'City:lagos'],
  ])('"%s" ranks %s first', async (text, id) => {
    const hits = await top(text);
    expect(hits[0].node.id).toBe(id);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  });

  it('ranks an exact name at 1 and above names that only contain the words', async () => {
    const hits = await top('Lagos');
    expect(hits[0]).toEqual({ node: { id: 'City:lagos' }, score: 1 });
    expect(hits.length).toBeGreaterThan(1);
  });

  it('finds every node whose name contains all words, and only the kinds asked', async () => {
    const { data } = await api.run(SearchDocument, { text: 'water', kinds: ['EVENT'], first: 100 });
    const expected = seed.ids('Event').filter((id) => seed.nodes.get('Event')!.get(id)!.title.toLowerCase().includes('water'));
    expect(data!.search.map((h) => h.node.id).sort()).toEqual(expected.map((id) => `Event:${id}`).sort());
    expect(expected.length).toBeGreaterThan(1);
  });

  it('answers nodes(ids) in the order asked, null for ids no node has', async () => {
    const { data, errors } = await api.run(NodesDocument, { ids: ['Topic:solid-waste-management', 'City:atlantis', 'City:lagos', 'Cluster:MUNICIPAL_SERVICES'] });
    expect(errors).toBeUndefined();
    expect(data!.nodes).toEqual([{ id: 'Topic:solid-waste-management' }, null, { id: 'City:lagos' }, { id: 'Cluster:MUNICIPAL_SERVICES' }]);
  });
});
