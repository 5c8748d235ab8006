import { CLUSTER_CODES } from '../../src/domain';
import { mintToken } from '../../src/server/auth/mint-token';
import { ExchangeDocument } from '../generated/graphql';
import { graphqlOver, startGeneratedApi, startSeededApi, type SeededApi } from '../helpers/api';
import { expectedExchange, type ExchangeQuestion, type ExpectedLink } from '../helpers/exchange-oracle';
import { seedOracle, type SeedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/** The answer's links as the oracle states them: keys, counts, and the evidence's kind, year and subject. */
function plain(links: { cities: { key: string }[]; weight: number; partnerships: number; transfers: number; sharedEvents: number; evidence: { kind: string; year?: number | null; subject?: { id: string } | null }[] }[]): ExpectedLink[] {
  return links.map((l) => ({
    cities: l.cities.map((c) => c.key) as [string, string],
    weight: l.weight,
    partnerships: l.partnerships,
    transfers: l.transfers,
    sharedEvents: l.sharedEvents,
    evidence: l.evidence.map((e) => ({ kind: e.kind, year: e.year ?? null, subject: e.subject?.id ?? null })),
  }));
}

async function holdsAgainst(api: SeededApi, seed: SeedOracle, q: ExchangeQuestion, first = 500) {
  const res = await api.run(ExchangeDocument, { ...q, first } as never);
  expect(res.errors).toBeUndefined();
  const expected = expectedExchange(seed, q);
  expect(res.data!.cityExchange.totalCount).toBe(expected.length);
  expect(plain(res.data!.cityExchange.links)).toEqual(expected.slice(0, first));
  return res.data!.cityExchange;
}

describe('cityExchange on the seed dataset, against the CSV rows', () => {
  const seed = seedOracle(SEED_DIR);
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi();
  });
  afterAll(() => api.close());

  it('ranks every pair of cities by partnerships, transfers and shared events, each tie told', async () => {
    const all = await holdsAgainst(api, seed, {});
    expect(all.totalCount).toBeGreaterThan(all.links.length);
    const freiburg = await holdsAgainst(api, seed, { city: 'freiburg' });
    const partnership = freiburg.links.flatMap((l) => l.evidence).find((e) => e.kind === 'PARTNERSHIP')!;
    expect(partnership).toEqual({ kind: 'PARTNERSHIP', year: null, subject: null, description: 'Freiburg im Breisgau and Lviv are partner cities.' });
    const transfer = all.links.flatMap((l) => l.evidence).find((e) => e.kind === 'TRANSFER')!;
    expect(transfer.description).toMatch(/ in Lagos adapted .* from Nairobi/);
    const meeting = all.links.find((l) => l.cities.some((c) => c.key === 'lagos'))!.evidence.find((e) => e.kind === 'MEETING')!;
    expect(meeting.description).toMatch(/^\d+ practitioners? from .+ and \d+ from .+ took part in .+ \(\d{4}\)\.$/);
  });

  it('keeps to a city, a cluster and a window of years', async () => {
    await holdsAgainst(api, seed, { city: 'lagos' });
    for (const cluster of CLUSTER_CODES) await holdsAgainst(api, seed, { cluster });
    await holdsAgainst(api, seed, { from: 2016, to: 2018 });
    await holdsAgainst(api, seed, { to: 2015 });
    await holdsAgainst(api, seed, { city: 'nairobi', cluster: 'MUNICIPAL_SERVICES', from: 2019 });
    const top = await holdsAgainst(api, seed, {}, 5);
    expect(top.links).toHaveLength(5);
  });

  it('names a city by name, and refuses unknown cities and bad windows', async () => {
    const byName = await api.run(ExchangeDocument, { city: 'Lagos', first: 3 });
    expect(plain(byName.data!.cityExchange.links)).toEqual(expectedExchange(seed, { city: 'lagos' }).slice(0, 3));
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ city: 'Lagso' }, 'NOT_FOUND', /^city: no city has the id or name "Lagso"\. Did you mean Lagos/],
      [{ from: 2020, to: 2016 }, 'BAD_USER_INPUT', /from \(2020\) must not be after to \(2016\)/],
      [{ from: 1800 }, 'BAD_USER_INPUT', /from must be between 1900 and 2100/],
      [{ first: 501 }, 'BAD_USER_INPUT', /first must be between 0 and 500/],
    ];
    for (const [variables, code, message] of cases) {
      const res = await api.run(ExchangeDocument, variables as never);
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
    }
  });
});

describe('cityExchange after writes', () => {
  const SECRET = 'exchange-test-secret-of-at-least-32-chars!';
  const seed = seedOracle(SEED_DIR);
  let api: SeededApi;
  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
  });
  afterAll(() => api.close());

  it('answers as the graph now stands once a partnership and a participation are written', async () => {
    const editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'editor-ed', ttl: '10m' });
    const link = `mutation($input: LinkInput!) { link(input: $input) { created } }`;
    // Warm: the counts of the seed are kept, and must not outlive the writes.
    await holdsAgainst(api, seed, { city: 'amman' });
    const event = seed.ids('Event').find((e) => !seed.in('PARTICIPATED_IN', e, 'Practitioner').includes('lagos-01'))!;
    for (const input of [
      { type: 'PARTNER_OF', from: 'City:lagos', to: 'City:amman', since: 2021 },
      { type: 'PARTICIPATED_IN', from: 'Practitioner:lagos-01', to: `Event:${event}`, role: 'SPEAKER' },
    ]) {
      const res = await graphqlOver(api.server.url, link, { input }, editor);
      expect(res.errors).toBeUndefined();
    }
    seed.relationships.push(
      { type: 'PARTNER_OF', fromLabel: 'City', toLabel: 'City', from: 'lagos', to: 'amman', props: { since: '2021' } },
      { type: 'PARTICIPATED_IN', fromLabel: 'Practitioner', toLabel: 'Event', from: 'lagos-01', to: event, props: { role: 'SPEAKER' } },
    );
    const amman = await holdsAgainst(api, seed, { city: 'amman' });
    expect(amman.links.find((l) => l.cities.some((c) => c.key === 'lagos'))!.partnerships).toBe(1);
    await holdsAgainst(api, seed, { city: 'lagos' });
    await holdsAgainst(api, seed, { to: 2020, city: 'lagos' });
  });
});

describe('cityExchange on a generated network, against the CSV rows', () => {
  let api: SeededApi;
  let seed: SeedOracle;
  beforeAll(async () => {
    const generated = await startGeneratedApi({ practitioners: 1500, seed: 5 });
    api = generated;
    seed = seedOracle(generated.dir);
  }, 120_000);
  afterAll(() => api.close());

  it('agrees for the whole network, a hub city, a cluster and a window', async () => {
    const whole = await holdsAgainst(api, seed, {}, 200);
    expect(whole.totalCount).toBeGreaterThan(300);
    const hub = whole.links[0].cities[0].key;
    await holdsAgainst(api, seed, { city: hub });
    await holdsAgainst(api, seed, { cluster: 'LOCAL_ECONOMIC_DEVELOPMENT', from: 2019, to: 2022 }, 200);
  });
});
