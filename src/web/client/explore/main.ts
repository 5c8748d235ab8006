import { CLUSTERS, KINDS, NO_CLUSTER_COLOUR, PHASES, REGIONS } from '../shared/clusters';
import { regionName } from '../shared/i18n';
import { byId, el } from '../shared/dom';
import { request } from '../shared/graphql';
import { Explorer } from './explorer';
import { TOPICS, type TopicsAnswer } from './queries';
import type { CountryFigure } from './map-view';
import { bindPanels } from './panels';
import { parseState, YEARS } from './state';

/** Builds the controls, binds them to the explorer, and restores the view the URL describes. */

function fillSelect(id: string, options: { value: string; text: string }[], selected?: string): HTMLSelectElement {
  const select = byId<HTMLSelectElement>(id);
  select.append(...options.map((o) => el('option', { value: o.value, selected: o.value === selected }, o.text)));
  return select;
}

function buildLegend(): void {
  byId('legend').replaceChildren(
    el('li', { class: 'hint' }, 'A node shows a segment for each cluster it worked on.'),
    ...CLUSTERS.map((c) => el('li', {}, swatch(c.colour), c.name)),
    el('li', {}, swatch(NO_CLUSTER_COLOUR), 'No cluster (places, institutions)'),
    el('li', { class: 'hint' }, `Shapes: ${KINDS.map((k) => `${k.label} ${k.shape}`).join(', ')}.`),
    el('li', { class: 'hint' }, 'Gold ring: practitioners found; red: the connection; green: the events of the year chosen in time.'),
    el('li', { class: 'hint' }, 'Labels that would overlap are hidden: zoom in, or select a node, to read them.'),
  );
}

function swatch(colour: string): HTMLElement {
  const span = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.style.background = colour;
  return span;
}

/** The time slider: a year (the right end is today), Today, and Play, which steps through the years. */
function bindTime(explorer: Explorer): void {
  const slider = byId<HTMLInputElement>('time-year');
  const output = byId('time-label');
  const today = Number(slider.max);
  const show = (year: number | undefined) => {
    slider.value = String(year ?? today);
    output.textContent = year ? `the end of ${year}` : 'today';
  };
  show(explorer.state.year);
  slider.addEventListener('change', () => {
    const year = Number(slider.value);
    show(year === today ? undefined : year);
    void explorer.setYear(year === today ? undefined : year);
  });
  byId('time-now').addEventListener('click', () => {
    show(undefined);
    void explorer.setYear(undefined);
  });
  let playing = false;
  const play = byId<HTMLButtonElement>('time-play');
  play.addEventListener('click', async () => {
    playing = !playing;
    play.textContent = playing ? 'Stop' : `Play ${YEARS.first}–${YEARS.last}`;
    for (let year = YEARS.first; playing && year <= YEARS.last; year++) {
      show(year);
      await explorer.setYear(year);
      await new Promise((resolve) => setTimeout(resolve, 800));
    }
    playing = false;
    play.textContent = `Play ${YEARS.first}–${YEARS.last}`;
  });
}

async function main(): Promise<void> {
  const state = parseState(location.search);
  const explorer = new Explorer(state);
  buildLegend();

  byId('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void explorer.search(byId<HTMLInputElement>('search-input').value.trim());
  });

  const clusterOptions = CLUSTERS.map((c) => ({ value: c.code, text: c.name }));
  const questionCluster = fillSelect('question-cluster', clusterOptions, state.question?.cluster);
  const questionTopic = byId<HTMLSelectElement>('question-topic');
  // Cluster or topic, not both: choosing one clears the other.
  questionCluster.addEventListener('change', () => questionCluster.value && (questionTopic.value = ''));
  questionTopic.addEventListener('change', () => questionTopic.value && (questionCluster.value = ''));
  byId<HTMLInputElement>('question-city').value = state.question?.city ?? '';
  byId('question-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const city = byId<HTMLInputElement>('question-city').value.trim();
    if (!questionCluster.value && !questionTopic.value) {
      byId('question-result').replaceChildren(el('p', { class: 'error', role: 'alert' }, 'Pick a cluster or a topic.'));
      return;
    }
    void explorer.ask({ city, cluster: questionCluster.value || undefined, topic: questionTopic.value || undefined });
  });

  byId('details-expand').addEventListener('click', () => state.selected && void explorer.open(state.selected));
  byId('details-from').addEventListener('click', () => state.selected && explorer.setPathEnd('from', state.selected));
  byId('details-to').addEventListener('click', () => state.selected && explorer.setPathEnd('to', state.selected));
  byId('path-go').addEventListener('click', () => void explorer.connect());
  byId('brokers-go').addEventListener('click', () => void explorer.brokers());
  byId('export-buttons').querySelectorAll<HTMLButtonElement>('button').forEach((b) =>
    b.addEventListener('click', () => void explorer.download(b.dataset.format as Parameters<Explorer['download']>[0])),
  );
  bindTime(explorer);
  byId('mode-graph').addEventListener('click', () => void explorer.showMode('graph'));
  byId('mode-map').addEventListener('click', () => void explorer.showMode('map'));
  byId<HTMLSelectElement>('map-shade').addEventListener('change', (e) => explorer.shadeBy((e.target as HTMLSelectElement).value as CountryFigure));
  bindPanels();

  byId('kind-filter').append(
    ...KINDS.map((k) => {
      const box = el('input', { type: 'checkbox', value: k.kind, checked: !state.filters.kinds.length || state.filters.kinds.includes(k.kind) });
      return el('label', {}, box, k.label);
    }),
  );
  byId('kind-filter').addEventListener('change', () => {
    const boxes = [...byId('kind-filter').querySelectorAll<HTMLInputElement>('input')];
    const shown = boxes.filter((b) => b.checked).map((b) => b.value);
    // Empty means every kind; with every box cleared, the list names none that exists.
    state.filters.kinds = shown.length === boxes.length ? [] : shown.length ? shown : ['NONE'];
    explorer.filtersChanged();
  });
  const filterSelect = (id: string, options: { value: string; text: string }[], current: string | undefined, apply: (value: string) => void) =>
    fillSelect(id, options, current).addEventListener('change', (event) => {
      apply((event.target as HTMLSelectElement).value);
      explorer.filtersChanged();
    });
  filterSelect('filter-cluster', clusterOptions, state.filters.cluster, (v) => (state.filters.cluster = v || undefined));
  filterSelect('filter-region', REGIONS.map((r) => ({ value: r, text: regionName('en', r) })), state.filters.region, (v) => (state.filters.region = v || undefined));
  filterSelect('filter-phase', PHASES.map((p) => ({ value: String(p), text: `Phase ${p}` })), state.filters.phase?.toString(), (v) => (state.filters.phase = v ? Number(v) : undefined));

  const { topics } = await request<TopicsAnswer>(TOPICS);
  fillSelect('question-topic', topics.nodes.map((t) => ({ value: t.key, text: t.name })), state.question?.topic);

  // Restore the shared view: what was open, the question, the path, the selection.
  for (const id of [...state.open.splice(0)]) await explorer.open(id, false);
  if (state.question) await explorer.ask(state.question);
  if (state.path?.from) explorer.setPathEnd('from', state.path.from);
  if (state.path?.to) explorer.setPathEnd('to', state.path.to);
  if (state.path?.from && state.path.to) await explorer.connect();
  if (state.selected) await explorer.select(state.selected);
  if (state.year) await explorer.setYear(state.year);
  else await explorer.figures();
  // setYear shows the map itself when the view is the map.
  if (state.view === 'map' && !state.year) await explorer.showMode('map');
}

main().catch((error: unknown) => {
  byId('graph-status').textContent = `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`;
});
