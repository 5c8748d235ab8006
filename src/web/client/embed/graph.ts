import { el } from '../shared/dom';
import { loadFacets } from '../shared/facets';
import { GraphView } from '../shared/graph-view';
import { request } from '../shared/graphql';
import { startEmbed } from './kit';

/** /embed/graph?focus=City:lagos — a small graph around one node; tap a node to grow it. */

interface Answer {
  neighbourhood: { nodes: { id: string; label: string }[]; edges: { source: string; target: string; type: string }[] };
}

/** What was grown (tapped) so far: drawn again from the graph as it is now when it changes. */
const opened = new Set<string>();

startEmbed('graph', async (page) => {
  const focus = String(page.values.focus);
  const status = el('p', { class: 'status', id: 'graph-status', 'aria-live': 'polite' });
  const title = el('strong', { id: 'focus-name' }, focus);
  const box = el('div', { id: 'graph', class: 'graph' });
  const explore = `/explore?open=${encodeURIComponent(focus)}&sel=${encodeURIComponent(focus)}`;
  page.show(el('header', { class: 'embed-head' }, title, el('a', { id: 'open-explorer', href: explore, target: '_blank', rel: 'noopener' }, page.say('openExplorer'))), status, box);
  const view = new GraphView(box, (id) => void grow(id).catch((error: unknown) => (status.textContent = (error as Error).message)));
  const grow = async (id: string) => {
    const { neighbourhood } = await request<Answer>('EmbedGraph', { id });
    opened.add(id);
    view.add(neighbourhood.nodes, neighbourhood.edges);
    view.describe(await loadFacets(view.nodeIds()));
    status.textContent = page.say('nodesShown', { n: view.nodeIds().length, m: view.edgeCount() });
  };
  for (const id of [focus, ...[...opened].filter((o) => o !== focus)]) await grow(id);
  title.textContent = view.has(focus) ? view.label(focus) : focus;
});
