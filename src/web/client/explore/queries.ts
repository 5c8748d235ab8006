/** The operations the explorer sends (by name, from schema/operations/explorer.graphql) and their answers' shapes. */

export const SEARCH = 'ExplorerSearch';
export const NEIGHBOURHOOD = 'ExplorerNeighbourhood';
export const TOPICS = 'ExplorerTopics';
export const WORKING_ON = 'ExplorerWorkingOn';
export const CONNECTION = 'ExplorerConnection';
export const BROKERS = 'ExplorerBrokers';

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

export interface WorkingOnAnswer {
  practitionersWorkingOn: { totalCount: number; edges: { node: { id: string; name: string; position: string | null }; evidence: Evidence[] }[] };
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
