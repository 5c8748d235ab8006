import { clusterName, KINDS, kindOfType, typeOfId } from '../shared/clusters';
import { byId, el, showError } from '../shared/dom';
import { loadFacets, type NodeFacets } from '../shared/facets';
import { GraphView } from '../shared/graph-view';
import { request } from '../shared/graphql';
import { downloadView, type DownloadFormat } from './downloads';
import { MapSource } from './map-data';
import { COUNTRY_FIGURES, MapView, type CountryFigure, type MapData } from './map-view';
import { showPanel } from './panels';
import { formatState, type ExplorerState } from './state';
import * as q from './queries';

/** How many neighbours one expansion draws: enough to see a city's network, few enough to read. */
const NEIGHBOURS = 60;

/**
 * The explorer's behaviour: every action changes the graph and the state, and the URL follows
 * the state (replaceState), so the address bar always shares the view on screen.
 */
export class Explorer {
  readonly graph: GraphView;
  private readonly map: MapView;
  private readonly mapSource = new MapSource();
  /** The map's data as last drawn: another shading needs no request. */
  private mapShown?: MapData;
  private readonly facets = new Map<string, NodeFacets>();
  /** Said after the counts in the status line, e.g. that a neighbourhood was cut short. */
  private note = '';
  /** What the filters hide, said in the status line. */
  private filterNote = '';

  constructor(readonly state: ExplorerState) {
    // A tap selects: Expand (or a node in the list) draws the neighbours.
    this.graph = new GraphView(byId('graph'), (id) => void this.select(id).catch((e) => this.fail(e)));
    this.map = new MapView(byId('map'), (id) => void this.showMode('graph').then(() => this.open(id)));
  }

  private fail(error: unknown): void {
    showError(byId('graph-status'), error);
  }

  /** The day the view shows the network as of: the end of the slider's year, or none (as it stands). */
  asOf(): string | null {
    return this.state.year ? `${this.state.year}-12-31` : null;
  }

  /**
   * Moves the view to the network as it stood at the end of a year (undefined: as it stands):
   * what was open is drawn again as it was then (nodes not there yet are left out), the question
   * and the path are asked again, the year's events and those who took part stand out.
   */
  async setYear(year: number | undefined): Promise<void> {
    this.state.year = year;
    this.commit();
    const open = this.state.open.splice(0);
    this.graph.clear();
    for (const id of open) {
      try {
        await this.expand(id, false);
      } catch {
        // Not yet part of the network that year: it stays in the URL's list for later years.
        this.state.open.push(id);
      }
    }
    if (this.state.question) await this.ask(this.state.question);
    if (this.state.path?.from && this.state.path.to) await this.connect();
    this.markYear();
    await this.figures();
    if (this.state.view === 'map') await this.showMode('map');
    this.commit();
  }

  /** The events of the slider's year, and the participations in them: the ties the year made. */
  private markYear(): void {
    const year = this.state.year;
    const events = year ? this.graph.nodeIds().filter((id) => this.facets.get(id)?.details.some(([k, v]) => k === 'Starts' && v.startsWith(`${year}`))) : [];
    const ties = this.graph.drawn().edges.filter((e) => e.type === 'PARTICIPATED_IN' && events.includes(e.target));
    this.graph.mark('new', events, ties);
  }

  /** Shows the graph or the map in the canvas (the map loads on first show, and again for another year). */
  async showMode(mode: 'graph' | 'map'): Promise<void> {
    this.state.view = mode === 'map' ? 'map' : undefined;
    this.commit();
    byId('graph').hidden = mode === 'map';
    byId('map').hidden = mode !== 'map';
    byId('mode-graph').setAttribute('aria-pressed', String(mode === 'graph'));
    byId('mode-map').setAttribute('aria-pressed', String(mode === 'map'));
    byId('map-shade-label').hidden = mode !== 'map';
    if (mode === 'graph') {
      window.dispatchEvent(new Event('resize'));
      return;
    }
    try {
      byId('graph-status').textContent = 'Drawing the map…';
      const data = await this.mapSource.load(this.state.year);
      this.mapShown = data;
      this.shadeBy(byId<HTMLSelectElement>('map-shade').value as CountryFigure);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Draws the map's data with the countries shaded by a figure, and says what is drawn. */
  shadeBy(figure: CountryFigure): void {
    const data = this.mapShown;
    if (!data) return;
    this.map.render(data, figure);
    const arcs = byId('map').querySelectorAll('.arc').length;
    byId('graph-status').textContent = `${data.cities.length} cities, sized by the practitioners based there; ${arcs} links between them${
      this.state.year ? ` up to ${this.state.year}` : ''
    } (partnerships, transfers, shared events; thicker is heavier); countries darker with more ${COUNTRY_FIGURES[figure]}. Click a city to open it.`;
  }

  /** The figures under the slider: the network at the end of the year, and the year's new ties. */
  async figures(): Promise<void> {
    const target = byId('time-figures');
    try {
      const { networkStats: n, networkEvolution: e } = await request<q.FiguresAnswer>(q.FIGURES, { asOf: this.asOf(), year: this.state.year ?? null });
      const ties = this.state.year ? e.years.find((y) => y.year === this.state.year) : undefined;
      const when = this.state.year ? `By the end of ${this.state.year}` : 'Today';
      target.textContent = `${when}: ${n.practitioners.toLocaleString('en')} practitioners, ${n.events.toLocaleString('en')} events, ${n.outcomes.toLocaleString('en')} outcomes.${
        ties ? ` ${ties.newTies.toLocaleString('en')} new ties that year (${ties.newTiesAcrossCountries.toLocaleString('en')} across countries)${e.tiesEstimated ? ', estimated' : ''}.` : ''
      }`;
    } catch (error) {
      showError(target, error);
    }
  }

  /** The view as a file: the picture (PNG, SVG), or its nodes and the relationships among them for SNA tools. */
  async download(format: DownloadFormat): Promise<void> {
    const target = byId('export-result');
    try {
      await downloadView(this.graph, format);
      target.textContent = '';
    } catch (error) {
      showError(target, error);
    }
  }

  private commit(): void {
    history.replaceState(null, '', `${location.pathname}${formatState(this.state)}`);
  }

  // --- search -------------------------------------------------------------------------------

  async search(text: string): Promise<void> {
    const list = byId('search-results');
    list.replaceChildren(el('li', { class: 'hint' }, 'Searching…'));
    try {
      const { search } = await request<q.SearchAnswer>(q.SEARCH, { text });
      const item = (node: q.NamedNode) =>
        el('li', {}, el('button', { type: 'button', class: 'link', 'data-id': node.id }, q.nameOf(node)), ' ', el('span', { class: 'kind' }, node.__typename));
      const { edges, didYouMean } = search;
      list.replaceChildren(
        ...(edges.length
          ? edges.map((hit) => item(hit.node))
          : didYouMean.length
            ? [el('li', { class: 'hint' }, `Nothing is named like “${text}”. Did you mean:`), ...didYouMean.map((hit) => item(hit.node))]
            : [el('li', { class: 'hint' }, `Nothing is named like “${text}”, nor close to it.`)]),
      );
      list.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => void this.open(b.dataset.id!)));
    } catch (error) {
      showError(list, error);
    }
  }

  // --- expanding and selecting ------------------------------------------------------------

  /** Draws a node's neighbourhood (once) and selects it; a failure is shown, not thrown. */
  async open(id: string, select = true): Promise<void> {
    try {
      await this.expand(id, select);
    } catch (error) {
      this.fail(error);
    }
  }

  private async expand(id: string, select: boolean): Promise<void> {
    if (!this.state.open.includes(id)) {
      const { neighbourhood } = await request<q.NeighbourhoodAnswer>(q.NEIGHBOURHOOD, { id, limit: NEIGHBOURS, asOf: this.asOf() });
      this.graph.add(neighbourhood.nodes, neighbourhood.edges);
      this.state.open.push(id);
      this.note = neighbourhood.truncated ? ` Only the first ${NEIGHBOURS} neighbours of the last node opened are drawn.` : '';
      await this.describe();
    }
    if (select) await this.select(id);
    this.commit();
  }

  /** Loads the facets of nodes drawn but not yet described, then colours, filters and lists. */
  private async describe(): Promise<void> {
    const missing = this.graph.nodeIds().filter((id) => !this.facets.has(id));
    if (missing.length) for (const f of await loadFacets(missing)) this.facets.set(f.id, f);
    this.graph.describe([...this.facets.values()]);
    this.applyFilters();
  }

  async select(id: string): Promise<void> {
    if (!this.facets.has(id)) for (const f of await loadFacets([id])) this.facets.set(f.id, f);
    const facets = this.facets.get(id);
    this.state.selected = id;
    this.graph.select(id);
    byId('details-title').textContent = facets?.name ?? id;
    byId('details-kind').textContent = `${facets?.type ?? typeOfId(id)} · ${id}`;
    const clusters = facets?.clusters.length ? [['Clusters', facets.clusters.map(clusterName).join(', ')] as [string, string]] : [];
    byId('details-facts').replaceChildren(...[...(facets?.details ?? []), ...clusters].flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
    for (const name of ['from', 'to']) byId<HTMLButtonElement>(`details-${name}`).disabled = false;
    const expand = byId<HTMLButtonElement>('details-expand');
    const drawn = this.state.open.includes(id);
    expand.disabled = drawn;
    expand.textContent = drawn ? 'Neighbours drawn' : 'Expand: draw its neighbours';
    byId('details-relationships').replaceChildren(
      ...this.graph.relationships(id).map((r) =>
        el('li', {}, `${r.outgoing ? '→' : '←'} ${r.type} `, el('button', { type: 'button', class: 'link', 'data-id': r.other }, this.graph.label(r.other))),
      ),
    );
    byId('details-relationships').querySelectorAll('button').forEach((b) => b.addEventListener('click', () => void this.select(b.dataset.id!).catch((e) => this.fail(e))));
    this.commit();
  }

  // --- the headline question ------------------------------------------------------------------

  async ask(question: NonNullable<ExplorerState['question']>): Promise<void> {
    const target = byId('question-result');
    target.replaceChildren(el('p', { class: 'hint' }, 'Looking…'));
    this.state.question = question;
    this.commit();
    try {
      const { practitionersWorkingOn: found } = await request<q.WorkingOnAnswer>(q.WORKING_ON, {
        city: question.city,
        cluster: question.cluster || null,
        topic: question.topic || null,
        asOf: this.asOf(),
      });
      const { nodes, edges } = q.answerGraph(found);
      this.graph.add(nodes, edges);
      await this.describe();
      this.graph.mark('match', found.edges.map((e) => e.node.id), edges);
      const subject = question.cluster ? clusterName(question.cluster) : (byId<HTMLSelectElement>('question-topic').selectedOptions[0]?.text ?? question.topic);
      target.replaceChildren(
        el('p', {}, `${found.totalCount} practitioner${found.totalCount === 1 ? '' : 's'} in ${question.city} worked on ${subject}${found.totalCount > found.edges.length ? ` (the first ${found.edges.length} shown)` : ''}.`),
        el(
          'ol',
          { class: 'matches', id: 'matches' },
          ...found.edges.map((e) =>
            el(
              'li',
              { 'data-id': e.node.id },
              el('button', { type: 'button', class: 'link', 'data-id': e.node.id }, e.node.name),
              e.node.position ? ` — ${e.node.position}` : '',
              el('ul', { class: 'evidence' }, ...e.evidence.map((v) => el('li', { class: 'evidence-item' }, v.description))),
            ),
          ),
        ),
      );
      target.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => void this.select(b.dataset.id!).catch((e) => this.fail(e))));
      this.status();
    } catch (error) {
      showError(target, error);
    }
  }

  // --- paths ------------------------------------------------------------------------------------

  setPathEnd(end: 'from' | 'to', id: string): void {
    this.state.path = { ...this.state.path, [end]: id };
    byId(`path-${end}`).textContent = this.facets.get(id)?.name ?? this.graph.label(id);
    byId<HTMLButtonElement>('path-go').disabled = !(this.state.path.from && this.state.path.to);
    this.commit();
  }

  async connect(): Promise<void> {
    const { from, to } = this.state.path ?? {};
    if (!from || !to) return;
    const target = byId('path-result');
    target.replaceChildren(el('p', { class: 'hint' }, 'Looking for the shortest connection…'));
    try {
      const via = byId<HTMLInputElement>('path-working').checked ? q.WORKING_KINDS : null;
      const { connectionPath: path } = await request<q.ConnectionAnswer>(q.CONNECTION, { from, to, via, asOf: this.asOf() });
      if (!path) {
        target.replaceChildren(el('p', {}, `No connection within 6 steps${via ? ' through working relationships' : ''}${this.state.year ? ` as of ${this.state.year}` : ''}.`));
        this.graph.mark('path', []);
        return;
      }
      const edges = path.steps.map((s) => ({ source: s.from.id, target: s.to.id, type: s.relationship }));
      this.graph.add(path.nodes.map((n) => ({ id: n.id, label: n.label })), edges);
      await this.describe();
      this.graph.mark('path', path.nodes.map((n) => n.id), edges);
      // The answer is the path: it comes into view, on a phone in the graph's tab.
      this.graph.fit(path.nodes.map((n) => n.id));
      showPanel('graph');
      target.replaceChildren(
        el('p', {}, path.length === 0 ? 'That is the same node.' : `Connected in ${path.length} step${path.length === 1 ? '' : 's'}:`),
        el('ol', { class: 'sentences', id: 'path-sentences' }, ...path.steps.map((s) => el('li', {}, s.sentence))),
      );
      this.status();
    } catch (error) {
      showError(target, error);
    }
  }

  // --- brokers and communities -------------------------------------------------------------------

  async brokers(): Promise<void> {
    const target = byId('brokers-result');
    target.replaceChildren(el('p', { class: 'hint' }, 'Computing (once, then kept until the graph changes)…'));
    try {
      const { networkAnalytics: a } = await request<q.BrokersAnswer>(q.BROKERS);
      const person = (p: { id: string; name: string }) => el('button', { type: 'button', class: 'link', 'data-id': p.id }, p.name);
      target.replaceChildren(
        el('ol', { class: 'brokers', id: 'brokers' }, ...a.brokers.map((b) => el('li', { 'data-id': b.practitioner.id }, person(b.practitioner), ` ${b.betweenness.toFixed(3)}`))),
        el('p', { class: 'hint' }, `Betweenness ${a.projection.betweennessMethod === 'EXACT' ? 'exact' : 'estimated from sampled sources'}, over ${a.projection.practitioners} practitioners.`),
        el(
          'ul',
          { class: 'communities', id: 'communities' },
          ...a.communities.map((c) =>
            el(
              'li',
              {},
              `${c.size} practitioners, mostly ${c.topClusters.slice(0, 2).map((t) => clusterName(t.cluster)).join(' and ') || 'no cluster'}: `,
              ...c.members.flatMap((m, i) => [i ? ', ' : '', person(m)]),
            ),
          ),
        ),
      );
      target.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => void this.open(b.dataset.id!)));
    } catch (error) {
      showError(target, error);
    }
  }

  // --- filters and the lists --------------------------------------------------------------------

  filtersChanged(): void {
    this.applyFilters();
    this.commit();
  }

  applyFilters(): void {
    const { kinds, cluster, region, phase } = this.state.filters;
    const shownKinds = new Set(kinds.length ? kinds : KINDS.map((k) => k.kind));
    const hidden = { kind: 0, cluster: 0, region: 0, phase: 0 };
    this.graph.filter((id) => {
      const f = this.facets.get(id);
      const why = !shownKinds.has(kindOfType(typeOfId(id)))
        ? 'kind'
        : !f
          ? null
          : cluster && f.clusters.length && !f.clusters.includes(cluster)
            ? 'cluster'
            : region && f.regions.length && !f.regions.includes(region)
              ? 'region'
              : phase && f.phases.length && !f.phases.includes(phase)
                ? 'phase'
                : null;
      if (why) hidden[why]++;
      return why === null;
    });
    const said = [
      hidden.kind && `${hidden.kind} of other kinds`,
      hidden.cluster && `${hidden.cluster} that worked on other clusters only`,
      hidden.region && `${hidden.region} of other regions`,
      hidden.phase && `${hidden.phase} of other phases`,
    ].filter(Boolean);
    this.filterNote = said.length ? ` Hidden by the filters: ${said.join(', ')}; nodes without the property (a city has no cluster) stay.` : '';
    this.counts();
    this.status();
  }

  /** How many drawn nodes each filter's choice would keep, beside the choice. */
  private counts(): void {
    const drawn = this.graph.nodeIds();
    const facets = drawn.map((id) => this.facets.get(id));
    const count = (has: (f: NodeFacets) => boolean) => facets.filter((f) => f && has(f)).length;
    const label = (option: HTMLOptionElement | HTMLLabelElement, n: number) => {
      const base = (option.dataset.name ??= (option.textContent ?? '').trim());
      const text = `${base} (${n})`;
      if (option instanceof HTMLOptionElement) option.textContent = text;
      else option.lastChild!.textContent = text;
    };
    for (const o of byId<HTMLSelectElement>('filter-cluster').options) if (o.value) label(o, count((f) => f.clusters.includes(o.value)));
    for (const o of byId<HTMLSelectElement>('filter-region').options) if (o.value) label(o, count((f) => f.regions.includes(o.value)));
    for (const o of byId<HTMLSelectElement>('filter-phase').options) if (o.value) label(o, count((f) => f.phases.includes(Number(o.value))));
    for (const l of byId('kind-filter').querySelectorAll('label')) {
      const kind = l.querySelector('input')!.value;
      label(l, drawn.filter((id) => kindOfType(typeOfId(id)) === kind).length);
    }
  }

  /** The status line and the list of nodes in view: the graph, readable and reachable by keyboard. */
  status(): void {
    const visible = this.graph.visibleIds();
    const matches = new Set(this.graph.marked('match'));
    const onPath = new Set(this.graph.marked('path'));
    const all = this.graph.nodeIds().length;
    const shown = visible.length === all ? `${all} nodes` : `${visible.length} of ${all} nodes`;
    const when = this.state.year ? ` As of the end of ${this.state.year}.` : '';
    byId('graph-status').textContent = `${shown} and ${this.graph.edgeCount()} relationships in view.${when}${this.filterNote}${this.note}`;
    byId('in-view').replaceChildren(
      ...visible
        .map((id) => ({ id, name: this.facets.get(id)?.name ?? this.graph.label(id) }))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ id, name }) =>
          el(
            'li',
            { 'data-id': id, 'data-match': String(matches.has(id)), 'data-path': String(onPath.has(id)) },
            el('button', { type: 'button', class: 'link', 'data-id': id }, name),
            ' ',
            el('span', { class: 'kind' }, typeOfId(id)),
          ),
        ),
    );
    byId('in-view').querySelectorAll('button').forEach((b) => b.addEventListener('click', () => void this.open(b.dataset.id!)));
  }
}
