import { Kept } from '../../src/graph/kept';

describe('Kept: what the service keeps in memory beside the store', () => {
  it('reads once for all asks, forgets a failed reading, and rebuilds and updates in the order called', async () => {
    const log: string[] = [];
    let reads = 0;
    let failNext = true;
    const kept = new Kept(async () => {
      reads++;
      if (failNext) {
        failNext = false;
        throw new Error('store gone');
      }
      return [`read ${reads}`];
    });
    await expect(kept.current()).rejects.toThrow('store gone');
    const [a, b] = await Promise.all([kept.current(), kept.current()]);
    expect(a).toBe(b);
    expect(reads).toBe(2);
    const steps = [kept.update(async (v) => void log.push(`update of ${v[0]}`)), kept.rebuild(), kept.update(async (v) => void log.push(`update of ${v[0]}`))];
    await Promise.all(steps);
    expect(log).toEqual(['update of read 2', 'update of read 3']);
    // An update that fails forgets what is kept: the next ask reads again.
    await kept.update(async () => {
      throw new Error('half applied');
    });
    expect(await kept.current()).toEqual(['read 4']);
  });
});
