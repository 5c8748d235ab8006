import cytoscape from 'cytoscape';
import { clusterColour, KINDS, typeOfId } from './clusters';
import type { NodeFacets } from './facets';

/**
 * The drawn graph (Cytoscape.js): nodes shaped by kind and coloured by their first cluster, grown
 * by adding subgraphs, with classes for what is highlighted and what the filters hide.
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

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '110px',
      'text-wrap': 'ellipsis',
      width: 18,
      height: 18,
      'background-color': 'data(colour)',
      'border-width': 1,
      'border-color': '#fff',
      color: '#1a202c',
    },
  },
  ...KINDS.map((k) => ({ selector: `node[type = "${k.type}"]`, style: { shape: k.shape } }) as cytoscape.StylesheetJsonBlock),
  { selector: 'edge', style: { width: 1, 'line-color': '#a0aec0', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#a0aec0', 'arrow-scale': 0.6 } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a202c' } },
  { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#d69e2e', width: 24, height: 24 } },
  { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#e53e3e', width: 24, height: 24 } },
  { selector: 'edge.path', style: { width: 3, 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e' } },
  { selector: 'edge.match', style: { width: 2, 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e' } },
  { selector: '.hidden', style: { display: 'none' } },
];

export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement, onSelect: (id: string) => void) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.id()));
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds what is not drawn yet; lays the graph out again when anything was added. */
  add(nodes: DrawNode[], edges: DrawEdge[]): number {
    const before = this.cy.elements().length;
    this.cy.batch(() => {
      for (const n of nodes) {
        if (!this.has(n.id)) this.cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: typeOfId(n.id), colour: clusterColour(undefined) } });
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

  layout(): void {
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60, fit: true, padding: 20 } as cytoscape.LayoutOptions).run();
  }

  /** Names and colours from the facets. */
  describe(facets: NodeFacets[]): void {
    this.cy.batch(() => {
      for (const f of facets) {
        const node = this.cy.getElementById(f.id);
        if (node.nonempty()) node.data({ label: f.name, colour: clusterColour(f.clusters[0]) });
      }
    });
  }

  /** Marks these nodes (and the edges among the given pairs) with a class, after clearing it everywhere. */
  mark(cls: 'match' | 'path', ids: string[], edges: DrawEdge[] = []): void {
    this.cy.elements().removeClass(cls);
    for (const id of ids) this.cy.getElementById(id).addClass(cls);
    const pairs = new Set(edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
    this.cy.edges().filter((e) => pairs.has(`${e.source().id()}|${e.target().id()}`)).addClass(cls);
  }

  marked(cls: 'match' | 'path'): string[] {
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
  }

  select(id: string): void {
    this.cy.nodes().unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) {
      node.select();
      this.cy.animate({ center: { eles: node } }, { duration: 200 });
    }
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  visibleIds(): string[] {
    return this.cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => n.id());
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
    return this.cy.edges().length;
  }

  clear(): void {
    this.cy.elements().remove();
  }
}
