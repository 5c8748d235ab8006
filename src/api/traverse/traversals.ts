import { inWindow, LABELS, parseGlobalId, relationshipSentence, type Label, type RelationshipType } from '../../domain';
import { yearWindow } from '../read/year-window';
import type { GraphStore } from '../../graph/store';
import { ApiError, invalidInput } from '../errors';
import { shownName, type NodeObject } from '../read/node-object';
import { rangeArgument } from '../read/range-argument';
import { propertyViolations } from '../read/property-argument';
import { SIZES, sizeOf } from '../limits/list-sizes';
import type { GraphReader } from '../read/reader';
import { kindOfLabel, labelOfKind, type NodeKind } from '../../domain';
import { cityExchangeAnswer, type CityExchangeArgs } from './exchange';
import { neighbourhood } from './neighbourhood';
import { KeptFigures, type NetworkStatsObject } from './network-stats';
import { shortestPath } from './path-finder';
import { recommendPeers } from './peers';
import { knowledgeTransfers } from './transfers';
import { GraphWalker, refId, type NodeRef } from './walker';
import { practitionersWorkingOn, type WorkingOnRequest } from './working-on';

export interface PathStepObject {
  from: NodeObject;
  to: NodeObject;
  relationship: string;
  sentence: string;
}

/** A node as drawn: what neighbourhoods and paths answer for each of their nodes. */
export interface GraphNodeObject {
  id: string;
  kind: NodeKind;
  label: string;
  /** Steps from the neighbourhood's centre or the path's start. */
  depth: number;
}

export interface PathObject {
  length: number;
  nodes: GraphNodeObject[];
  steps: PathStepObject[];
}

/** Where a path may go: nodes of these kinds between its ends, over these relationship types (all when absent or empty), on a day. */
export interface PathScopeArgs {
  via?: readonly NodeKind[] | null;
  over?: readonly RelationshipType[] | null;
  asOf?: string | null;
}


const graphNode = (id: string, label: Label, name: string, depth: number): GraphNodeObject => ({ id, kind: kindOfLabel(label), label: name, depth });

/**
 * The network questions of one request (practitioners working on something, paths,
 * neighbourhoods, peers, transfers, figures). Resolvers call one method each.
 */
export class Traversals {
  private readonly walker: GraphWalker;

  constructor(
    private readonly store: GraphStore,
    private readonly reader: GraphReader,
    private readonly figures: KeptFigures,
  ) {
    this.walker = new GraphWalker(store);
  }

  workingOn(req: WorkingOnRequest) {
    return practitionersWorkingOn(this.store, this.reader, req);
  }

  /** A node named by global id (or label and name, "City:Sao Paulo"); NOT_FOUND with the closest names otherwise. */
  private async existing(id: string, argument: string): Promise<NodeObject> {
    const parsed = parseGlobalId(id);
    if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
    return this.reader.nodeNamed(parsed.label, id, argument);
  }

  /** A node an argument names that was there on the walk's day; NOT_FOUND saying so when it was not yet. */
  private async begun(walker: GraphWalker, node: NodeObject, asOf: string | null | undefined, argument: string): Promise<void> {
    if (asOf && !(await walker.begun({ label: node.__label, key: node.key }))) {
      throw new ApiError('NOT_FOUND', `${argument}: ${node.id} was not yet part of the network on ${asOf}.`, { argument });
    }
  }

  async connectionPath(from: string, to: string, requestedHops: number | null, { via, over, asOf }: PathScopeArgs = {}): Promise<PathObject | null> {
    const maxHops = sizeOf(SIZES.pathHops, requestedHops);
    const [a, b] = await Promise.all([this.existing(from, 'from'), this.existing(to, 'to')]);
    const walker = this.walker.within({ labels: via?.length ? via.map(labelOfKind) : LABELS, types: over?.length ? over : null, asOf });
    await Promise.all([this.begun(walker, a, asOf, 'from'), this.begun(walker, b, asOf, 'to')]);
    const steps = await shortestPath(walker, { label: a.__label, key: a.key }, { label: b.__label, key: b.key }, maxHops);
    if (steps === null) return null;
    const refs: NodeRef[] = [{ label: a.__label, key: a.key }, ...steps.map((s) => s.to)];
    const nodes = (await Promise.all(refs.map((r) => this.reader.node(r.label, r.key)))) as NodeObject[];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      length: steps.length,
      nodes: nodes.map((n, depth) => graphNode(n.id, n.__label, shownName(n), depth)),
      steps: steps.map((s) => {
        const [fromNode, toNode] = [byId.get(refId(s.from))!, byId.get(refId(s.to))!];
        const { type, direction } = s.link.steps[0];
        const [start, end] = direction === 'out' ? [fromNode, toNode] : [toNode, fromNode];
        return {
          from: fromNode,
          to: toNode,
          relationship: type,
          sentence: relationshipSentence(type, { label: start.__label, name: shownName(start) }, { label: end.__label, name: shownName(end) }),
        };
      }),
    };
  }

  async neighbourhood(id: string, depth: number, requestedLimit: number | null, kinds?: readonly NodeKind[] | null, asOf?: string | null) {
    rangeArgument(depth, 1, 3, 'depth');
    const limit = sizeOf(SIZES.neighbourhood, requestedLimit);
    const centre = await this.existing(id, 'id');
    const labels: readonly Label[] = kinds?.length ? kinds.map(labelOfKind) : LABELS;
    const walker = asOf ? this.walker.within({ labels: LABELS, types: null, asOf }) : this.walker;
    await this.begun(walker, centre, asOf, 'id');
    const graph = await neighbourhood(walker, { label: centre.__label, key: centre.key, name: shownName(centre) }, depth, limit, labels);
    return { ...graph, nodes: graph.nodes.map((n) => graphNode(n.id, n.label, n.name, n.depth)) };
  }

  /** Every relationship among the nodes of these global ids (ids that are not node ids are left out). */
  edgesAmong(ids: readonly string[]) {
    const refs = ids.flatMap((id) => {
      const parsed = parseGlobalId(id);
      return parsed.ok ? [{ label: parsed.label, key: parsed.key }] : [];
    });
    return this.walker.edgesAmong(refs);
  }

  peers(args: { practitioner: string; topic?: string | null; first?: number | null }) {
    return recommendPeers(this.store, this.reader, args);
  }

  transfers(args: { cluster?: string | null; fromRegion?: string | null; toRegion?: string | null; first?: number | null }) {
    return knowledgeTransfers(this.store, args);
  }

  cityExchange(args: CityExchangeArgs) {
    return cityExchangeAnswer(this.store, this.figures, this.reader, args);
  }

  async networkEvolution(from: number | null, to: number | null) {
    const window = yearWindow(from, to);
    const evolution = await this.figures.evolution();
    return { ...evolution, years: evolution.years.filter((y) => inWindow(y.year, window)) };
  }

  networkStats(phase?: number | null, region?: string | null, asOf: string | null = null): Promise<NetworkStatsObject> {
    const violations = propertyViolations('Event', { phase });
    if (violations.length) throw invalidInput(violations, 'phase');
    if (phase != null && region != null) return this.figures.get({ kind: 'phaseRegion', phase, region }, asOf);
    if (phase != null) return this.figures.get({ kind: 'phase', phase }, asOf);
    if (region != null) return this.figures.get({ kind: 'region', region }, asOf);
    return this.figures.get({ kind: 'network' }, asOf);
  }

  cityStats(cityKey: string): Promise<NetworkStatsObject> {
    return this.figures.get({ kind: 'city', city: cityKey });
  }

  clusterStats(clusterKey: string): Promise<NetworkStatsObject> {
    return this.figures.get({ kind: 'cluster', cluster: clusterKey });
  }
}
