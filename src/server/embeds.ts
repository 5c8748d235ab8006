/**
 * The embeds, one table for all: the server mounts a page for each (/embed/<name>), the web build
 * bundles each, the builder at /embed offers each with its parameters, and every embed parses
 * its URL by the same table, so a parameter is named, checked and explained in one place.
 */

/** What a URL parameter holds; each kind is checked the same way in every embed (embed/params.ts). */
export type ParamKind = 'cluster' | 'region' | 'phase' | 'year' | 'city' | 'topic' | 'node' | 'figure' | 'lang' | 'theme';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly required?: boolean;
  /** What the builder shows beside it. */
  readonly help: string;
  /** What the builder fills in first. */
  readonly example?: string;
}

export interface EmbedSpec {
  readonly name: string;
  readonly title: { readonly en: string; readonly de: string };
  readonly description: string;
  readonly params: readonly ParamSpec[];
}

/** Every embed takes these. */
export const COMMON_PARAMS: readonly ParamSpec[] = [
  { name: 'lang', kind: 'lang', help: 'en or de: the page\'s words, and names where the data has them in German.' },
  { name: 'theme', kind: 'theme', help: 'light or dark.' },
];

const FROM: ParamSpec = { name: 'from', kind: 'year', help: 'First year of the window (2013–2025).' };
const TO: ParamSpec = { name: 'to', kind: 'year', help: 'Last year of the window (2013–2025).' };
/** As the network stood on the last day of a year (the API's asOf). */
const AS_AT: ParamSpec = { ...TO, help: 'As the network stood at the end of this year (2013–2025).' };
const CLUSTER: ParamSpec = { name: 'cluster', kind: 'cluster', help: 'Only this cluster.' };

export const EMBEDS: readonly EmbedSpec[] = [
  {
    name: 'stats',
    title: { en: 'Network figures', de: 'Zahlen des Netzwerks' },
    description: 'Practitioners, events and outcomes, by cluster, region and year.',
    params: [{ name: 'phase', kind: 'phase', help: 'Only this programme phase (1–4).' }, { name: 'region', kind: 'region', help: 'Only this world region.' }, AS_AT],
  },
  {
    name: 'city',
    title: { en: 'City card', de: 'Stadtprofil' },
    description: 'A city\'s figures by cluster.',
    params: [{ name: 'city', kind: 'city', required: true, help: 'The city (id or name).', example: 'lagos' }],
  },
  {
    name: 'headline',
    title: { en: 'Who worked on it?', de: 'Wer hat daran gearbeitet?' },
    description: 'The practitioners of a city who worked on a cluster or topic, each with the evidence.',
    params: [
      { name: 'city', kind: 'city', required: true, help: 'The city (id or name).', example: 'lagos' },
      { ...CLUSTER, help: 'The cluster worked on (or give a topic).', example: 'MUNICIPAL_SERVICES' },
      { name: 'topic', kind: 'topic', help: 'The topic worked on (id), instead of a cluster.' },
      AS_AT,
    ],
  },
  {
    name: 'evolution',
    title: { en: 'The network over time', de: 'Das Netzwerk im Zeitverlauf' },
    description: 'Per year: events, active practitioners, and new ties (pairs who first met at an event).',
    params: [FROM, TO],
  },
  {
    name: 'map',
    title: { en: 'Map of the network', de: 'Karte des Netzwerks' },
    description: 'Cities sized by practitioners, exchange between cities as arcs, countries shaded.',
    params: [{ name: 'figure', kind: 'figure', help: 'What shades the countries: practitioners, events or outcomes.' }, AS_AT],
  },
  {
    name: 'transfers',
    title: { en: 'Knowledge transfers', de: 'Wissenstransfer' },
    description: 'Outcomes adapted from another city\'s, as flows from city to city.',
    params: [CLUSTER, { name: 'region', kind: 'region', help: 'Only transfers to this world region.' }],
  },
  {
    name: 'ranking',
    title: { en: 'Most connected', de: 'Am stärksten vernetzt' },
    description: 'Cities ranked by their exchange (partnerships, transfers, shared events), and the brokers between groups.',
    params: [CLUSTER, FROM, TO],
  },
  {
    name: 'graph',
    title: { en: 'Graph around a node', de: 'Graph um einen Knoten' },
    description: 'A node and its neighbours, drawn; tap a node to grow it.',
    params: [{ name: 'focus', kind: 'node', required: true, help: 'The node in the middle (global id).', example: 'City:lagos' }],
  },
];

export const embedNamed = (name: string): EmbedSpec | undefined => EMBEDS.find((e) => e.name === name);
