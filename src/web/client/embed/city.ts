import { CLUSTERS } from '../shared/clusters';
import { barTable } from '../shared/bar-table';
import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { formatNumber, regionName } from '../shared/i18n';
import { threeColumns, threeFigures, threeValues } from './figures';
import { startEmbed } from './kit';

/** /embed/city/lagos or /embed/city?city=Lagos — a city's card with its figures by cluster. */

interface CityAnswer {
  city: {
    id: string;
    name: string;
    population: number | null;
    country: { name: string; region: string } | null;
    stats: { practitioners: number; events: number; outcomes: number; byCluster: { cluster: string; practitioners: number; events: number; outcomes: number }[] };
  } | null;
}

const inPath = /^\/embed\/city\/(.+)$/.exec(location.pathname);

startEmbed(
  'city',
  async (page) => {
    const id = String(page.values.city);
    const { city } = await request<CityAnswer>('EmbedCity', { id });
    if (!city) throw new Error(`No city has the id “${id}”.`);
    const byCluster = CLUSTERS.map((c) => city.stats.byCluster.find((b) => b.cluster === c.code) ?? { cluster: c.code, practitioners: 0, events: 0, outcomes: 0 });
    const place = [city.country?.name, city.country && regionName(page.lang, city.country.region), city.population ? formatNumber(page.lang, city.population) : null];
    page.show(
      el('h1', {}, city.name),
      el('p', { class: 'hint' }, place.filter(Boolean).join(' · ')),
      threeFigures(page, city.stats),
      barTable(
        page.lang,
        page.say('byCluster'),
        page.say('cluster'),
        threeColumns(page),
        byCluster.map((b) => ({ label: page.clusterName(b.cluster), values: threeValues(b) })),
        `${city.id.replace(':', '-')}-by-cluster`,
      ),
      page.footer(`/explore?open=${encodeURIComponent(city.id)}&sel=${encodeURIComponent(city.id)}`),
    );
    document.title = `${city.name} · Connective Cities`;
  },
  inPath ? { city: decodeURIComponent(inPath[1]) } : {},
);
