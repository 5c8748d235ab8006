import { CLUSTER_CODES, REGIONS } from '../../src/domain';
import {
  CityFiguresDocument,
  ClusterFiguresDocument,
  NeighbourhoodDocument,
  NetworkFiguresDocument,
  PathDocument,
  PeersDocument,
  TransfersDocument,
  WorkingOnDocument,
  type WorkingOnQuery,
} from '../generated/graphql';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { networkOracle } from '../helpers/network-oracle';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR, tmpDir, writeFiles } from '../helpers/tmp';
import { loadDir, memoryStore } from '../helpers/graph';

/** The network questions on the seed dataset, each answer held against the seed files. */
const seed = seedOracle(SEED_DIR);
const net = networkOracle(seed);
const KIND_ORDER = ['EXPERTISE', 'EVENT', 'OUTCOME'];
const SUBJECT_LABEL: Record<string, string> = { EXPERTISE: 'Topic', EVENT: 'Event', OUTCOME: 'Outcome' };
const nameOf = (label: string, id: string) => {
  const p = seed.nodes.get(label)!.get(id)!;
  return p.name ?? p.title;
};

/**
 * The whole expected answer of practitionersWorkingOn, computed from the CSV rows: one piece of
 * evidence per expertise, event or outcome, naming every topic asked about that it addressed.
 */
function expectedWorkingOn(city: string, topics: string[], kinds?: string[]) {
  const people = [...net.inCity(city)].sort().filter((p) => net.evidence(p, topics, kinds).length > 0);
  return people.map((p) => {
    const bySubject = new Map<string, string[]>();
    for (const [kind, subject, topic] of net.evidence(p, topics, kinds).map((e) => e.split(' '))) {
      bySubject.set(`${kind} ${subject}`, [...(bySubject.get(`${kind} ${subject}`) ?? []), topic].sort());
    }
    return {
      node: { key: p },
      evidence: [...bySubject]
        .map(([kindSubject, keys]) => [...kindSubject.split(' '), keys] as [string, string, string[]])
        .sort((a, b) => KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]) || a[1].localeCompare(b[1]) || a[2][0].localeCompare(b[2][0]))
        .map(([kind, subject, keys]) => ({
          kind,
          subject: { id: `${SUBJECT_LABEL[kind]}:${subject}` },
          topic: { key: keys[0] },
          topics: keys.map((key) => ({ key })),
          role: kind === 'EVENT' ? seed.rel('PARTICIPATED_IN', p, subject).role : kind === 'OUTCOME' ? seed.rel('CONTRIBUTED_TO', p, subject).role : null,
          description: expect.stringMatching(new RegExp(keys.map((key) => escape(nameOf('Topic', key))).join('.*'))),
        })),
    };
  });
}

/** A path's node as the API should draw it: kind and name from the seed files, depth its place. */
const drawnNode = (id: string, depth: number) => {
  const [label, key] = id.split(/:(.*)/);
  return { id, kind: label.toUpperCase(), label: nameOf(label, key) ?? key, depth };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('network traversals over HTTP on the seed dataset', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  describe('practitionersWorkingOn', () => {
    it('answers "who in Lagos worked on municipal services?" whole, with the evidence for each person', async () => {
      const res = await api.run(WorkingOnDocument, { city: 'Lagos', cluster: 'MUNICIPAL_SERVICES', first: 50 });
      const expected = expectedWorkingOn('lagos', net.topicsOf('MUNICIPAL_SERVICES'));
      expect(expected.length).toBeGreaterThan(3);
      expect(res.errors).toBeUndefined();
      expect(res.data!.practitionersWorkingOn).toEqual({
        totalCount: expected.length,
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        edges: expected,
      });
      const descriptions = res.data!.practitionersWorkingOn.edges.flatMap((e) => e.evidence.map((v) => v.description));
      expect(descriptions).toContainEqual(expect.stringMatching(/^Took part in .+ \(\d{4}\) as \w+; it addressed .+\.$/));
      expect(descriptions).toContainEqual(expect.stringMatching(/^Expert in .+\.$/));
    });

    it('takes the city as id, global id or name in any case and accents, and a topic instead of a cluster', async () => {
      const answers = await Promise.all(
        ['lagos', 'City:lagos', 'LAGOS', ' lagos '].map((city) => api.run(WorkingOnDocument, { city, cluster: 'MUNICIPAL_SERVICES', first: 50 })),
      );
      for (const a of answers) expect(a.data).toEqual(answers[0].data);
      const saoPaulo = await Promise.all(['São Paulo', 'sao paulo', 'SAO PAULO'].map((city) => api.run(WorkingOnDocument, { city, cluster: 'INTEGRATED_URBAN_DEVELOPMENT', first: 50 })));
      for (const a of saoPaulo) expect(a.data).toEqual(saoPaulo[0].data);
      const topic = net.topicsOf('MUNICIPAL_SERVICES')[0];
      const byTopic = await api.run(WorkingOnDocument, { city: 'lagos', topic: `Topic:${topic}`, first: 50 });
      expect(byTopic.data!.practitionersWorkingOn.edges).toEqual(expectedWorkingOn('lagos', [topic]));
    });

    it('keeps to the evidence kinds asked for', async () => {
      for (const via of [['EXPERTISE'], ['EVENT', 'OUTCOME']] as const) {
        const res = await api.run(WorkingOnDocument, { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', via: [...via], first: 50 });
        const expected = expectedWorkingOn('lagos', net.topicsOf('MUNICIPAL_SERVICES'), [...via]);
        expect(res.data!.practitionersWorkingOn.edges).toEqual(expected);
        expect(res.data!.practitionersWorkingOn.totalCount).toBe(expected.length);
      }
    });

    it('pages through every person once', async () => {
      const keys: string[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const res: { data?: WorkingOnQuery | null } = await api.run(WorkingOnDocument, { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', first: 2, after });
        const page = res.data!.practitionersWorkingOn;
        total = page.totalCount;
        keys.push(...page.edges.map((e) => e.node.key));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(keys).toEqual(expectedWorkingOn('lagos', net.topicsOf('MUNICIPAL_SERVICES')).map((e) => e.node.key));
      expect(total).toBe(keys.length);
      const last = await api.run(WorkingOnDocument, { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', first: 50 });
      const beyond = await api.run(WorkingOnDocument, { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', after: last.data!.practitionersWorkingOn.pageInfo.endCursor });
      expect(beyond.data!.practitionersWorkingOn).toEqual({ totalCount: keys.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('answers bad input with a code and a clear message', async () => {
      const notFound = await api.run(WorkingOnDocument, { city: 'Lagoss', cluster: 'MUNICIPAL_SERVICES' });
      expect(notFound.errors![0]).toMatchObject({ message: expect.stringContaining('Did you mean Lagos ("lagos")'), extensions: { code: 'NOT_FOUND', suggestions: expect.arrayContaining(['lagos']) } });
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ city: 'lagos' }, 'BAD_USER_INPUT', /exactly one of cluster or topic/],
        [{ city: 'lagos', cluster: 'MUNICIPAL_SERVICES', topic: 'solid-waste-management' }, 'BAD_USER_INPUT', /exactly one of cluster or topic/],
        [{ city: 'lagos', topic: 'no-such-topic' }, 'NOT_FOUND', /^topic: no topic has the id or name "no-such-topic"\.$/],
        [{ city: 'lagos', topic: 'solid waste managment' }, 'NOT_FOUND', /^topic: no topic has the id or name "solid waste managment"\. Did you mean Solid waste management /],
        [{ city: 'lagos', topic: 'City:lagos' }, 'BAD_USER_INPUT', /is the id of a City, not of a Topic/],
        [{ city: 'Event:lagos', cluster: 'MUNICIPAL_SERVICES' }, 'BAD_USER_INPUT', /is the id of an Event, not of a City/],
        [{ city: '', cluster: 'MUNICIPAL_SERVICES' }, 'BAD_USER_INPUT', /city id or name/],
        [{ city: 'lagos', cluster: 'MUNICIPAL_SERVICES', first: 101 }, 'BAD_USER_INPUT', /first must be between 0 and 100/],
        [{ city: 'lagos', cluster: 'MUNICIPAL_SERVICES', after: 'garbage' }, 'BAD_USER_INPUT', /not a cursor/],
        [{ city: 'lagos', cluster: 'WATER' }, 'BAD_USER_INPUT', /Allowed values: GOOD_URBAN_GOVERNANCE/],
        [{ city: "lagos' OR 1=1 //", cluster: 'MUNICIPAL_SERVICES' }, 'NOT_FOUND', /no city has the id or name/],
      ];
      for (const [variables, code, message] of cases) {
        const res = await api.post({ query: 'query($city: String!, $cluster: ClusterCode, $topic: ID, $first: Int, $after: String) { practitionersWorkingOn(city: $city, cluster: $cluster, topic: $topic, first: $first, after: $after) { totalCount } }', variables });
        expect(res.status).toBeLessThan(500);
        expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
      }
    });
  });

  describe('connectionPath', () => {
    const pairs: [string, string][] = [
      ['Practitioner:lagos-01', 'City:bonn'],
      ['Practitioner:lagos-01', 'Practitioner:lagos-02'],
      ['Cluster:MUNICIPAL_SERVICES', 'Country:de'],
      ['Outcome:o-lagos-cbo-waste-pilot', 'City:nairobi'],
      ['Practitioner:lagos-03', `Practitioner:${seed.ids('Practitioner').at(-1)}`],
    ];

    it.each(pairs)('finds a shortest path from %s to %s, told step by step', async (from, to) => {
      const res = await api.run(PathDocument, { from, to, maxHops: 6 });
      expect(res.errors).toBeUndefined();
      const path = res.data!.connectionPath!;
      expect(path.length).toBe(net.distance(from, to, 6));
      expect(path.nodes).toEqual([from, ...path.steps.map((s) => s.to.id)].map(drawnNode));
      path.steps.forEach((step, i) => {
        expect(step.from.id).toBe(path.nodes[i].id);
        expect(net.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
        const [fromLabel, fromKey] = step.from.id.split(/:(.*)/);
        const [toLabel, toKey] = step.to.id.split(/:(.*)/);
        expect(step.sentence).toContain(nameOf(fromLabel, fromKey));
        expect(step.sentence).toContain(nameOf(toLabel, toKey));
      });
    });

    const WORKING = { via: ['PRACTITIONER', 'EVENT', 'OUTCOME', 'INSTITUTION'], labels: ['Practitioner', 'Event', 'Outcome', 'Institution'] };
    const scoped: [string, string, { via?: string[]; over?: string[] }][] = [
      ['Practitioner:lagos-01', 'City:bonn', { via: WORKING.via }],
      ['City:lagos', 'City:amman', { via: WORKING.via }],
      ['Practitioner:lagos-03', 'Practitioner:person-00012', { via: ['PRACTITIONER', 'EVENT'], over: ['PARTICIPATED_IN'] }],
      ['Outcome:o-lagos-cbo-waste-pilot', 'City:nairobi', { over: ['CONTRIBUTED_TO', 'PARTICIPATED_IN', 'HELD_IN', 'EMERGED_FROM', 'BASED_IN'] }],
    ];

    it.each(scoped)('from %s to %s keeps to the kinds and types asked for (%j)', async (from, to, args) => {
      const scope = { labels: args.via?.map((k) => k[0] + k.slice(1).toLowerCase()), types: args.over };
      const res = await api.run(PathDocument, { from, to, maxHops: 6, ...args } as never);
      expect(res.errors).toBeUndefined();
      const path = res.data!.connectionPath!;
      const expected = net.distance(from, to, 6, scope);
      expect(expected).not.toBeNull();
      // Kept in, the path is as short as the walk allows, and often longer than the free one.
      expect(path.length).toBe(expected);
      expect(path.nodes).toEqual([from, ...path.steps.map((s) => s.to.id)].map(drawnNode));
      for (const n of path.nodes.slice(1, -1)) if (args.via) expect(args.via).toContain(n.kind);
      path.steps.forEach((step) => {
        expect(net.hasEdge(step.from.id, step.relationship, step.to.id)).toBe(true);
        if (args.over) expect(args.over).toContain(step.relationship);
      });
    });

    it('is null when the kinds asked for hold no path', async () => {
      // Cities touch only through practitioners, institutions, events or outcomes.
      expect(net.distance('City:lagos', 'City:amman', 6, { labels: ['Country', 'Topic'] })).toBeNull();
      const res = await api.run(PathDocument, { from: 'City:lagos', to: 'City:amman', maxHops: 6, via: ['COUNTRY', 'TOPIC'] });
      expect(res.errors).toBeUndefined();
      expect(res.data!.connectionPath).toBeNull();
    });

    it('is null beyond maxHops, empty from a node to itself, and refuses bad ids and hop counts', async () => {
      const far = pairs.find(([a, b]) => net.distance(a, b, 6)! >= 3)!;
      expect((await api.run(PathDocument, { from: far[0], to: far[1], maxHops: net.distance(far[0], far[1], 6)! - 1 })).data!.connectionPath).toBeNull();
      expect((await api.run(PathDocument, { from: 'City:lagos', to: 'City:lagos' })).data!.connectionPath).toEqual({ length: 0, nodes: [drawnNode('City:lagos', 0)], steps: [] });
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ from: 'City:lagos', to: 'City:bonn', maxHops: 7 }, 'BAD_USER_INPUT', /maxHops must be between 1 and 6/],
        [{ from: 'City:lagos', to: 'City:bonn', maxHops: 0 }, 'BAD_USER_INPUT', /maxHops must be between 1 and 6/],
        [{ from: 'City:atlantis', to: 'City:bonn' }, 'NOT_FOUND', /^from: no city has the id or name "City:atlantis"\.$/],
        [{ from: 'City:Bon', to: 'City:lagos' }, 'NOT_FOUND', /^from: no city has the id or name "City:Bon"\. Did you mean Bonn \("bonn"\)/],
        [{ from: 'City:lagos', to: 'lagos' }, 'BAD_USER_INPUT', /to: "lagos" is not a node id/],
      ];
      for (const [variables, code, message] of cases) {
        const res = await api.run(PathDocument, variables as never);
        expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
      }
    });
  });

  describe('neighbourhood', () => {
    it('holds exactly the nodes within the depth, each at its distance, with real relationships', async () => {
      const res = await api.run(NeighbourhoodDocument, { id: 'City:lagos', depth: 2, limit: 1000 });
      const sub = res.data!.neighbourhood;
      const ball = net.ball('City:lagos', 2);
      expect(sub.truncated).toBe(false);
      expect(new Map(sub.nodes.map((n) => [n.id, n.depth]))).toEqual(ball);
      expect(sub.nodes[0]).toEqual({ id: 'City:lagos', kind: 'CITY', label: 'Lagos', depth: 0 });
      for (const n of sub.nodes) expect(n.kind).toBe(n.id.split(':')[0].toUpperCase());
      for (const e of sub.edges) {
        expect(ball.has(e.source) && ball.has(e.target)).toBe(true);
        expect(net.hasEdge(e.source, e.type, e.target)).toBe(true);
      }
      // Every node but the centre is joined to a node one step nearer.
      const nearer = new Set(sub.edges.flatMap((e) => [`${e.source}>${e.target}`, `${e.target}>${e.source}`]));
      for (const n of sub.nodes.filter((x) => x.depth > 0)) {
        expect(sub.nodes.some((m) => m.depth === n.depth - 1 && nearer.has(`${m.id}>${n.id}`))).toBe(true);
      }
    });

    it('stops at the limit and says so, and keeps to the kinds asked for', async () => {
      const capped = (await api.run(NeighbourhoodDocument, { id: 'City:lagos', depth: 2, limit: 10 })).data!.neighbourhood;
      expect(capped.truncated).toBe(true);
      expect(capped.nodes).toHaveLength(10);
      for (const n of capped.nodes) expect(net.ball('City:lagos', 2).get(n.id)).toBe(n.depth);
      const people = (await api.run(NeighbourhoodDocument, { id: 'City:lagos', kinds: ['PRACTITIONER'] })).data!.neighbourhood;
      expect(people.nodes.slice(1).map((n) => n.id).sort()).toEqual([...net.ball('City:lagos', 1).keys()].filter((id) => id.startsWith('Practitioner:')).sort());
      for (const [variables, message] of [
        [{ id: 'City:lagos', depth: 4 }, /depth must be between 1 and 3/],
        [{ id: 'City:lagos', limit: 0 }, /limit must be between 1 and 1000/],
      ] as const) {
        expect((await api.run(NeighbourhoodDocument, variables)).errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
      }
      expect((await api.run(NeighbourhoodDocument, { id: 'Topic:nothing' })).errors![0].extensions).toEqual({ argument: 'id', code: 'NOT_FOUND', suggestions: expect.arrayContaining([]) });
    });
  });

  describe('recommendPeers', () => {
    /** The peer ranking's score, recomputed from the CSV rows. */
    function expectedPeers(me: string, first: number, topic?: string) {
      const topicsOf = (p: string) => seed.out('EXPERT_IN', p);
      const clusterOf = (t: string) => seed.out('PART_OF', t)[0];
      const clustersOf = (p: string) =>
        new Set([
          ...topicsOf(p).map(clusterOf),
          ...seed.out('PARTICIPATED_IN', p).flatMap((e) => seed.out('ADDRESSES', e, 'Topic').map(clusterOf)),
          ...seed.out('CONTRIBUTED_TO', p).flatMap((o) => seed.out('ADDRESSES', o, 'Topic').map(clusterOf)),
        ]);
      const countryOf = (city: string) => seed.out('IN_COUNTRY', city)[0];
      const regionOf = (city: string) => seed.nodes.get('Country')!.get(countryOf(city))!.region;
      const myCity = seed.out('BASED_IN', me)[0];
      const myEvents = new Set(seed.out('PARTICIPATED_IN', me));
      const myTopics = new Set(topicsOf(me));
      const candidates = seed.ids('Practitioner').filter((p) => p !== me && topicsOf(p).some((t) => (topic ? t === topic : myTopics.has(t))));
      return candidates
        .filter((p) => !seed.out('PARTICIPATED_IN', p).some((e) => myEvents.has(e)))
        .map((p) => {
          const shared = topicsOf(p).filter((t) => myTopics.has(t)).length;
          const focus = topic && !myTopics.has(topic) ? 1 : 0;
          const places = seed.out('CONTRIBUTED_TO', p).flatMap((o) => seed.out('IMPLEMENTED_IN', o));
          const place = places.some((c) => countryOf(c) === countryOf(myCity)) ? 0.5 : places.some((c) => regionOf(c) === regionOf(myCity)) ? 0.25 : 0;
          const mine = clustersOf(me);
          const clusters = [...clustersOf(p)].filter((c) => mine.has(c)).length * 0.25;
          return { key: p, score: shared + focus + place + clusters };
        })
        .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
        .slice(0, first);
    }

    it('ranks people not yet met by shared topics, similar places and clusters, with reasons', async () => {
      for (const me of ['lagos-01', 'lagos-05', seed.ids('Practitioner')[0]]) {
        const res = await api.run(PeersDocument, { practitioner: me, first: 10 });
        expect(res.errors).toBeUndefined();
        const got = res.data!.recommendPeers;
        expect(got.map((r) => ({ key: r.practitioner.key, score: r.score }))).toEqual(expectedPeers(me, 10));
        for (const r of got) {
          expect(r.reasons.at(-1)).toBe('You have not met at any event yet.');
          expect(r.reasons.length).toBeGreaterThan(1);
        }
      }
      const topic = seed.ids('Topic').find((t) => !seed.out('EXPERT_IN', 'lagos-01').includes(t) && seed.in('EXPERT_IN', t).length > 2)!;
      const onTopic = await api.run(PeersDocument, { practitioner: 'Practitioner:lagos-01', topic, first: 5 });
      expect(onTopic.data!.recommendPeers.map((r) => ({ key: r.practitioner.key, score: r.score }))).toEqual(expectedPeers('lagos-01', 5, topic));
      for (const r of onTopic.data!.recommendPeers) expect(r.reasons).toContainEqual(expect.stringContaining('the topic you asked about'));
    });

    it('refuses unknown people and topics', async () => {
      expect((await api.run(PeersDocument, { practitioner: 'nobody' })).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await api.run(PeersDocument, { practitioner: 'lagos-01', topic: 'nothing' })).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await api.run(PeersDocument, { practitioner: 'lagos-01', first: 51 })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('knowledgeTransfers', () => {
    const transfers = seed.relationships.filter((r) => r.type === 'ADAPTED_FROM');
    const regionOfOutcome = (o: string) => seed.nodes.get('Country')!.get(seed.out('IN_COUNTRY', seed.out('IMPLEMENTED_IN', o)[0])[0])!.region;

    it('lists one transfer per adaptation, with both cities and the events it came through', async () => {
      const res = await api.run(TransfersDocument, {});
      expect(res.data!.knowledgeTransfers).toEqual(
        transfers.map((t) => ({
          source: { key: t.to },
          target: { key: t.from },
          fromCity: { key: seed.out('IMPLEMENTED_IN', t.to)[0] },
          toCity: { key: seed.out('IMPLEMENTED_IN', t.from)[0] },
          via: seed.out('EMERGED_FROM', t.from).map((key) => ({ key })),
        })),
      );
    });

    it('filters by region and cluster', async () => {
      const [t] = transfers;
      for (const region of REGIONS) {
        const from = await api.run(TransfersDocument, { fromRegion: region });
        expect(from.data!.knowledgeTransfers).toHaveLength(regionOfOutcome(t.to) === region ? 1 : 0);
        const to = await api.run(TransfersDocument, { toRegion: region });
        expect(to.data!.knowledgeTransfers).toHaveLength(regionOfOutcome(t.from) === region ? 1 : 0);
      }
      const clusters = new Set([t.from, t.to].flatMap((o) => seed.out('ADDRESSES', o, 'Topic').flatMap((topic) => seed.out('PART_OF', topic))));
      for (const cluster of CLUSTER_CODES) {
        expect((await api.run(TransfersDocument, { cluster })).data!.knowledgeTransfers).toHaveLength(clusters.has(cluster) ? 1 : 0);
      }
    });
  });

  describe('networkStats, City.stats and Cluster.stats', () => {
    const region = (country: string) => seed.nodes.get('Country')!.get(country)!.region;
    const cityRegion = (city: string) => region(seed.out('IN_COUNTRY', city)[0]);
    const clusterOfTopic = (t: string) => seed.out('PART_OF', t)[0];
    const eventsOfPhase = (phase?: number) => seed.ids('Event').filter((e) => phase === undefined || seed.nodes.get('Event')!.get(e)!.phase === String(phase));

    /** Figures of a scope given by its sets, computed from the CSV rows. */
    function figures(practitioners: string[], events: string[], outcomes: string[]) {
      const clustersOf = (id: string) => new Set(seed.out('ADDRESSES', id, 'Topic').map(clusterOfTopic));
      const workedOn = (p: string) => new Set(net.evidence(p, seed.ids('Topic')).map((e) => clusterOfTopic(e.split(' ')[2])));
      const years = new Map<number, { events: number; people: Set<string> }>();
      for (const e of events) {
        const start = seed.nodes.get('Event')!.get(e)!.startDate;
        const year = Number(start.slice(0, 4));
        const entry = years.get(year) ?? { events: 0, people: new Set<string>() };
        entry.events += 1;
        for (const p of seed.in('PARTICIPATED_IN', e)) entry.people.add(p);
        years.set(year, entry);
      }
      const inRegion = (r: string, ids: string[], type: string) => ids.filter((id) => seed.out(type, id).some((c) => cityRegion(c) === r)).length;
      return {
        practitioners: practitioners.length,
        events: events.length,
        outcomes: outcomes.length,
        byCluster: CLUSTER_CODES.map((cluster) => ({
          cluster,
          practitioners: practitioners.filter((p) => workedOn(p).has(cluster)).length,
          events: events.filter((e) => clustersOf(e).has(cluster)).length,
          outcomes: outcomes.filter((o) => clustersOf(o).has(cluster)).length,
        })),
        byRegion: REGIONS.map((r) => ({
          region: r,
          practitioners: inRegion(r, practitioners, 'BASED_IN'),
          events: inRegion(r, events, 'HELD_IN'),
          outcomes: inRegion(r, outcomes, 'IMPLEMENTED_IN'),
        })),
        byYear: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, y]) => ({ year, events: y.events, participants: y.people.size })),
      };
    }

    it('counts the whole network, a phase, a region and both, as the seed files do', async () => {
      const everyone = seed.ids('Practitioner');
      const scopes: [number | undefined, string | undefined][] = [[undefined, undefined], [2, undefined], [undefined, 'AFRICA'], [3, 'EUROPE']];
      for (const [phase, r] of scopes) {
        const events = eventsOfPhase(phase).filter((e) => !r || seed.out('HELD_IN', e).some((c) => cityRegion(c) === r));
        const phaseEvents = new Set(eventsOfPhase(phase));
        const practitioners = everyone
          .filter((p) => phase === undefined || seed.out('PARTICIPATED_IN', p).some((e) => phaseEvents.has(e)))
          .filter((p) => !r || seed.out('BASED_IN', p).some((c) => cityRegion(c) === r));
        const outcomes = seed
          .ids('Outcome')
          .filter((o) => phase === undefined || seed.out('EMERGED_FROM', o).some((e) => phaseEvents.has(e)))
          .filter((o) => !r || seed.out('IMPLEMENTED_IN', o).some((c) => cityRegion(c) === r));
        const res = await api.run(NetworkFiguresDocument, { phase: phase ?? null, region: (r ?? null) as never });
        expect(res.errors).toBeUndefined();
        expect(res.data!.networkStats).toEqual(figures(practitioners, events, outcomes));
      }
      expect((await api.run(NetworkFiguresDocument, { phase: 5 })).errors![0]).toMatchObject({ message: 'Invalid phase: phase must be 1 to 4 (got 5).', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('counts a city and a cluster the same way', async () => {
      const city = await api.run(CityFiguresDocument, { id: 'lagos' });
      const byCity = (type: string, label: string) => seed.ids(label).filter((id) => seed.out(type, id).includes('lagos'));
      expect(city.data!.city!.stats).toEqual(figures([...net.inCity('lagos')], byCity('HELD_IN', 'Event'), byCity('IMPLEMENTED_IN', 'Outcome')));
      const topics = new Set(net.topicsOf('MUNICIPAL_SERVICES'));
      const addressing = (label: string) => seed.ids(label).filter((id) => seed.out('ADDRESSES', id, 'Topic').some((t) => topics.has(t)));
      const workers = seed.ids('Practitioner').filter((p) => net.evidence(p, [...topics]).length > 0);
      const cluster = await api.run(ClusterFiguresDocument, { id: 'MUNICIPAL_SERVICES' });
      expect(cluster.data!.cluster!.stats).toEqual(figures(workers, addressing('Event'), addressing('Outcome')));
    });
  });
});

describe('a city name that several cities share', () => {
  let api: SeededApi;
  beforeAll(async () => {
    const dir = writeFiles(tmpDir(), {
      'nodes/Country.csv': 'id:ID(Country),code,name,region\nus,US,United States,LATIN_AMERICA\nca,CA,Canada,LATIN_AMERICA\n',
      'nodes/City.csv': 'id:ID(City),name,countryCode,lat:float,lon:float\nspringfield-us,Springfield,US,39.8,-89.6\nspringfield-ca,Springfield,CA,46.2,-63.1\n',
      'relationships/IN_COUNTRY.csv': ':START_ID(City),:END_ID(Country)\nspringfield-us,us\nspringfield-ca,ca\n',
    });
    const store = await memoryStore();
    await loadDir(store, dir);
    api = await startSeededApi({}, store);
  });
  afterAll(async () => {
    await api?.close();
    await api?.store.close();
  });

  it('is BAD_USER_INPUT listing each with its country and id; the id then answers', async () => {
    const res = await api.run(WorkingOnDocument, { city: 'springfield', cluster: 'MUNICIPAL_SERVICES' });
    expect(res.errors![0]).toMatchObject({
      message: 'city: 2 cities are called "springfield": Springfield in Canada (id "springfield-ca"); Springfield in United States (id "springfield-us"). Give the id.',
      extensions: { code: 'BAD_USER_INPUT', candidates: ['springfield-ca', 'springfield-us'] },
    });
    const byId = await api.run(WorkingOnDocument, { city: 'springfield-us', cluster: 'MUNICIPAL_SERVICES' });
    expect(byId.data!.practitionersWorkingOn).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });
});
