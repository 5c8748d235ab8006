/**
 * What a view is, as the URL holds it (`/explore?open=City:lagos&sel=...`), so that a view can be
 * shared: the nodes expanded, the node selected, the headline question, the path and the filters.
 */

export interface ExplorerState {
  /** Nodes whose neighbourhood is drawn, in the order they were opened. */
  open: string[];
  selected?: string;
  question?: { city: string; cluster?: string; topic?: string };
  path?: { from?: string; to?: string };
  filters: { kinds: string[]; cluster?: string; region?: string; phase?: number };
  /** The network as it stood at the end of this year (the time slider); absent: as it stands. */
  year?: number;
  /** The map instead of the graph. */
  view?: 'map';
}

/** The years the time slider covers: the programme's, from its founding. */
export const YEARS = { first: 2013, last: 2025 } as const;

export const emptyState = (): ExplorerState => ({ open: [], filters: { kinds: [] } });

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseState(search: string): ExplorerState {
  const q = new URLSearchParams(search);
  const state = emptyState();
  state.open = list(q.get('open'));
  state.selected = q.get('sel') ?? undefined;
  const city = q.get('city');
  if (city) state.question = { city, cluster: q.get('cluster') ?? undefined, topic: q.get('topic') ?? undefined };
  const from = q.get('from') ?? undefined;
  const to = q.get('to') ?? undefined;
  if (from || to) state.path = { from, to };
  const phase = Number(q.get('phase'));
  const year = Number(q.get('year'));
  if (Number.isInteger(year) && year >= YEARS.first && year <= YEARS.last) state.year = year;
  if (q.get('view') === 'map') state.view = 'map';
  state.filters = {
    kinds: list(q.get('kinds')),
    cluster: q.get('fcluster') ?? undefined,
    region: q.get('region') ?? undefined,
    phase: Number.isInteger(phase) && phase >= 1 && phase <= 4 ? phase : undefined,
  };
  return state;
}

export function formatState(state: ExplorerState): string {
  const q = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') q.set(name, String(value));
  };
  set('open', state.open.join(','));
  set('sel', state.selected);
  set('city', state.question?.city);
  set('cluster', state.question?.cluster);
  set('topic', state.question?.topic);
  set('from', state.path?.from);
  set('to', state.path?.to);
  set('kinds', state.filters.kinds.join(','));
  set('fcluster', state.filters.cluster);
  set('region', state.filters.region);
  set('phase', state.filters.phase);
  set('year', state.year);
  set('view', state.view);
  const text = q.toString();
  return text ? `?${text.replace(/%3A/g, ':').replace(/%2C/g, ',')}` : '';
}
