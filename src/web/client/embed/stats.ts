import { CLUSTERS, titleCase } from '../shared/clusters';
import { chartFigure } from '../shared/charts';
import { byId, el, showError } from '../shared/dom';
import { request } from '../shared/graphql';
import { onNetworkChanged } from '../shared/live';

/** /embed/stats[?phase=2&region=AFRICA] — the network's figures by cluster, region and year, as charts. */


type Figures = { practitioners: number; events: number; outcomes: number };
interface StatsAnswer {
  networkStats: Figures & { byCluster: (Figures & { cluster: string })[]; byRegion: (Figures & { region: string })[]; byYear: { year: number; events: number; participants: number }[] };
}

const params = new URLSearchParams(location.search);
const phase = params.get('phase') ? Number(params.get('phase')) : null;
const region = params.get('region') || null;

const threeSeries = (rows: Figures[]) => [
  { label: 'Practitioners', values: rows.map((r) => r.practitioners), colour: '#2b6cb0' },
  { label: 'Events', values: rows.map((r) => r.events), colour: '#c05621' },
  { label: 'Outcomes', values: rows.map((r) => r.outcomes), colour: '#2f855a' },
];

async function render(): Promise<void> {
  const card = byId('card');
  try {
    const { networkStats: s } = await request<StatsAnswer>('NetworkFigures', { phase, region });
    const scope = [phase ? `phase ${phase}` : null, region ? titleCase(region) : null].filter(Boolean).join(', ');
    card.replaceChildren(
      el('h1', {}, `Connective Cities${scope ? ` — ${scope}` : ''}`),
      el('div', { class: 'figures' }, ...(['practitioners', 'events', 'outcomes'] as const).map((k) => el('div', { class: 'figure' }, el('strong', {}, s[k].toLocaleString('en')), k))),
      el(
        'div',
        { class: 'charts' },
        chartFigure('By cluster', 'bar', s.byCluster.map((c) => CLUSTERS.find((k) => k.code === c.cluster)?.name ?? c.cluster), threeSeries(s.byCluster)).figure,
        chartFigure('By region', 'bar', s.byRegion.map((r) => titleCase(r.region)), threeSeries(s.byRegion)).figure,
        chartFigure('By year', 'line', s.byYear.map((y) => String(y.year)), [
          { label: 'Events', values: s.byYear.map((y) => y.events), colour: '#c05621' },
          { label: 'Participants', values: s.byYear.map((y) => y.participants), colour: '#2b6cb0' },
        ]).figure,
      ),
      el('p', { class: 'updated' }, `Updated ${new Date().toLocaleTimeString('en-GB')}`),
    );
  } catch (error) {
    showError(card, error);
  }
}

void render();
onNetworkChanged(() => void render());
