import { barTable } from '../shared/bar-table';
import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { formatNumber } from '../shared/i18n';
import { COLOURS } from './colours';
import { bigFigure, startEmbed } from './kit';

/** /embed/transfers[?cluster=…&region=…] — outcomes adapted from another city's, as flows from city to city. */

interface TransfersAnswer {
  knowledgeTransfers: { fromCity: { name: string } | null; toCity: { name: string } | null }[];
}

startEmbed('transfers', async (page) => {
  const { cluster, region } = page.values;
  const { knowledgeTransfers } = await request<TransfersAnswer>('EmbedTransfers', { cluster: cluster ?? null, toRegion: region ?? null });
  // A flow per pair of cities, the heaviest first; a transfer whose city is not known yet is counted, not drawn.
  const flows = new Map<string, number>();
  for (const t of knowledgeTransfers) {
    if (!t.fromCity || !t.toCity) continue;
    const key = `${t.fromCity.name} → ${t.toCity.name}`;
    flows.set(key, (flows.get(key) ?? 0) + 1);
  }
  const rows = [...flows].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, n]) => ({ label, values: [n] }));
  page.show(
    el('h1', {}, [page.title, cluster ? page.clusterName(String(cluster)) : null].filter(Boolean).join(' — ')),
    el('div', { class: 'figures' }, bigFigure(formatNumber(page.lang, knowledgeTransfers.length), page.say('transfers')), bigFigure(formatNumber(page.lang, flows.size), page.say('cityPairs'))),
    rows.length ? barTable(page.lang, page.say('transfers'), page.say('flow'), [{ label: page.say('transfers'), colour: COLOURS.exchange }], rows, 'knowledge-transfers') : el('p', { class: 'hint' }, page.say('none')),
    page.footer(),
  );
});
