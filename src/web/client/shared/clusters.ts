/** The four clusters, their colours (legend and graph), and the node kinds' shapes. */

export const CLUSTERS = [
  { code: 'GOOD_URBAN_GOVERNANCE', name: 'Good Urban Governance', colour: '#2b6cb0' },
  { code: 'INTEGRATED_URBAN_DEVELOPMENT', name: 'Integrated Urban Development', colour: '#2f855a' },
  { code: 'MUNICIPAL_SERVICES', name: 'Municipal Services', colour: '#c05621' },
  { code: 'LOCAL_ECONOMIC_DEVELOPMENT', name: 'Local Economic Development', colour: '#6b46c1' },
] as const;

export const NO_CLUSTER_COLOUR = '#718096';

export { REGIONS } from '../../../domain/enums';
export const PHASES = [1, 2, 3, 4] as const;

export const KINDS = [
  { kind: 'PRACTITIONER', type: 'Practitioner', shape: 'ellipse', label: 'Practitioner' },
  { kind: 'CITY', type: 'City', shape: 'round-rectangle', label: 'City' },
  { kind: 'COUNTRY', type: 'Country', shape: 'octagon', label: 'Country' },
  { kind: 'INSTITUTION', type: 'Institution', shape: 'rectangle', label: 'Institution' },
  { kind: 'EVENT', type: 'Event', shape: 'diamond', label: 'Event' },
  { kind: 'OUTCOME', type: 'Outcome', shape: 'star', label: 'Outcome' },
  { kind: 'TOPIC', type: 'Topic', shape: 'triangle', label: 'Topic' },
  { kind: 'CLUSTER', type: 'Cluster', shape: 'hexagon', label: 'Cluster' },
] as const;

export type NodeType = (typeof KINDS)[number]['type'];

export const clusterName = (code: string) => CLUSTERS.find((c) => c.code === code)?.name ?? code;
export const clusterColour = (code: string | undefined) => CLUSTERS.find((c) => c.code === code)?.colour ?? NO_CLUSTER_COLOUR;
export const typeOfId = (id: string) => id.slice(0, id.indexOf(':')) as NodeType;
export const kindOfType = (type: string) => KINDS.find((k) => k.type === type)?.kind ?? 'PRACTITIONER';
