import type { Path } from '../../domain';

/**
 * Paths of the model (domain/paths.ts: "worked on", "in a city", "topic of a cluster", the
 * listing filters) rendered as Cypher patterns, in whichever direction a statement walks them.
 */

/** What the rendering calls the nodes and relationships of a path; all optional. */
export interface PathNames {
  /** Variable of the path's start and end node. */
  readonly start?: string;
  readonly end?: string;
  /** Variables of the nodes between, in path order. */
  readonly inner?: readonly string[];
  /** Variables of the relationships, in path order. */
  readonly rels?: readonly string[];
  /** Property maps of the start and end node, e.g. '{id: $city}'. */
  readonly startProps?: string;
  readonly endProps?: string;
  /** Variables bound before: written without their label. */
  readonly bound?: readonly string[];
}

function nodes(p: Path, n: PathNames): string[] {
  const labels = [p.from, ...p.hops.map((h) => h.to)];
  return labels.map((label, i) => {
    const last = i === labels.length - 1;
    const name = (i === 0 ? n.start : last ? n.end : n.inner?.[i - 1]) ?? '';
    const props = i === 0 ? n.startProps : last ? n.endProps : undefined;
    const typed = name !== '' && n.bound?.includes(name) ? name : `${name}:${label}`;
    return `(${typed}${props ? ` ${props}` : ''})`;
  });
}

const rel = (p: Path, n: PathNames, i: number) => `[${n.rels?.[i] ?? ''}:${p.hops[i].type}]`;

/** The path as a pattern from its start to its end: (p)-[:EXPERT_IN]->(t:Topic). */
export function forward(p: Path, n: PathNames = {}): string {
  const drawn = nodes(p, n);
  return drawn.reduce((text, node, i) => (i === 0 ? node : `${text}-${rel(p, n, i - 1)}->${node}`), '');
}

/** The path as a pattern from its end back to its start: (c)<-[:BASED_IN]-(p:Practitioner). */
export function backward(p: Path, n: PathNames = {}): string {
  const drawn = nodes(p, n);
  let text = drawn[drawn.length - 1];
  for (let i = drawn.length - 2; i >= 0; i--) text += `<-${rel(p, n, i)}-${drawn[i]}`;
  return text;
}
