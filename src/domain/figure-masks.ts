import type { Label } from './model';
import type { Path } from './paths';
import { hopsOf, type Hop } from './figure-hops';
import { SCOPE_PATHS, type Counted } from './scopes';

/** What a mask says of a counted node: the clusters, regions or phases its paths reach. */
export type MaskAspect = 'cluster' | 'region' | 'phase';

/** The parts of the figures' graph a mask is computed from. */
export interface MaskSource {
  size(label: Label): number;
  alive(label: Label): readonly boolean[];
  /** A hop's relationships by their start (`out`), or by their end (`into`). */
  lists(direction: 'out' | 'into', hop: Hop): readonly (readonly number[] | undefined)[];
  /** The bits a node at a path's end gives (its cluster, its country's region, its phase). */
  end(label: Label, aspect: MaskAspect): (i: number) => number;
}

/** For every node of the path's first label: the OR of `end` over the live nodes the path reaches through live nodes. */
export function along(source: MaskSource, p: Path, end: (i: number) => number): Int32Array {
  const hops = hopsOf(p);
  const lastAlive = source.alive(hops.at(-1)!.to);
  let values = Int32Array.from({ length: source.size(hops.at(-1)!.to) }, (_, i) => (lastAlive[i] ? end(i) : 0));
  for (const hop of [...hops].reverse()) {
    const alive = source.alive(hop.from);
    const out = source.lists('out', hop);
    const next = new Int32Array(source.size(hop.from));
    for (let i = 0; i < next.length; i++) {
      if (!alive[i]) continue;
      let m = 0;
      for (const j of out[i] ?? []) m |= values[j] ?? 0;
      next[i] = m;
    }
    values = next;
  }
  return values;
}

/** The same OR as `along`, for one node: a walk forward from it. */
function alongFrom(source: MaskSource, p: Path, end: (i: number) => number, start: number): number {
  if (!source.alive(p.from)[start]) return 0;
  let at = [start];
  for (const hop of hopsOf(p)) {
    const [out, alive] = [source.lists('out', hop), source.alive(hop.to)];
    const next = new Set<number>();
    for (const i of at) for (const j of out[i] ?? []) if (alive[j]) next.add(j);
    at = [...next];
  }
  let m = 0;
  for (const i of at) m |= end(i);
  return m;
}

/** The nodes of the path's first label from which it reaches `node` at step `step` (0: the node itself), whether alive or not. */
function reaching(source: MaskSource, hops: readonly Hop[], step: number, node: number): Iterable<number> {
  let at = new Set([node]);
  for (let k = step - 1; k >= 0; k--) {
    const into = source.lists('into', hops[k]!);
    const next = new Set<number>();
    for (const j of at) for (const i of into[j] ?? []) next.add(i);
    at = next;
  }
  return at;
}

interface KeptMask {
  mask: Int32Array;
  /** Nodes changed since the mask was last brought up to date, by label. */
  changed: Map<Label, Set<number>>;
  pending: number;
}

/**
 * The per-node masks of the counted labels, kept through writes: a write marks the nodes it
 * changed (a node alive or gone, a property the figures read, a start of a relationship added or
 * removed), and the next ask recomputes only the counted nodes whose paths pass through them. At
 * a million practitioners a whole mask takes hundreds of milliseconds; a written node's share, a
 * few. Too many changes (a hub written) and the mask is computed whole again.
 */
export class FigureMasks {
  private readonly kept = new Map<string, KeptMask>();

  constructor(private readonly source: MaskSource) {}

  mask(c: Counted, aspect: MaskAspect): Int32Array {
    const key = `${c}:${aspect}`;
    const kept = this.kept.get(key);
    if (kept && kept.pending === 0) return kept.mask;
    const mask = (kept && this.update(c, aspect, kept)) ?? this.whole(c, aspect);
    this.kept.set(key, { mask, changed: new Map(), pending: 0 });
    return mask;
  }

  /** These nodes changed: every kept mask brings them up to date when next asked. */
  touched(label: Label, nodes: Iterable<number>): void {
    for (const [key, kept] of this.kept) {
      const set = kept.changed.get(label) ?? kept.changed.set(label, new Set()).get(label)!;
      for (const i of nodes) set.add(i);
      kept.pending = [...kept.changed.values()].reduce((n, s) => n + s.size, 0);
      if (kept.pending > MAX_PENDING) this.kept.delete(key);
    }
  }

  /** Forgets every mask (the graph was read anew). */
  clear(): void {
    this.kept.clear();
  }

  private whole(c: Counted, aspect: MaskAspect): Int32Array {
    const out = new Int32Array(this.source.size(c));
    for (const p of SCOPE_PATHS[c][aspect]) {
      const reached = along(this.source, p, this.source.end(p.hops.at(-1)!.to, aspect));
      for (let i = 0; i < out.length; i++) out[i] |= reached[i] ?? 0;
    }
    return out;
  }

  /** The kept mask with the counted nodes the changes reach recomputed; null when they are too many. */
  private update(c: Counted, aspect: MaskAspect, kept: KeptMask): Int32Array | null {
    const size = this.source.size(c);
    const limit = Math.max(MAX_PENDING, size / 16);
    const paths = SCOPE_PATHS[c][aspect];
    const affected = new Set<number>();
    for (const p of paths) {
      const hops = hopsOf(p);
      const labels = [p.from, ...hops.map((h) => h.to)];
      labels.forEach((label, step) => {
        for (const node of kept.changed.get(label) ?? []) for (const i of reaching(this.source, hops, step, node)) affected.add(i);
      });
      if (affected.size > limit) return null;
    }
    let mask = kept.mask;
    if (mask.length < size) {
      mask = new Int32Array(size);
      mask.set(kept.mask);
    }
    for (const i of affected) {
      let m = 0;
      for (const p of paths) m |= alongFrom(this.source, p, this.source.end(p.hops.at(-1)!.to, aspect), i);
      mask[i] = m;
    }
    return mask;
  }
}

/** Changes kept per mask before it is simply computed again. */
const MAX_PENDING = 10_000;
