import { CLUSTERS, titleCase } from '../shared/clusters';
import { chartFigure } from '../shared/charts';
import { byId, el, showError } from '../shared/dom';
import { request } from '../shared/graphql';
import { onNetworkChanged } from '../shared/live';

/** /embed/city/:id — a city's profile card with its figures by cluster; refreshed when the graph changes. */


interface CityAnswer {
  city: {
    id: string;
    name: string;
    population: number | null;
    country: { name: string; region: string } | null;
    stats: { practitioners: number; events: number; outcomes: number; byCluster: { cluster: string; practitioners: number; events: number; outcomes: number }[] };
  } | null;
}

const figure = (label: string, value: number) => el('div', { class: 'figure' }, el('strong', {}, value.toLocaleString('en')), label);

async function render(id: string): Promise<void> {
  const card = byId('card');
  try {
    const { city } = await request<CityAnswer>('EmbedCity', { id });
    if (!city) throw new Error(`No city has the id “${id}”.`);
    const byCluster = CLUSTERS.map((c) => city.stats.byCluster.find((b) => b.cluster === c.code) ?? { cluster: c.code, practitioners: 0, events: 0, outcomes: 0 });
    const { figure: chart } = chartFigure(
      'By cluster',
      'bar',
      CLUSTERS.map((c) => c.name),
      [
        { label: 'Practitioners', values: byCluster.map((b) => b.practitioners), colour: '#2b6cb0' },
        { label: 'Events', values: byCluster.map((b) => b.events), colour: '#c05621' },
        { label: 'Outcomes', values: byCluster.map((b) => b.outcomes), colour: '#2f855a' },
      ],
      true,
    );
    card.replaceChildren(
      el('h1', {}, city.name),
      el('p', { class: 'hint' }, [city.country?.name, city.country && titleCase(city.country.region), city.population ? `population ${city.population.toLocaleString('en')}` : null].filter(Boolean).join(' · ')),
      el('div', { class: 'figures' }, figure('practitioners', city.stats.practitioners), figure('events', city.stats.events), figure('outcomes', city.stats.outcomes)),
      chart,
      el('p', { class: 'updated' }, `Updated ${new Date().toLocaleTimeString('en-GB')} · `, el('a', { href: `/explore?open=${encodeURIComponent(city.id)}&sel=${encodeURIComponent(city.id)}`, target: '_blank', rel: 'noopener' }, 'Open in the explorer')),
    );
    document.title = `${city.name} · Connective Cities`;
  } catch (error) {
    showError(card, error);
  }
}

const id = decodeURIComponent(location.pathname.split('/').pop() ?? '');
void render(id);
onNetworkChanged(() => void render(id));
