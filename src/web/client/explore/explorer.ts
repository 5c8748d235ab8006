import { clusterName, KINDS, kindOfType, typeOfId } from '../shared/clusters';
import { byId, el, showError } from '../shared/dom';
import { loadFacets, type NodeFacets } from '../shared/facets';
import { GraphView, type DrawEdge } from '../shared/graph-view';
import { request } from '../shared/graphql';
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
  private readonly facets = new Map<string, NodeFacets>();
  /** Said after the counts in the status line, e.g. that a neighbourhood was cut short. */
  private note = '';

  constructor(readonly state: ExplorerState) {
    this.graph = new GraphView(byId('graph'), (id) => void this.open(id));
  }

  private fail(error: unknown): void {
    showError(byId('graph-status'), error);
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
      const { neighbourhood } = await request<q.NeighbourhoodAnswer>(q.NEIGHBOURHOOD, { id, limit: NEIGHBOURS });
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
    for (const name of ['expand', 'from', 'to']) byId<HTMLButtonElement>(`details-${name}`).disabled = false;
    byId<HTMLButtonElement>('details-expand').disabled = this.state.open.includes(id);
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
      });
      const nodes = found.edges.flatMap((e) => [{ id: e.node.id, label: e.node.name }, ...e.evidence.map((v) => ({ id: v.subject.id, label: q.nameOf(v.subject) }))]);
      const edges: DrawEdge[] = found.edges.flatMap((e) => e.evidence.map((v) => ({ source: e.node.id, target: v.subject.id, type: q.EVIDENCE_RELATIONSHIP[v.kind] })));
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
      const { connectionPath: path } = await request<q.ConnectionAnswer>(q.CONNECTION, { from, to });
      if (!path) {
        target.replaceChildren(el('p', {}, 'No connection within 6 steps.'));
        this.graph.mark('path', []);
        return;
      }
      const edges = path.steps.map((s) => ({ source: s.from.id, target: s.to.id, type: s.relationship }));
      this.graph.add(path.nodes.map((n) => ({ id: n.id, label: n.label })), edges);
      await this.describe();
      this.graph.mark('path', path.nodes.map((n) => n.id), edges);
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
    this.graph.filter((id) => {
      const f = this.facets.get(id);
      if (!shownKinds.has(kindOfType(typeOfId(id)))) return false;
      if (!f) return true;
      if (cluster && f.clusters.length && !f.clusters.includes(cluster)) return false;
      if (region && f.regions.length && !f.regions.includes(region)) return false;
      if (phase && f.phases.length && !f.phases.includes(phase)) return false;
      return true;
    });
    this.status();
  }

  /** The status line and the list of nodes in view: the graph, readable and reachable by keyboard. */
  status(): void {
    const visible = this.graph.visibleIds();
    const matches = new Set(this.graph.marked('match'));
    const onPath = new Set(this.graph.marked('path'));
    byId('graph-status').textContent = `${visible.length} nodes and ${this.graph.edgeCount()} relationships in view.${this.note}`;
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
