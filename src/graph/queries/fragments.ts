import { findRelationshipSpec, type EvidenceKind, type Label, type RelationshipType } from '../../domain';

/**
 * The meanings the questions share, each defined once as a path of the model and rendered into
 * every statement that uses it, in whichever direction that statement walks:
 *   worked on         a practitioner is expert in a topic, took part in an event addressing it,
 *                     or contributed to an outcome addressing it (one path per kind of evidence)
 *   in a city         a practitioner based in the city, or working at an institution located there
 *   topic of a cluster
 *   addresses a topic an event's or outcome's topics
 * A path names only labels and relationship types, checked against the model when it is built.
 */

export interface Path {
  readonly from: Label;
  readonly hops: readonly { readonly type: RelationshipType; readonly to: Label }[];
}

function path(from: Label, ...hops: [RelationshipType, Label][]): Path {
  let at = from;
  for (const [type, to] of hops) {
    if (!findRelationshipSpec(type, at, to)) throw new Error(`fragments: the model has no ${type} from ${at} to ${to}`);
    at = to;
  }
  return { from, hops: hops.map(([type, to]) => ({ type, to })) };
}

/** One path after another: the first ends where the second starts. */
export function then(first: Path, second: Path): Path {
  const end = first.hops.at(-1)?.to ?? first.from;
  if (end !== second.from) throw new Error(`fragments: a path ending at ${end} cannot go on from ${second.from}`);
  return { from: first.from, hops: [...first.hops, ...second.hops] };
}

export const TOPIC_OF_CLUSTER = path('Topic', ['PART_OF', 'Cluster']);

export const ADDRESSES_TOPIC = {
  Event: path('Event', ['ADDRESSES', 'Topic']),
  Outcome: path('Outcome', ['ADDRESSES', 'Topic']),
} as const;

export const WORKED_ON: Readonly<Record<EvidenceKind, Path>> = {
  EXPERTISE: path('Practitioner', ['EXPERT_IN', 'Topic']),
  EVENT: then(path('Practitioner', ['PARTICIPATED_IN', 'Event']), ADDRESSES_TOPIC.Event),
  OUTCOME: then(path('Practitioner', ['CONTRIBUTED_TO', 'Outcome']), ADDRESSES_TOPIC.Outcome),
};

/** Practitioner to city, each way of being in it. */
export const IN_CITY: readonly Path[] = [path('Practitioner', ['BASED_IN', 'City']), path('Practitioner', ['WORKS_AT', 'Institution'], ['LOCATED_IN', 'City'])];

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
