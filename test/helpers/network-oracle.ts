import type { SeedOracle } from './seed-oracle';

/**
 * The traversal questions answered the plain way, from the CSV rows (seed-oracle) with sets and a
 * breadth-first search, independent of the catalogue, the engine and the API.
 */
export interface NetworkOracle {
  /** Practitioners based in the city or working at an institution located in it. */
  inCity(city: string): Set<string>;
  topicsOf(cluster: string): string[];
  /** Evidence "kind subject topic" strings of a practitioner for the topics, sorted. */
  evidence(practitioner: string, topics: readonly string[], kinds?: readonly string[]): string[];
  /**
   * Shortest undirected distance between two global ids, or null when more than maxHops apart;
   * within a scope, only through nodes of its labels (the ends excepted) over its types.
   */
  distance(from: string, to: string, maxHops: number, scope?: WalkScope): number | null;
  /** Global ids within `depth` steps, with their distance. */
  ball(centre: string, depth: number, scope?: WalkScope): Map<string, number>;
  /** Whether a relationship of `type` joins the two global ids (either direction). */
  hasEdge(a: string, type: string, b: string): boolean;
}

/** Labels a walk may pass through and relationship types it may follow (all when absent). */
export interface WalkScope {
  labels?: string[];
  types?: string[];
}

export function networkOracle(seed: SeedOracle): NetworkOracle {
  const adjacency = new Map<string, [string, string][]>();
  const typed = new Set<string>();
  const link = (a: string, type: string, b: string) => {
    if (!adjacency.has(a)) adjacency.set(a, []);
    adjacency.get(a)!.push([b, type]);
  };
  for (const r of seed.relationships) {
    const [a, b] = [`${r.fromLabel}:${r.from}`, `${r.toLabel}:${r.to}`];
    link(a, r.type, b);
    link(b, r.type, a);
    typed.add(`${a}|${r.type}|${b}`);
  }
  const outOf = (type: string, fromLabel: string, toLabel: string) => {
    const map = new Map<string, string[]>();
    for (const r of seed.relationships) {
      if (r.type !== type || r.fromLabel !== fromLabel || r.toLabel !== toLabel) continue;
      map.set(r.from, [...(map.get(r.from) ?? []), r.to]);
    }
    return (id: string) => map.get(id) ?? [];
  };
  const expertIn = outOf('EXPERT_IN', 'Practitioner', 'Topic');
  const participated = outOf('PARTICIPATED_IN', 'Practitioner', 'Event');
  const contributed = outOf('CONTRIBUTED_TO', 'Practitioner', 'Outcome');
  const eventTopics = outOf('ADDRESSES', 'Event', 'Topic');
  const outcomeTopics = outOf('ADDRESSES', 'Outcome', 'Topic');

  function ball(centre: string, depth: number, scope: WalkScope = {}): Map<string, number> {
    const passable = (id: string) => !scope.labels || scope.labels.includes(id.split(':')[0]);
    const seen = new Map([[centre, 0]]);
    let frontier = [centre];
    for (let d = 1; d <= depth && frontier.length; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const [m, type] of adjacency.get(n) ?? []) {
          if (seen.has(m) || (scope.types && !scope.types.includes(type))) continue;
          seen.set(m, d);
          // Reached, but a walk goes on only through nodes of the scope's labels.
          if (passable(m)) next.push(m);
        }
      }
      frontier = next;
    }
    return seen;
  }

  return {
    inCity(city) {
      const based = seed.relationships.filter((r) => r.type === 'BASED_IN' && r.to === city).map((r) => r.from);
      const institutions = new Set(seed.relationships.filter((r) => r.type === 'LOCATED_IN' && r.to === city).map((r) => r.from));
      const working = seed.relationships.filter((r) => r.type === 'WORKS_AT' && institutions.has(r.to)).map((r) => r.from);
      return new Set([...based, ...working]);
    },
    topicsOf: (cluster) => seed.in('PART_OF', cluster, 'Topic'),
    evidence(p, topics, kinds = ['EXPERTISE', 'EVENT', 'OUTCOME']) {
      const wanted = new Set(topics);
      const out: string[] = [];
      if (kinds.includes('EXPERTISE')) for (const t of expertIn(p)) if (wanted.has(t)) out.push(`EXPERTISE ${t} ${t}`);
      if (kinds.includes('EVENT')) for (const e of participated(p)) for (const t of eventTopics(e)) if (wanted.has(t)) out.push(`EVENT ${e} ${t}`);
      if (kinds.includes('OUTCOME')) for (const o of contributed(p)) for (const t of outcomeTopics(o)) if (wanted.has(t)) out.push(`OUTCOME ${o} ${t}`);
      return [...new Set(out)].sort();
    },
    distance(from, to, maxHops, scope) {
      const d = ball(from, maxHops, scope).get(to);
      return d === undefined ? null : d;
    },
    ball,
    hasEdge: (a, type, b) => typed.has(`${a}|${type}|${b}`) || typed.has(`${b}|${type}|${a}`),
  };
}
