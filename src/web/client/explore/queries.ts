/** The operations the explorer sends; every one is a public query of the schema. */

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 10) { score node { id __typename
    ... on Practitioner { name } ... on City { name } ... on Country { name } ... on Institution { name }
    ... on Cluster { name } ... on Topic { name } ... on Event { title } ... on Outcome { title } } }
}`;

export const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $limit: Int!) {
  neighbourhood(id: $id, depth: 1, limit: $limit) { truncated nodes { id label } edges { source target type } }
}`;

export const TOPICS = `query ExplorerTopics { topics(first: 100, orderBy: { field: NAME }) { nodes { key name cluster { code } } } }`;

export const WORKING_ON = `query ExplorerWorkingOn($city: String!, $cluster: ClusterCode, $topic: ID) {
  practitionersWorkingOn(city: $city, cluster: $cluster, topic: $topic, first: 50) {
    totalCount
    edges { node { id name position } evidence { kind role description subject { id __typename ... on Topic { name } ... on Event { title } ... on Outcome { title } } } }
  }
}`;

export const CONNECTION = `query ExplorerConnection($from: ID!, $to: ID!) {
  connectionPath(from: $from, to: $to, maxHops: 6) {
    length
    nodes { id __typename ... on Practitioner { name } ... on City { name } ... on Country { name } ... on Institution { name }
      ... on Cluster { name } ... on Topic { name } ... on Event { title } ... on Outcome { title } }
    steps { from { id } to { id } relationship sentence }
  }
}`;

export interface NamedNode {
  id: string;
  __typename: string;
  name?: string;
  title?: string;
}

export const nameOf = (n: NamedNode) => n.name ?? n.title ?? n.id;

export interface SearchAnswer {
  search: { score: number; node: NamedNode }[];
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
  connectionPath: { length: number; nodes: NamedNode[]; steps: { from: { id: string }; to: { id: string }; relationship: string; sentence: string }[] } | null;
}

export const EVIDENCE_RELATIONSHIP: Record<Evidence['kind'], string> = { EXPERTISE: 'EXPERT_IN', EVENT: 'PARTICIPATED_IN', OUTCOME: 'CONTRIBUTED_TO' };
