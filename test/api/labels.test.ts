import {
  CityProfileDocument,
  ClusterProfileDocument,
  CountryProfileDocument,
  EventProfileDocument,
  InstitutionProfileDocument,
  OutcomeProfileDocument,
  PractitionerProfileDocument,
  TopicProfileDocument,
} from '../generated/graphql';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * One representative node per label, every field and relationship of it, compared whole with
 * what the seed files say (read independently of our reader and importer).
 */
const seed = seedOracle(SEED_DIR);
const keys = (ids: string[]) => ids.map((key) => ({ key }));
const one = (ids: string[]) => (ids.length ? { key: ids[0] } : null);
const page = (ids: string[]) => ({ totalCount: ids.length, nodes: keys(ids) });
const num = (v: string | undefined) => (v === undefined ? null : Number(v));
const props = (label: string, id: string) => seed.nodes.get(label)!.get(id)!;

describe('every label over HTTP, compared whole with the seed files', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('Practitioner: lagos-08 with city, job, expertise, events and outcomes', async () => {
    const id = 'lagos-08';
    const p = props('Practitioner', id);
    const jobs = seed.out('WORKS_AT', id);
    const roleEdges = (type: string) => {
      const ends = seed.out(type, id);
      return { totalCount: ends.length, edges: ends.map((to) => ({ role: seed.rel(type, id, to).role, node: { key: to } })) };
    };
    const { data, errors } = await api.run(PractitionerProfileDocument, { id: `Practitioner:${id}` });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      practitioner: {
        id: `Practitioner:${id}`,
        key: id,
        name: p.name,
        position: p.position ?? null,
        languages: p.languages.split(';'),
        synthetic: true,
        city: one(seed.out('BASED_IN', id)),
        institution: one(jobs),
        employments: jobs.map((to) => ({ institution: { key: to }, position: seed.rel('WORKS_AT', id, to).position ?? null, since: num(seed.rel('WORKS_AT', id, to).since) })),
        expertise: keys(seed.out('EXPERT_IN', id)),
        events: roleEdges('PARTICIPATED_IN'),
        outcomes: roleEdges('CONTRIBUTED_TO'),
      },
    });
    expect(data!.practitioner!.events.totalCount).toBeGreaterThan(0);
    expect(data!.practitioner!.outcomes.totalCount).toBeGreaterThan(0);
  });

  it('City: lagos with country, practitioners, institutions, events, outcomes and partners', async () => {
    const id = 'lagos';
    const c = props('City', id);
    const partners = (ids: string[], from: (other: string) => [string, string]) =>
      ids.map((other) => ({ city: { key: other }, since: num(seed.rel('PARTNER_OF', ...from(other)).since) }));
    const { data, errors } = await api.run(CityProfileDocument, { id });
    expect(errors).toBeUndefined();
    const country = seed.out('IN_COUNTRY', id)[0];
    expect(data).toEqual({
      city: {
        id: 'City:lagos',
        key: id,
        name: c.name,
        countryCode: c.countryCode,
        country: { key: country, code: props('Country', country).code, region: props('Country', country).region },
        practitioners: page(seed.in('BASED_IN', id)),
        institutions: page(seed.in('LOCATED_IN', id)),
        events: page(seed.in('HELD_IN', id)),
        outcomes: page(seed.in('IMPLEMENTED_IN', id)),
        partners: partners(seed.out('PARTNER_OF', id), (o) => [id, o]),
        partnerOf: partners(seed.in('PARTNER_OF', id), (o) => [o, id]),
      },
    });
    expect(data!.city!.practitioners.totalCount).toBeGreaterThan(5);
  });

  it('City partners: a city with partnerships in the seed', async () => {
    const partnership = seed.relationships.find((r) => r.type === 'PARTNER_OF')!;
    const { data } = await api.run(CityProfileDocument, { id: partnership.from });
    expect(data!.city!.partners).toContainEqual({ city: { key: partnership.to }, since: num(partnership.props.since) });
    const back = await api.run(CityProfileDocument, { id: partnership.to });
    expect(back.data!.city!.partnerOf).toContainEqual({ city: { key: partnership.from }, since: num(partnership.props.since) });
  });

  it('Country: by ISO code, with its cities', async () => {
    const { data } = await api.run(CountryProfileDocument, { id: 'DE' });
    const de = props('Country', 'de');
    expect(data).toEqual({
      country: { id: 'Country:de', key: 'de', code: 'DE', name: de.name, region: de.region, cities: page(seed.in('IN_COUNTRY', 'de')) },
    });
  });

  it('Institution: one that organised an event and has staff, with their positions', async () => {
    const id = seed.ids('Institution').find((i) => seed.in('ORGANISED_BY', i).length > 0 && seed.in('WORKS_AT', i).length > 1)!;
    const i = props('Institution', id);
    const staff = seed.in('WORKS_AT', id);
    const { data } = await api.run(InstitutionProfileDocument, { id });
    expect(data).toEqual({
      institution: {
        id: `Institution:${id}`,
        key: id,
        name: i.name,
        kind: i.kind,
        city: one(seed.out('LOCATED_IN', id)),
        practitioners: {
          totalCount: staff.length,
          edges: staff.map((p) => ({ position: seed.rel('WORKS_AT', p, id).position ?? null, since: num(seed.rel('WORKS_AT', p, id).since), node: { key: p } })),
        },
        organisedEvents: page(seed.in('ORGANISED_BY', id)),
      },
    });
    expect(data!.institution!.practitioners.edges.some((e) => e.since !== null)).toBe(true);
  });

  it('Cluster: municipal services with its topics, and the events and outcomes of those topics', async () => {
    const id = 'MUNICIPAL_SERVICES';
    const topics = seed.in('PART_OF', id);
    const via = (label: string) => [...new Set(topics.flatMap((t) => seed.in('ADDRESSES', t, label)))].sort();
    const { data } = await api.run(ClusterProfileDocument, { id: 'Cluster:MUNICIPAL_SERVICES' });
    const c = props('Cluster', id);
    expect(data).toEqual({
      cluster: {
        id: 'Cluster:MUNICIPAL_SERVICES',
        key: id,
        code: id,
        name: c.name,
        nameDe: c.nameDe,
        topics: keys(topics),
        events: page(via('Event')),
        outcomes: page(via('Outcome')),
      },
    });
  });

  it('Topic: solid waste management with cluster, experts, events and outcomes', async () => {
    const id = 'solid-waste-management';
    const { data } = await api.run(TopicProfileDocument, { id });
    expect(data).toEqual({
      topic: {
        id: `Topic:${id}`,
        key: id,
        name: props('Topic', id).name,
        cluster: one(seed.out('PART_OF', id)),
        practitioners: page(seed.in('EXPERT_IN', id)),
        events: page(seed.in('ADDRESSES', id, 'Event')),
        outcomes: page(seed.in('ADDRESSES', id, 'Outcome')),
      },
    });
  });

  it('Event: the one with most outcomes, with participants and their roles', async () => {
    const emerged = seed.relationships.filter((r) => r.type === 'EMERGED_FROM').map((r) => r.to);
    const id = [...new Set(emerged)].sort((a, b) => emerged.filter((o) => o === b).length - emerged.filter((o) => o === a).length)[0];
    const e = props('Event', id);
    const participants = seed.in('PARTICIPATED_IN', id);
    const { data } = await api.run(EventProfileDocument, { id });
    expect(data).toEqual({
      event: {
        id: `Event:${id}`,
        key: id,
        title: e.title,
        kind: e.kind,
        startDate: e.startDate,
        endDate: e.endDate,
        datePrecision: e.datePrecision ?? 'DAY',
        phase: Number(e.phase),
        year: Number(e.startDate.slice(0, 4)),
        virtual: e.virtual === 'true',
        city: one(seed.out('HELD_IN', id)),
        topics: keys(seed.out('ADDRESSES', id)),
        organisers: keys(seed.out('ORGANISED_BY', id)),
        outcomes: keys(seed.in('EMERGED_FROM', id)),
        participants: { totalCount: participants.length, edges: participants.map((p) => ({ role: seed.rel('PARTICIPATED_IN', p, id).role, node: { key: p } })) },
      },
    });
  });

  it('Outcome: the Lagos pilot adapted from Nairobi, and Nairobi\'s plan with its adaptation', async () => {
    const adapted = seed.relationships.find((r) => r.type === 'ADAPTED_FROM')!;
    const expected = (id: string) => {
      const o = props('Outcome', id);
      const contributors = seed.in('CONTRIBUTED_TO', id);
      return {
        outcome: {
          id: `Outcome:${id}`,
          key: id,
          title: o.title,
          kind: o.kind,
          status: o.status,
          startedOn: o.startedOn ?? null,
          contributors: { totalCount: contributors.length, edges: contributors.map((p) => ({ role: seed.rel('CONTRIBUTED_TO', p, id).role, node: { key: p } })) },
          emergedFrom: keys(seed.out('EMERGED_FROM', id)),
          implementedIn: keys(seed.out('IMPLEMENTED_IN', id)),
          topics: keys(seed.out('ADDRESSES', id)),
          adaptedFrom: keys(seed.out('ADAPTED_FROM', id)),
          adaptations: keys(seed.in('ADAPTED_FROM', id)),
        },
      };
    };
    for (const id of [adapted.from, adapted.to]) {
      const { data, errors } = await api.run(OutcomeProfileDocument, { id });
      expect(errors).toBeUndefined();
      expect(data).toEqual(expected(id));
    }
    expect(adapted.from).toMatch(/lagos/);
  });
});
