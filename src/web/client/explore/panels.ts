import { byId } from '../shared/dom';

/**
 * On a narrow screen the three columns become tabs (questions, graph, details): only one shows,
 * so the graph and its controls are never a page-scroll apart. Wide screens show all three.
 */
export type Panel = 'controls' | 'graph' | 'details';

const PANELS: Panel[] = ['controls', 'graph', 'details'];

export function showPanel(panel: Panel): void {
  document.body.dataset.panel = panel;
  for (const p of PANELS) {
    const tab = document.getElementById(`tab-${p}`);
    tab?.setAttribute('aria-selected', String(p === panel));
  }
  // The graph's canvas learns its size again when it comes back into view.
  if (panel === 'graph') window.dispatchEvent(new Event('resize'));
}

export function bindPanels(): void {
  for (const p of PANELS) byId(`tab-${p}`).addEventListener('click', () => showPanel(p));
  showPanel('controls');
}
