import { EvolutionDocument } from '../generated/graphql';
import { startGeneratedApi, startSeededApi } from '../helpers/api';
import { expectedEvolution } from '../helpers/evolution-oracle';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

describe('networkEvolution over HTTP, against every pair of participants in the CSV rows', () => {
  it('tells the seed network year by year, whole and in a window', async () => {
    const seed = seedOracle(SEED_DIR);
    const api = await startSeededApi();
    try {
      const expected = expectedEvolution(seed);
      const participants = new Set(seed.relationships.filter((r) => r.type === 'PARTICIPATED_IN').map((r) => r.from)).size;
      const whole = await api.run(EvolutionDocument, {});
      expect(whole.errors).toBeUndefined();
      expect(whole.data!.networkEvolution).toEqual({ tiesEstimated: false, tiesCountedFrom: participants, years: expected });
      expect(expected.length).toBeGreaterThan(8);
      const window = await api.run(EvolutionDocument, { from: 2016, to: 2018 });
      expect(window.data!.networkEvolution.years).toEqual(expected.filter((y) => y.year >= 2016 && y.year <= 2018));
      const bad = await api.run(EvolutionDocument, { from: 2020, to: 2019 });
      expect(bad.errors?.[0]).toMatchObject({ message: 'from (2020) must not be after to (2019).', extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await api.close();
    }
  });

  it('tells a generated network the same way', async () => {
    const api = await startGeneratedApi({ practitioners: 800, seed: 8 });
    try {
      const res = await api.run(EvolutionDocument, {});
      expect(res.errors).toBeUndefined();
      expect(res.data!.networkEvolution.years).toEqual(expectedEvolution(seedOracle(api.dir)));
    } finally {
      await api.close();
    }
  }, 120_000);
});
