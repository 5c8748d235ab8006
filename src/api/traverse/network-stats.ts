import { networkEvolution, type EventCityTable, type Evolution, type FigureGraph, type Figures, type FigureScope, type ProjectionSource } from '../../domain';
import { readFigureGraph, refreshFigureGraph } from '../../graph/figure-reader';
import { Kept } from '../../graph/kept';
import type { NodeRef } from '../../graph/written-nodes';
import type { GraphStore } from '../../graph/store';
import { withTimeout } from '../../graph/timed-store';
import { inOwnTurn } from '../../graph/turns';

export type NetworkStatsObject = Figures;

/**
 * What an ask of figures costs beyond reading the kept graph: one pass over the counted nodes
 * (a whole-label read's worth of work, done in memory).
 */
export const FIGURE_SCANS = 1;

/**
 * The network's figures, kept current as writes commit: the part of the graph they are made of
 * is kept in memory (domain/figure-graph.ts), read once (at start, or on the first ask) and again
 * after an import, and every committed write reads its nodes into it again before it answers.
 * A scope's figures are computed from it when first asked after a change and kept until the
 * next one. An ask waits at most `waitMs` for the first reading (TIMEOUT), which goes on.
 */
export class KeptFigures {
  private readonly graph: Kept<FigureGraph>;
  private readonly kept = new Map<string, Promise<unknown>>();

  /** `store`: where the graph is read (the background lane: the first reading scans it). */
  constructor(
    private readonly store: GraphStore,
    private readonly waitMs = Infinity,
  ) {
    this.graph = new Kept(async () => {
      const graph = await readFigureGraph(this.store);
      graph.prepare();
      return graph;
    });
  }

  private async current(what: string): Promise<FigureGraph> {
    const reading = this.graph.current();
    return Number.isFinite(this.waitMs) ? withTimeout(reading, this.waitMs, what) : reading;
  }

  /** A scope's figures, of the network as it stands or as it stood on `asOf` (a day). */
  async get(scope: FigureScope, asOf: string | null = null): Promise<Figures> {
    const graph = await this.current(`figures of ${scope.kind}`);
    return this.keep(JSON.stringify(['figures', scope, asOf]), () => inOwnTurn(() => (asOf === null ? graph : graph.asOf(asOf)).figures(scope)));
  }

  /**
   * Computes the network's figures and those of the city most practitioners are based in, kept
   * as any ask's, so that the first asks after start meet compiled code: at 1,000,000
   * practitioners a hub city's first ask took 205 ms as the first figures asked, 117 ms after these.
   */
  async warm(): Promise<void> {
    const city = (await this.graph.current()).busiestCity();
    await Promise.all([this.get({ kind: 'network' }), city === undefined ? undefined : this.get({ kind: 'city', city })]);
  }

  /** The network year by year, computed when first asked after a change. */
  evolution(): Promise<Evolution> {
    return this.keep('evolution', async () => {
      const graph = await this.current('the network over time');
      return inOwnTurn(() => networkEvolution(graph.activity()));
    });
  }

  /** Every event with the home cities of its participants (the exchange between cities). */
  async eventCities(): Promise<EventCityTable> {
    const graph = await this.current('the exchange between cities');
    return inOwnTurn(() => graph.eventCities());
  }

  /** The network analytics' rows, from the kept graph (no whole-graph read of the store). */
  async projection(asOf: string | null = null): Promise<ProjectionSource> {
    const graph = await this.graph.current();
    return (asOf === null ? graph : graph.asOf(asOf)).projection();
  }

  refresh(nodes: readonly NodeRef[]): Promise<void> {
    this.forget();
    return this.graph.update(async (graph) => {
      await refreshFigureGraph(this.store, graph, nodes);
      this.forget();
    });
  }

  rebuild(): Promise<void> {
    this.forget();
    return this.graph.rebuild().finally(() => this.forget());
  }

  /** A value computed from the graph (the evolution) or read from the store (the exchange's ties), kept until the next change; a failure is not kept. */
  keep<T>(key: string, read: () => Promise<T>): Promise<T> {
    let value = this.kept.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      this.kept.set(key, value);
      value.catch(() => this.kept.get(key) === value && this.kept.delete(key));
    }
    return value;
  }

  private forget(): void {
    this.kept.clear();
  }
}
