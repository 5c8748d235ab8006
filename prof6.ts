import { postGraphQL } from './bench/lib/client';
import { startServerProcess } from './bench/lib/server-process';
import { Random } from './src/seed/random';
(async () => {
  const server = await startServerProcess({ DATA_DIR: '/tmp/big/graph' });
  const r = new Random(42);
  const id = () => 'Practitioner:p' + String(1 + Math.floor(r.next() * 100000)).padStart(5, '0');
  const rows: any[] = [];
  for (let i = 0; i < 100; i++) {
    const [a, b] = [id(), id()];
    const s = performance.now();
    const body: any = await postGraphQL(server.url, `query($a: ID!, $b: ID!) { connectionPath(from: $a, to: $b, maxHops: 4) { length nodes { id } } }`, { a, b });
    rows.push({ ms: +(performance.now() - s).toFixed(1), len: body.data?.connectionPath?.length, rt: body.extensions.graph.roundTrips, path: body.data?.connectionPath?.nodes.map((n: any) => n.id).join(' ') ?? JSON.stringify(body.errors) });
  }
  rows.sort((x, y) => x.ms - y.ms);
  const byLen = new Map<number, number>(); for (const r of rows) byLen.set(r.len, (byLen.get(r.len) ?? 0) + 1);
  console.log('lengths', [...byLen]);
  for (const row of rows.slice(-12)) console.log(row.ms, row.len, row.rt, row.path.slice(0, 140));
  await server.stop();
})();
