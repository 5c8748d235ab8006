import { barTable } from '../shared/bar-table';
import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { regionName } from '../shared/i18n';
import { COLOURS } from './colours';
import { threeColumns, threeFigures, threeValues, type ThreeFigures } from './figures';
import { startEmbed } from './kit';

/** /embed/stats[?phase=2&region=AFRICA&to=2016] — the network's figures by cluster, region and year. */

interface StatsAnswer {
  networkStats: ThreeFigures & { byCluster: (ThreeFigures & { cluster: string })[]; byRegion: (ThreeFigures & { region: string })[]; byYear: { year: number; events: number; participants: number }[] };
}

startEmbed('stats', async (page) => {
  const { phase, region, to } = page.values;
  const { networkStats: s } = await request<StatsAnswer>('EmbedStats', { phase: phase ?? null, region: region ?? null, asOf: to ? `${to}-12-31` : null });
  const three = threeColumns(page);
  const scope = [phase ? `${page.say('phase')} ${phase}` : null, region ? regionName(page.lang, String(region)) : null, to ? page.say('asAtEnd', { year: to }) : null].filter(Boolean).join(', ');
  page.show(
    el('h1', {}, `Connective Cities${scope ? ` — ${scope}` : ''}`),
    threeFigures(page, s),
    el(
      'div',
      { class: 'tables' },
      barTable(page.lang, page.say('byCluster'), page.say('cluster'), three, s.byCluster.map((c) => ({ label: page.clusterName(c.cluster), values: threeValues(c) })), 'by-cluster'),
      barTable(page.lang, page.say('byRegion'), page.say('region'), three, s.byRegion.map((r) => ({ label: regionName(page.lang, r.region), values: threeValues(r) })), 'by-region'),
      barTable(
        page.lang,
        page.say('byYear'),
        page.say('year'),
        [{ label: page.say('events'), colour: COLOURS.events }, { label: page.say('participants'), colour: COLOURS.practitioners }],
        s.byYear.map((y) => ({ label: String(y.year), values: [y.events, y.participants] })),
        'by-year',
      ),
    ),
    page.footer(),
  );
});
