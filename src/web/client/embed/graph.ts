import { byId, showError } from '../shared/dom';
import { loadFacets } from '../shared/facets';
import { GraphView } from '../shared/graph-view';
import { request } from '../shared/graphql';
import { onNetworkChanged } from '../shared/live';

/** /embed/graph?focus=City:lagos — a small graph around one node; tap a node to grow it. */


interface Answer {
  neighbourhood: { nodes: { id: string; label: string }[]; edges: { source: string; target: string; type: string }[] };
}

const focus = new URLSearchParams(location.search).get('focus') ?? '';
const opened = new Set<string>();
const view = new GraphView(byId('graph'), (id) => void grow(id));

async function grow(id: string): Promise<void> {
  try {
    const { neighbourhood } = await request<Answer>('EmbedGraph', { id });
    opened.add(id);
    view.add(neighbourhood.nodes, neighbourhood.edges);
    view.describe(await loadFacets(view.nodeIds()));
    byId('graph-status').textContent = `${view.nodeIds().length} nodes and ${view.edgeCount()} relationships.`;
  } catch (error) {
    showError(byId('graph-status'), error);
  }
}

async function start(): Promise<void> {
  if (!focus) {
    byId('focus-name').textContent = 'Give ?focus=<id>, e.g. ?focus=City:lagos';
    return;
  }
  byId<HTMLAnchorElement>('open-explorer').href = `/explore?open=${encodeURIComponent(focus)}&sel=${encodeURIComponent(focus)}`;
  await grow(focus);
  byId('focus-name').textContent = view.has(focus) ? view.label(focus) : focus;
}

void start();
// A change redraws what was opened, from the graph as it is now.
onNetworkChanged(() => {
  view.clear();
  for (const id of opened) void grow(id);
});
