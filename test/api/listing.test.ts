import { foldText } from '../../src/domain';
import {
  CityPageDocument,
  ClusterPageDocument,
  CountryPageDocument,
  EventPageDocument,
  EventParticipantsPageDocument,
  InstitutionPageDocument,
  OutcomePageDocument,
  PractitionerPageDocument,
  TopicPageDocument,
  type EventParticipantsPageQuery,
  type PractitionerFilter,
  type PractitionerPageQuery,
  type NodeOrder,
} from '../generated/graphql';
import { startSeededApi, type Response, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

const seed = seedOracle(SEED_DIR);
const unique = (ids: string[]) => [...new Set(ids)].sort();
const union = (lists: string[][]) => unique(lists.flat());

describe('root listings: paging, filters, order', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  async function walkPractitioners(first: number, filter?: PractitionerFilter, orderBy?: NodeOrder) {
    const seen: { key: string; name: string }[] = [];
    let after: string | null = null;
    let totalCount = -1;
    let pages = 0;
    for (;;) {
      const response: Response<PractitionerPageQuery> = await api.run(PractitionerPageDocument, { first, after, filter, orderBy });
      expect(response.errors).toBeUndefined();
      const conn = response.data!.practitioners;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      if (conn.edges.length) expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
      totalCount = conn.totalCount;
      seen.push(...conn.edges.map((e) => e.node));
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor!;
    }
    return { seen, totalCount, pages };
  }

  it('walks every practitioner page by page, each once, matching totalCount and the seed', async () => {
    const { seen, totalCount, pages } = await walkPractitioners(37);
    const keys = seen.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(seed.ids('Practitioner'));
    expect(totalCount).toBe(keys.length);
    expect(pages).toBe(Math.ceil(keys.length / 37));
  });

  it('walks by name, descending, in folded-name order', async () => {
    const { seen, totalCount } = await walkPractitioners(50, undefined, { field: 'NAME', direction: 'DESC' });
    const expected = seed
      .ids('Practitioner')
      .map((id) => ({ key: id, name: seed.nodes.get('Practitioner')!.get(id)!.name }))
      .sort((a, b) => (foldText(b.name) === foldText(a.name) ? (a.key < b.key ? 1 : -1) : foldText(b.name) < foldText(a.name) ? -1 : 1));
    expect(seen).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('filters practitioners by city, region, cluster and topic as the seed says', async () => {
    const lagos = await walkPractitioners(100, { city: 'City:lagos' });
    expect(lagos.seen.map((s) => s.key)).toEqual(seed.in('BASED_IN', 'lagos'));

    const african = seed.ids('City').filter((c) => seed.nodes.get('Country')!.get(seed.out('IN_COUNTRY', c)[0])?.region === 'AFRICA');
    const inAfrica = await walkPractitioners(100, { region: 'AFRICA' });
    expect(inAfrica.seen.map((s) => s.key)).toEqual(union(african.map((c) => seed.in('BASED_IN', c))));
    expect(inAfrica.totalCount).toBe(inAfrica.seen.length);

    const msTopics = seed.in('PART_OF', 'MUNICIPAL_SERVICES');
    const experts = await walkPractitioners(100, { cluster: 'MUNICIPAL_SERVICES' });
    expect(experts.seen.map((s) => s.key)).toEqual(union(msTopics.map((t) => seed.in('EXPERT_IN', t))));

    const both = await walkPractitioners(100, { city: 'lagos', topic: 'solid-waste-management' });
    expect(both.seen.map((s) => s.key)).toEqual(seed.in('BASED_IN', 'lagos').filter((p) => seed.in('EXPERT_IN', 'solid-waste-management').includes(p)));
    expect(both.seen.length).toBeGreaterThan(0);
  });

  it('matches names ignoring case and accents', async () => {
    const { data } = await api.run(CityPageDocument, { first: 10, filter: { nameContains: 'SAO paulo' } });
    expect(data!.cities.nodes).toEqual([{ key: 'sao-paulo', name: 'São Paulo' }]);
    const nurnberg = await api.run(CityPageDocument, { first: 10, filter: { nameContains: 'nurnberg' } });
    expect(nurnberg.data!.cities.nodes.map((n) => n.key)).toEqual(['nuremberg']);
  });

  it('filters events by cluster, phase, kind and date range, newest first', async () => {
    const msEvents = union(seed.in('PART_OF', 'MUNICIPAL_SERVICES').map((t) => seed.in('ADDRESSES', t, 'Event')));
    const events = (id: string) => seed.nodes.get('Event')!.get(id)!;
    const { data } = await api.run(EventPageDocument, {
      first: 100,
      filter: { cluster: 'MUNICIPAL_SERVICES', from: '2016-01-01', to: '2021-12-31' },
      orderBy: { field: 'START_DATE', direction: 'DESC' },
    });
    const expected = msEvents
      .filter((id) => events(id).endDate >= '2016-01-01' && events(id).startDate <= '2021-12-31')
      .sort((a, b) => (events(b).startDate === events(a).startDate ? (a < b ? 1 : -1) : events(b).startDate < events(a).startDate ? -1 : 1));
    expect(data!.events.nodes.map((n) => n.key)).toEqual(expected);
    expect(data!.events.totalCount).toBe(expected.length);

    const phase2 = await api.run(EventPageDocument, { first: 100, filter: { phase: 2, kind: 'DIALOGUE_EVENT' } });
    expect(phase2.data!.events.nodes.map((n) => n.key)).toEqual(
      seed.ids('Event').filter((id) => events(id).phase === '2' && events(id).kind === 'DIALOGUE_EVENT'),
    );
  });

  it('filters the other labels', async () => {
    const outcomes = await api.run(OutcomePageDocument, { filter: { city: 'lagos' } });
    expect(outcomes.data!.outcomes.nodes.map((n) => n.key)).toEqual(seed.in('IMPLEMENTED_IN', 'lagos'));
    const implemented = await api.run(OutcomePageDocument, { filter: { status: 'IMPLEMENTED', region: 'LATIN_AMERICA' } });
    const latam = seed.ids('City').filter((c) => seed.nodes.get('Country')!.get(seed.out('IN_COUNTRY', c)[0])?.region === 'LATIN_AMERICA');
    expect(implemented.data!.outcomes.nodes.map((n) => n.key)).toEqual(
      union(latam.map((c) => seed.in('IMPLEMENTED_IN', c))).filter((o) => seed.nodes.get('Outcome')!.get(o)!.status === 'IMPLEMENTED'),
    );
    const institutions = await api.run(InstitutionPageDocument, { filter: { country: 'NG' } });
    const ngCities = seed.in('IN_COUNTRY', 'ng');
    expect(institutions.data!.institutions.nodes.map((n) => n.key)).toEqual(union(ngCities.map((c) => seed.in('LOCATED_IN', c))));
    const byGlobalId = await api.run(InstitutionPageDocument, { filter: { country: 'Country:ng' } });
    expect(byGlobalId.data!.institutions).toEqual(institutions.data!.institutions);
    const topics = await api.run(TopicPageDocument, { filter: { cluster: 'GOOD_URBAN_GOVERNANCE' } });
    expect(topics.data!.topics.nodes.map((n) => n.key)).toEqual(seed.in('PART_OF', 'GOOD_URBAN_GOVERNANCE'));
    const countries = await api.run(CountryPageDocument, { filter: { region: 'MENA' } });
    expect(countries.data!.countries.nodes.map((n) => n.key)).toEqual(seed.ids('Country').filter((c) => seed.nodes.get('Country')!.get(c)!.region === 'MENA'));
    const clusters = await api.run(ClusterPageDocument, {});
    expect(clusters.data!.clusters.totalCount).toBe(4);
    expect(clusters.data!.clusters.nodes.map((n) => n.name)).toEqual([...clusters.data!.clusters.nodes.map((n) => n.name)].sort());
  });

  it('walks a nested connection (an event\'s participants) page by page', async () => {
    const counts = seed.ids('Event').map((id) => [id, seed.in('PARTICIPATED_IN', id).length] as const);
    const [id, count] = counts.sort((a, b) => b[1] - a[1])[0];
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: Response<EventParticipantsPageQuery> = await api.run(EventParticipantsPageDocument, { id, first: 4, after });
      const conn = response.data!.event!.participants;
      expect(conn.totalCount).toBe(count);
      seen.push(...conn.edges.map((e) => e.node.key));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(seed.in('PARTICIPATED_IN', id));
    expect(count).toBeGreaterThan(8);
  });
});
