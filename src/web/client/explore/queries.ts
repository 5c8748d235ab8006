/** The operations the explorer sends (by name, from schema/operations/explorer.graphql) and their answers' shapes. */

export const SEARCH = 'ExplorerSearch';
export const NEIGHBOURHOOD = 'ExplorerNeighbourhood';
export const TOPICS = 'ExplorerTopics';
export const WORKING_ON = 'ExplorerWorkingOn';
export const CONNECTION = 'ExplorerConnection';
export const BROKERS = 'ExplorerBrokers';
export const FIGURES = 'ExplorerFigures';
export const EXPORT = 'ExplorerExport';
export const MAP_CITIES = 'ExplorerMapCities';
export const MAP = 'ExplorerMap';

export interface MapCitiesAnswer {
  cities: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; key: string; name: string; lat: number; lon: number }[] };
}

type Facet = { dimension: 'CITY' | 'COUNTRY'; buckets: { value: string | null; count: number }[] };

export interface MapAnswer {
  countries: { nodes: { key: string; code: string }[] };
  practitioners: { facets: Facet[] };
  events: { facets: Facet[] };
  outcomes: { facets: Facet[] };
  cityExchange: { links: { cities: { id: string }[]; weight: number }[] };
}

/** The node kinds of a path through working relationships only: people, events, outcomes, institutions. */
export const WORKING_KINDS = ['PRACTITIONER', 'EVENT', 'OUTCOME', 'INSTITUTION'];

export interface NamedNode {
  id: string;
  __typename: string;
  name?: string;
  title?: string;
}

export const nameOf = (n: NamedNode) => n.name ?? n.title ?? n.id;

export interface SearchAnswer {
  search: { edges: { score: number; node: NamedNode }[]; didYouMean: { node: NamedNode }[] };
}

export interface NeighbourhoodAnswer {
  neighbourhood: { truncated: boolean; nodes: { id: string; label: string }[]; edges: { source: string; target: string; type: string }[] };
}

export interface TopicsAnswer {
  topics: { nodes: { key: string; name: string; cluster: { code: string } | null }[] };
}

export interface Evidence {
  kind: 'EXPERTISE' | 'EVENT' | 'OUTCOME';
  role: string | null;
  description: string;
  subject: NamedNode;
}

type Place = { id: string; name: string } | null;

export interface WorkingOnAnswer {
  practitionersWorkingOn: {
    totalCount: number;
    edges: { node: { id: string; name: string; position: string | null; city: Place; institution: { id: string; name: string; city: Place } | null }; evidence: Evidence[] }[];
  };
}

/**
 * The answer to draw, connected: each practitioner with the subjects of their evidence, and the
 * city they are in the way they count (based there, or working at an institution located there).
 */
export function answerGraph(found: WorkingOnAnswer['practitionersWorkingOn']): { nodes: { id: string; label: string }[]; edges: { source: string; target: string; type: string }[] } {
  const nodes: { id: string; label: string }[] = [];
  const edges: { source: string; target: string; type: string }[] = [];
  for (const { node: p, evidence } of found.edges) {
    nodes.push({ id: p.id, label: p.name });
    for (const v of evidence) {
      nodes.push({ id: v.subject.id, label: nameOf(v.subject) });
      edges.push({ source: p.id, target: v.subject.id, type: EVIDENCE_RELATIONSHIP[v.kind] });
    }
    if (p.city) {
      nodes.push({ id: p.city.id, label: p.city.name });
      edges.push({ source: p.id, target: p.city.id, type: 'BASED_IN' });
    }
    const work = p.institution;
    if (work) {
      nodes.push({ id: work.id, label: work.name });
      edges.push({ source: p.id, target: work.id, type: 'WORKS_AT' });
      if (work.city) {
        nodes.push({ id: work.city.id, label: work.city.name });
        edges.push({ source: work.id, target: work.city.id, type: 'LOCATED_IN' });
      }
    }
  }
  return { nodes, edges };
}

export interface FiguresAnswer {
  networkStats: { practitioners: number; events: number; outcomes: number };
  networkEvolution: { years: { year: number; newTies: number; newTiesAcrossCountries: number }[]; tiesEstimated: boolean };
}

export interface ExportAnswer {
  exportView: { filename: string; mediaType: string; content: string }[];
}

export interface ConnectionAnswer {
  connectionPath: { length: number; nodes: { id: string; kind: string; label: string }[]; steps: { from: { id: string }; to: { id: string }; relationship: string; sentence: string }[] } | null;
}

export const EVIDENCE_RELATIONSHIP: Record<Evidence['kind'], string> = { EXPERTISE: 'EXPERT_IN', EVENT: 'PARTICIPATED_IN', OUTCOME: 'CONTRIBUTED_TO' };

export interface BrokersAnswer {
  networkAnalytics: {
    projection: { practitioners: number; betweennessMethod: 'EXACT' | 'SAMPLED' };
    brokers: { betweenness: number; practitioner: { id: string; name: string } }[];
    communities: { id: string; size: number; topClusters: { cluster: string; practitioners: number }[]; members: { id: string; name: string }[] }[];
  };
}
