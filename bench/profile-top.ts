/**
 * The functions a V8 CPU profile spent most time in, by self time and by total time, with the
 * package each belongs to: a text flame graph for a terminal.
 *
 *   npx tsx bench/profile-top.ts <file.cpuprofile> [--top 30]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes('/dist/')) return `ours:${url.slice(url.indexOf('/dist/') + 6)}`;
  return url.startsWith('node:') ? url : url ? url.split('/').slice(-2).join('/') : '(native)';
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map<string, number>();
const total = new Map<string, number>();
const byPackage = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const leaf = byId.get(id)!;
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt);
  byPackage.set(where(leaf.callFrame.url), (byPackage.get(where(leaf.callFrame.url)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
    const k = key(n);
    if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt);
    seen.add(k);
  }
});
const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
};
show('self time by package', byPackage);
show('self time by function', self);
show('total time by function', total);
