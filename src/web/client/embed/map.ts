import { MapSource } from '../explore/map-data';
import { MapView, type CountryFigure } from '../explore/map-view';
import { el } from '../shared/dom';
import { startEmbed } from './kit';

/** /embed/map[?figure=events&to=2016] — the explorer's map: cities, arcs of exchange, countries shaded. */

const source = new MapSource();

startEmbed('map', async (page) => {
  const figure = (page.values.figure as CountryFigure | undefined) ?? 'practitioners';
  const year = page.values.to as number | undefined;
  const data = await source.load(year);
  const box = el('div', { class: 'map', id: 'map' });
  page.show(
    el('h1', {}, `Connective Cities — ${year ? page.say('asAtEnd', { year }) : page.say('today')}`),
    el('p', { class: 'hint' }, page.say('mapShade', { figure: page.lang === 'en' ? page.say(figure).toLowerCase() : page.say(figure) })),
    box,
    page.footer(),
  );
  new MapView(box, (id) => window.open(`/explore?open=${encodeURIComponent(id)}&sel=${encodeURIComponent(id)}`, '_blank', 'noopener')).render(data, figure);
});
