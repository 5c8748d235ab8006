import { REGION_NAMES, type Region } from '../../../domain/enums';

/**
 * The embeds' two languages: the words of the pages, and the names the model writes in both
 * (regions in the domain, clusters in the data). Everything else is shown as the data has it.
 */
export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

const WORDS = {
  practitioners: { en: 'Practitioners', de: 'Fachleute' },
  events: { en: 'Events', de: 'Veranstaltungen' },
  outcomes: { en: 'Outcomes', de: 'Ergebnisse' },
  participants: { en: 'Participants', de: 'Teilnehmende' },
  activePractitioners: { en: 'Active practitioners', de: 'Aktive Fachleute' },
  newTies: { en: 'New ties', de: 'Neue Verbindungen' },
  acrossCountries: { en: 'of them across countries', de: 'davon über Ländergrenzen' },
  byCluster: { en: 'By cluster', de: 'Nach Cluster' },
  byRegion: { en: 'By region', de: 'Nach Region' },
  byYear: { en: 'By year', de: 'Nach Jahr' },
  cluster: { en: 'Cluster', de: 'Cluster' },
  region: { en: 'Region', de: 'Region' },
  year: { en: 'Year', de: 'Jahr' },
  city: { en: 'City', de: 'Stadt' },
  cities: { en: 'Cities', de: 'Städte' },
  flow: { en: 'From → to', de: 'Von → nach' },
  cityPairs: { en: 'Pairs of cities', de: 'Städtepaare' },
  transfers: { en: 'Transfers', de: 'Transfers' },
  partnerships: { en: 'Partnerships', de: 'Partnerschaften' },
  sharedEvents: { en: 'Shared events', de: 'Gemeinsame Veranstaltungen' },
  exchange: { en: 'Exchange', de: 'Austausch' },
  partnerCities: { en: 'Partner cities', de: 'Partnerstädte' },
  brokers: { en: 'Brokers between groups', de: 'Brückenpersonen zwischen Gruppen' },
  computingBrokers: { en: 'Finding the brokers between groups…', de: 'Brückenpersonen werden ermittelt…' },
  practitioner: { en: 'Practitioner', de: 'Fachperson' },
  betweenness: { en: 'Betweenness', de: 'Vermittlungsrolle' },
  phase: { en: 'phase', de: 'Phase' },
  downloadCsv: { en: 'Download CSV', de: 'CSV herunterladen' },
  updated: { en: 'Updated', de: 'Aktualisiert' },
  openExplorer: { en: 'Open in the explorer', de: 'Im Explorer öffnen' },
  evidence: { en: 'Evidence', de: 'Belege' },
  nobody: { en: 'Nobody yet.', de: 'Noch niemand.' },
  none: { en: 'None yet.', de: 'Noch keine.' },
  more: { en: 'and {n} more', de: 'und {n} weitere' },
  whoWorkedOn: { en: 'Who in {city} worked on {what}', de: 'Wer in {city} hat an „{what}“ gearbeitet?' },
  nodesShown: { en: '{n} nodes and {m} relationships.', de: '{n} Knoten und {m} Beziehungen.' },
  mapShade: { en: 'Countries shaded by {figure}; cities sized by practitioners; arcs: exchange between cities.', de: 'Länder nach {figure} eingefärbt; Städte nach Fachleuten bemessen; Bögen: Austausch zwischen Städten.' },
  asAtEnd: { en: 'at the end of {year}', de: 'Ende {year}' },
  today: { en: 'today', de: 'heute' },
  window: { en: '{from}–{to}', de: '{from}–{to}' },
  badParameters: { en: 'This embed cannot be shown:', de: 'Diese Einbettung kann nicht angezeigt werden:' },
} as const;

export type Word = keyof typeof WORDS;

/** The page's word in the language, with `{name}` filled in from `values`. */
export function word(lang: Lang, key: Word, values: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}

export const regionName = (lang: Lang, region: string): string => REGION_NAMES[region as Region]?.[lang] ?? region;

/** A cluster's name from the data (Cluster.name, Cluster.nameDe), by code. */
export interface ClusterNames {
  nodes: { key: string; name: string; nameDe: string | null }[];
}
export const clusterNamer = (lang: Lang, clusters: ClusterNames) => (code: string) => {
  const c = clusters.nodes.find((n) => n.key === code);
  return (lang === 'de' ? c?.nameDe : null) ?? c?.name ?? code;
};

/** Numbers as the language writes them (1,234 or 1.234). */
export const formatNumber = (lang: Lang, n: number) => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 3 });
