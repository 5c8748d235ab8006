import { barTable } from '../shared/bar-table';
import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { COLOURS } from './colours';
import { startEmbed } from './kit';

/** /embed/evolution[?from=2016&to=2022] — the network year by year: events, active practitioners, new ties. */

interface EvolutionAnswer {
  networkEvolution: { tiesEstimated: boolean; years: { year: number; events: number; activePractitioners: number; newTies: number; newTiesAcrossCountries: number }[] };
}

startEmbed('evolution', async (page) => {
  const { from, to } = page.values;
  const { networkEvolution: e } = await request<EvolutionAnswer>('EmbedEvolution', { from: from ?? null, to: to ?? null });
  const years = e.years;
  const window = years.length ? page.say('window', { from: years[0].year, to: years.at(-1)!.year }) : '';
  page.show(
    el('h1', {}, `Connective Cities ${window}`),
    barTable(
      page.lang,
      page.say('byYear'),
      page.say('year'),
      [
        { label: page.say('events'), colour: COLOURS.events },
        { label: page.say('activePractitioners'), colour: COLOURS.practitioners },
        { label: page.say('newTies'), colour: COLOURS.ties },
        { label: page.say('acrossCountries'), colour: COLOURS.exchange },
      ],
      years.map((y) => ({ label: String(y.year), values: [y.events, y.activePractitioners, y.newTies, y.newTiesAcrossCountries] })),
      'network-by-year',
    ),
    page.footer(),
  );
});
