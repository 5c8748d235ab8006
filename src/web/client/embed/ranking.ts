import { barTable } from '../shared/bar-table';
import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { COLOURS } from './colours';
import { startEmbed } from './kit';

/** /embed/ranking[?cluster=…&from=…&to=…] — the most connected cities, and the brokers between groups. */

interface RankingAnswer {
  cityExchange: { links: { cities: { id: string; name: string }[]; weight: number }[] };
}

interface BrokersAnswer {
  networkAnalytics: { brokers: { practitioner: { id: string; name: string }; betweenness: number }[] };
}

/** Rows shown in each table. */
const TOP = 10;

startEmbed('ranking', async (page) => {
  const { cluster, from, to } = page.values;
  // The brokers are asked at once but drawn when they come: a first computation on a large network takes a while.
  const brokers = request<BrokersAnswer>('EmbedBrokers', { asOf: to ? `${to}-12-31` : null });
  brokers.catch(() => undefined);
  const answer = await request<RankingAnswer>('EmbedRanking', { cluster: cluster ?? null, from: from ?? null, to: to ?? null });
  // A city's exchange: the weights of its links summed; its partner cities: how many links it has.
  const cities = new Map<string, { name: string; exchange: number; partners: number }>();
  for (const link of answer.cityExchange.links) {
    for (const c of link.cities) {
      const row = cities.get(c.id) ?? { name: c.name, exchange: 0, partners: 0 };
      row.exchange += link.weight;
      row.partners += 1;
      cities.set(c.id, row);
    }
  }
  const ranked = [...cities.values()].sort((a, b) => b.exchange - a.exchange || a.name.localeCompare(b.name)).slice(0, TOP);
  const brokersBox = el('div', { class: 'bar-table', 'aria-busy': 'true' }, el('p', { class: 'hint' }, page.say('computingBrokers')));
  page.show(
    el('h1', {}, [page.title, cluster ? page.clusterName(String(cluster)) : null, from || to ? page.say('window', { from: from ?? '…', to: to ?? '…' }) : null].filter(Boolean).join(' — ')),
    el(
      'div',
      { class: 'tables' },
      barTable(
        page.lang,
        page.say('cities'),
        page.say('city'),
        [
          { label: page.say('exchange'), colour: COLOURS.exchange },
          { label: page.say('partnerCities'), colour: COLOURS.practitioners },
        ],
        ranked.map((c) => ({ label: c.name, values: [c.exchange, c.partners] })),
        'most-connected-cities',
      ),
      brokersBox,
    ),
    page.footer(),
  );
  try {
    const { networkAnalytics } = await brokers;
    brokersBox.replaceWith(
      barTable(
        page.lang,
        page.say('brokers'),
        page.say('practitioner'),
        [{ label: page.say('betweenness'), colour: COLOURS.ties }],
        networkAnalytics.brokers.map((b) => ({ label: b.practitioner.name, values: [Math.round(b.betweenness * 1000) / 1000] })),
        'brokers',
      ),
    );
  } catch (error) {
    brokersBox.replaceChildren(el('p', { class: 'error', role: 'alert' }, (error as Error).message));
  }
});
