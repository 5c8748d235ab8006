import { request } from './graphql';

/**
 * What the explorer needs to colour, filter and describe a node: its name, clusters, regions and
 * phases, and a few details. One `NodeFacets` query (schema/operations/explorer.graphql) per 25 nodes.
 */

export interface NodeFacets {
  id: string;
  type: string;
  name: string;
  clusters: string[];
  regions: string[];
  phases: number[];
  details: [string, string][];
}

type Place = { name: string; country?: { region: string } | null } | null | undefined;
type Topics = { name: string; cluster?: { code: string } | null }[] | undefined;
/* The answer's union of fragments, loosely typed: each branch reads only its own fields. */
type Raw = Record<string, any>;

const unique = <T>(values: (T | null | undefined)[]) => [...new Set(values.filter((v): v is T => v != null))];
const regionOf = (place: Place) => place?.country?.region;
const clustersOf = (topics: Topics) => unique((topics ?? []).map((t) => t.cluster?.code));
const names = (topics: Topics) => (topics ?? []).map((t) => t.name).join(', ');

/** The facets of one node of the answer (pure: exported for tests of the page logic). */
export function facetsOf(node: Raw): NodeFacets {
  const type = String(node.__typename);
  const base = { id: String(node.id), type, name: String(node.name ?? node.title ?? node.id), clusters: [] as string[], regions: [] as string[], phases: [] as number[] };
  switch (type) {
    case 'Practitioner':
      return {
        ...base,
        // Worked on: expertise, events and outcomes on one of the cluster's topics.
        clusters: unique([
          ...clustersOf(node.expertise),
          ...(node.events?.nodes ?? []).flatMap((e: Raw) => clustersOf(e.topics)),
          ...(node.outcomes?.nodes ?? []).flatMap((o: Raw) => clustersOf(o.topics)),
        ]),
        regions: unique([regionOf(node.city)]),
        phases: unique<number>((node.events?.nodes ?? []).map((e: Raw) => e.phase)).sort(),
        details: [['Position', node.position ?? '—'], ['Based in', node.city?.name ?? '—'], ['Works at', node.institution?.name ?? '—'], ['Expert in', names(node.expertise) || '—']],
      };
    case 'City':
      return { ...base, regions: unique([node.country?.region]), details: [['Country', node.country?.name ?? node.countryCode], ['Population', node.population?.toLocaleString('en') ?? '—']] };
    case 'Country':
      return { ...base, regions: [node.region], details: [['Code', node.countryCode], ['Region', node.region]] };
    case 'Institution':
      return { ...base, regions: unique([regionOf(node.city)]), details: [['Kind', node.institutionKind], ['City', node.city?.name ?? '—']] };
    case 'Cluster':
      return { ...base, clusters: [node.clusterCode], details: [['German', node.nameDe]] };
    case 'Topic':
      return { ...base, clusters: unique([node.cluster?.code]), details: [['Cluster', node.cluster?.name ?? '—']] };
    case 'Event':
      return {
        ...base,
        clusters: clustersOf(node.topics),
        regions: unique([regionOf(node.city)]),
        phases: [node.phase],
        details: [['Kind', node.eventKind], ['Starts', node.startDate], ['Phase', String(node.phase)], ['Held in', node.virtual ? 'online' : node.city?.name ?? '—'], ['Topics', names(node.topics) || '—']],
      };
    case 'Outcome':
      return {
        ...base,
        clusters: clustersOf(node.topics),
        regions: unique((node.implementedIn ?? []).map((c: Place) => regionOf(c))),
        phases: unique<number>((node.emergedFrom ?? []).map((e: Raw) => e.phase)).sort(),
        details: [['Kind', node.outcomeKind], ['Status', node.status], ['Implemented in', (node.implementedIn ?? []).map((c: Raw) => c.name).join(', ') || '—'], ['Topics', names(node.topics) || '—']],
      };
    default:
      return { ...base, details: [] };
  }
}

/**
 * Ids per NodeFacets request: the estimate counts every node as the most expensive kind (a
 * practitioner with all their lists full), so 25 keep one request well within the default cost limit.
 */
const FACETS_PER_REQUEST = 25;

export async function loadFacets(ids: string[]): Promise<NodeFacets[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += FACETS_PER_REQUEST) chunks.push(ids.slice(i, i + FACETS_PER_REQUEST));
  const answers = await Promise.all(chunks.map((chunk) => request<{ nodes: (Raw | null)[] }>('NodeFacets', { ids: chunk })));
  return answers.flatMap((a) => a.nodes.filter((n): n is Raw => n != null).map(facetsOf));
}
