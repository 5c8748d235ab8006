import { el } from '../shared/dom';
import { request } from '../shared/graphql';
import { formatNumber } from '../shared/i18n';
import { bigFigure, startEmbed } from './kit';

/** /embed/headline?city=Lagos&cluster=MUNICIPAL_SERVICES (or &topic=…)[&to=2016] — who worked on it, each with the evidence. */

interface HeadlineAnswer {
  city: { id: string; name: string } | null;
  topic?: { name: string } | null;
  practitionersWorkingOn: { totalCount: number; edges: { node: { id: string; name: string }; evidence: { kind: string; description: string }[] }[] };
}

/** How many practitioners the card lists; the rest are counted. */
const SHOWN = 10;

startEmbed('headline', async (page) => {
  const city = String(page.values.city);
  const { cluster, topic, to } = page.values;
  const answer = await request<HeadlineAnswer>('EmbedHeadline', { city, cityId: city, cluster: cluster ?? null, topic: topic ?? null, topicId: topic ?? '', withTopic: topic !== undefined, first: SHOWN, asOf: to ? `${to}-12-31` : null });
  const what = topic !== undefined ? (answer.topic?.name ?? String(topic)) : cluster !== undefined ? page.clusterName(String(cluster)) : '—';
  const { totalCount, edges } = answer.practitionersWorkingOn;
  const people = edges.map((e) =>
    el(
      'li',
      {},
      el('a', { href: `/explore?open=${encodeURIComponent(e.node.id)}&sel=${encodeURIComponent(e.node.id)}`, target: '_blank', rel: 'noopener' }, e.node.name),
      el('ul', { class: 'evidence', 'aria-label': page.say('evidence') }, ...e.evidence.map((v) => el('li', {}, v.description))),
    ),
  );
  page.show(
    el('h1', {}, page.say('whoWorkedOn', { city: answer.city?.name ?? city, what }) + (to ? ` (${page.say('asAtEnd', { year: to })})` : '')),
    el('div', { class: 'figures' }, bigFigure(formatNumber(page.lang, totalCount), page.say('practitioners'))),
    people.length ? el('ol', { class: 'people' }, ...people) : el('p', { class: 'hint' }, page.say('nobody')),
    totalCount > edges.length ? el('p', { class: 'hint' }, page.say('more', { n: totalCount - edges.length })) : null,
    page.footer(answer.city ? `/explore?open=${encodeURIComponent(answer.city.id)}&city=${encodeURIComponent(answer.city.name)}${cluster ? `&cluster=${cluster}` : ''}` : undefined),
  );
});
