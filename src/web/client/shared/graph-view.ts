import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { CLUSTERS, KINDS, NO_CLUSTER_COLOUR, typeOfId } from './clusters';
import type { NodeFacets } from './facets';
import { cullLabels, placeLabels, type LabelBox } from './labels';

cytoscape.use(fcose);
cytoscape.use(svg);

/**
 * The drawn graph (Cytoscape.js): nodes shaped by kind and divided into a segment per cluster
 * they worked on, laid out by fCoSE with room for their labels, grown by adding subgraphs, with
 * classes for what is highlighted and what the filters hide. Labels are 12 px on screen at any
 * zoom; where two would overlap, the less important one moves around its node (labels.ts), and
 * is hidden only when no place is free, until the view changes.
 */

export interface DrawNode {
  id: string;
  label: string;
}

export interface DrawEdge {
  source: string;
  target: string;
  type: string;
}

/** The size of a label on screen, in CSS pixels, at every zoom; longer ones end in an ellipsis at LABEL_MAX_PX. */
export const LABEL_PX = 12;
const LABEL_MAX_PX = 140;

/** One pie segment per cluster, in the clusters' order: colour and share of the node. */
const PIE = CLUSTERS.flatMap((c, i) => [
  [`pie-${i + 1}-background-color`, c.colour],
  [`pie-${i + 1}-background-size`, `data(pie${i + 1})`],
]);

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': LABEL_PX,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      width: 20,
      height: 20,
      'background-color': NO_CLUSTER_COLOUR,
      'border-width': 1,
      'border-color': '#fff',
      color: '#1a202c',
      ...Object.fromEntries(PIE),
    } as cytoscape.Css.Node,
  },
  ...KINDS.map((k) => ({ selector: `node[type = "${k.type}"]`, style: { shape: k.shape } }) as cytoscape.StylesheetJsonBlock),
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
  { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 3 } },
  { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -3 } },
  { selector: 'node.label-hidden', style: { label: '' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#a0aec0', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#a0aec0', 'arrow-scale': 0.6 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a202c' } },
  { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#d69e2e', width: 26, height: 26 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e53e3e', width: 28, height: 28, 'z-index': 10 } },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e', 'z-index': 10 } },
  { selector: 'edge.match', style: { width: 2, 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e' } },
  { selector: 'edge.new', style: { width: 3, 'line-color': '#38a169', 'target-arrow-color': '#38a169' } },
  { selector: 'node.new', style: { 'border-width': 3, 'border-color': '#38a169' } },
  { selector: '.hidden', style: { display: 'none' } },
];

/** How far labels keep from the canvas's edges, in CSS pixels. */
const EDGE_PX = 4;

const LABEL_CLASSES = ['label-hidden', 'label-above', 'label-right', 'label-left'];

/** Which labels win a place: the selected node, the path, the answers, then the most connected. */
function priority(node: cytoscape.NodeSingular): number {
  return (node.selected() ? 1e6 : 0) + (node.hasClass('path') ? 1e5 : 0) + (node.hasClass('match') ? 1e4 : 0) + node.degree(false);
}

export class GraphView {
  readonly cy: cytoscape.Core;
  private culling?: number;
  /** A fit asked for while the canvas had no size (a hidden tab): done when it has one. */
  private pendingFit?: string[];

  constructor(container: HTMLElement, onSelect: (id: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.3 });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.id()));
    // Labels keep their size on screen whatever the zoom, and are culled again when the view moves.
    this.cy.on('zoom', () => this.sizeLabels());
    this.cy.on('add', 'node', (event) => event.target.style(this.labelSize()));
    this.cy.on('viewport', () => this.cullSoon());
    this.cy.on('resize', () => {
      const ids = this.pendingFit;
      if (ids && this.cy.width() > 0 && this.cy.height() > 0) {
        this.pendingFit = undefined;
        this.fit(ids.length ? ids : undefined);
      } else this.cullSoon();
    });
    // What a browser test reads the drawing from (the canvas has no DOM): the instance, on its container.
    (container as HTMLElement & { cy?: cytoscape.Core }).cy = this.cy;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds what is not drawn yet; lays the graph out again when anything was added. */
  add(nodes: DrawNode[], edges: DrawEdge[]): number {
    const before = this.cy.elements().length;
    this.cy.batch(() => {
      for (const n of nodes) {
        if (!this.has(n.id)) this.cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: typeOfId(n.id), ...pieOf([]) } });
      }
      for (const e of edges) {
        const id = `${e.source}|${e.type}|${e.target}`;
        if (!this.has(id) && this.has(e.source) && this.has(e.target)) this.cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, type: e.type } });
      }
    });
    const added = this.cy.elements().length - before;
    if (added > 0) this.layout();
    return added;
  }

  /** fCoSE with each node's label counted in its size, so that labels get room; then fits the view. */
  layout(): void {
    const options = {
      name: 'fcose',
      quality: 'proof',
      animate: false,
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 80,
      nodeSeparation: 90,
      fit: false,
    };
    this.cy.layout(options as cytoscape.LayoutOptions).run();
    this.fit();
  }

  /** Fits the view to these nodes (every visible one when none are given), and culls the labels. */
  fit(ids?: string[]): void {
    if (this.cy.width() === 0 || this.cy.height() === 0) {
      this.pendingFit = ids ?? [];
      return;
    }
    const eles = ids?.length ? this.cy.nodes().filter((n) => ids.includes(n.id())) : this.cy.elements(':visible');
    this.cy.fit(eles, 24);
    this.sizeLabels();
    this.cull();
  }

  /**
   * Labels of LABEL_PX on screen at the zoom the view has now. Set on each node: a stylesheet rule
   * appended per zoom grew the sheet without end, and the canvas kept drawing some labels from
   * textures of the old size (too large, cut off at both ends).
   */
  private sizeLabels(): void {
    this.cy.nodes().style(this.labelSize());
  }

  /** A label's font and width in model units, for LABEL_PX and LABEL_MAX_PX on screen. */
  private labelSize(): Record<string, number | string> {
    return { 'font-size': LABEL_PX / this.cy.zoom(), 'text-max-width': `${LABEL_MAX_PX / this.cy.zoom()}px` };
  }

  private cullSoon(): void {
    if (this.culling !== undefined) return;
    this.culling = requestAnimationFrame(() => {
      this.culling = undefined;
      this.cull();
    });
  }

  /**
   * Places every label where it overlaps no more important one and stays on the canvas (below its
   * node, else above, right or left), hiding it only when no place is free; then hides what the
   * drawing still shows overlapping, measured as drawn.
   */
  cull(): void {
    const nodes = this.cy.nodes(':visible');
    // A label's glyphs reach a few pixels past the box measured for it: kept clear of the edges.
    const canvas = { x1: EDGE_PX, y1: EDGE_PX, x2: this.cy.width() - EDGE_PX, y2: this.cy.height() - EDGE_PX };
    const labelBox = (n: cytoscape.NodeSingular) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    nodes.removeClass(LABEL_CLASSES.join(' '));
    const placed = placeLabels(
      nodes.map((n) => ({ id: n.id(), priority: priority(n), node: n.renderedBoundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false }), label: labelBox(n) })),
      canvas,
    );
    this.cy.batch(() => placed.forEach((where, id) => where !== 'below' && this.cy.getElementById(id).addClass(where ? `label-${where}` : 'label-hidden')));
    const drawn: LabelBox[] = nodes.filter((n) => !n.hasClass('label-hidden')).nodes().map((n) => ({ id: n.id(), priority: priority(n), ...labelBox(n) }));
    const hidden = cullLabels(drawn, canvas);
    this.cy.batch(() => hidden.forEach((id) => this.cy.getElementById(id).addClass('label-hidden')));
  }

  /** Names and cluster segments from the facets. */
  describe(facets: NodeFacets[]): void {
    this.cy.batch(() => {
      for (const f of facets) {
        const node = this.cy.getElementById(f.id);
        if (node.nonempty()) node.data({ label: f.name, ...pieOf(f.clusters) });
      }
    });
    this.cull();
  }

  /** Marks these nodes (and the edges among the given pairs) with a class, after clearing it everywhere. */
  mark(cls: 'match' | 'path' | 'new', ids: string[], edges: DrawEdge[] = []): void {
    this.cy.elements().removeClass(cls);
    for (const id of ids) this.cy.getElementById(id).addClass(cls);
    const pairs = new Set(edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
    this.cy.edges().filter((e) => pairs.has(`${e.source().id()}|${e.target().id()}`)).addClass(cls);
    this.cull();
  }

  marked(cls: 'match' | 'path' | 'new'): string[] {
    return this.cy.nodes(`.${cls}`).map((n) => n.id());
  }

  /** Hides the nodes the predicate refuses (and their edges). */
  filter(visible: (id: string) => boolean): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        if (visible(n.id())) n.removeClass('hidden');
        else n.addClass('hidden');
      });
    });
    this.cull();
  }

  select(id: string): void {
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
      const { x1, y1, x2, y2 } = node.renderedBoundingBox({});
      // Centred only when it is out of view: a click should not move what was clicked.
      if (x2 < 0 || y2 < 0 || x1 > this.cy.width() || y1 > this.cy.height()) this.cy.center(node);
      this.cull();
    }
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  visibleIds(): string[] {
    return this.cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => n.id());
  }

  /** The drawn graph as it is: its nodes and relationships, for an export. */
  drawn(): { nodes: string[]; edges: DrawEdge[] } {
    const shown = this.cy.elements(':visible');
    return {
      nodes: shown.nodes().map((n) => n.id()),
      edges: shown.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), type: String(e.data('type')) })),
    };
  }

  label(id: string): string {
    return String(this.cy.getElementById(id).data('label') ?? id);
  }

  /** The relationships of a node in view: type, direction and the other end. */
  relationships(id: string): { type: string; outgoing: boolean; other: string }[] {
    return this.cy
      .getElementById(id)
      .connectedEdges()
      .map((e) => ({ type: String(e.data('type')), outgoing: e.source().id() === id, other: e.source().id() === id ? e.target().id() : e.source().id() }));
  }

  edgeCount(): number {
    return this.cy.edges(':visible').length;
  }

  /** The whole drawing as a PNG (twice the screen's resolution) or an SVG. */
  picture(format: 'png' | 'svg'): Blob {
    if (format === 'png') return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob;
    const text = (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
    return new Blob([text], { type: 'image/svg+xml' });
  }

  clear(): void {
    this.cy.elements().remove();
  }
}

/** The pie segments of a node: an equal share for each cluster it worked on (none: its plain colour). */
function pieOf(clusters: readonly string[]): Record<string, number> {
  const share = clusters.length ? 100 / clusters.length : 0;
  return Object.fromEntries(CLUSTERS.map((c, i) => [`pie${i + 1}`, clusters.includes(c.code) ? share : 0]));
}

