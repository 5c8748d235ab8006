import { RELATIONSHIP_SPECS, withDerivedProperties, type Label, type Properties, type RelationshipSpec } from '../domain';
import type { RowSink } from './csv/reader';
import type { NodeRow, RelationshipRow } from './dataset';

/**
 * What the reading worker (bulk-read-worker.ts) sends the loader (bulk-load.ts): the valid rows of
 * a dataset in batches, a relationship's ends as the numbers of its nodes among their label's
 * (the order the loader created them in). A batch's relationships share few distinct sets of
 * properties (a role and the synthetic mark), one object each (the reader's KnownSets): each is
 * sent once, and a relationship names its set's place in `properties` — copying an object per row
 * between the threads cost the loader's thread about a microsecond a relationship.
 */
export type BulkBatch =
  | { kind: 'nodes'; label: Label; rows: Properties[] }
  | { kind: 'relationships'; spec: number; starts: Float64Array; ends: Float64Array; sets: Uint32Array; properties: Properties[] };

export type WorkerMessage =
  | BulkBatch
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done' }
  | { kind: 'problems'; problems: string[] }
  | { kind: 'error'; message: string };

/** Rows per batch: large enough that an engine call's fixed cost vanishes, small enough to stream. */
export const BULK_BATCH = 20_000;

/** Batches sent and not yet taken by the loader; the reader waits beyond this, so memory stays bounded. */
const IN_FLIGHT = 4;

interface RelationshipsGathered {
  spec: RelationshipSpec;
  starts: number[];
  ends: number[];
  sets: number[];
  properties: Properties[];
  /** A set of properties → its place in `properties`. */
  setOf: Map<Properties, number>;
}

/** Gathers the rows the reader passes into batches and sends them, waiting while the loader is behind. */
export class BatchingSink implements RowSink {
  private nodes: { label: Label; rows: Properties[] } | undefined;
  private relationships: RelationshipsGathered | undefined;
  private readonly counts = new Map<Label, number>();
  private unacknowledged = 0;
  private wake: (() => void) | undefined;

  constructor(
    private readonly post: (message: BulkBatch, transfer: ArrayBuffer[]) => void,
    private readonly batchRows = BULK_BATCH,
  ) {}

  node(label: Label, row: NodeRow, ordinal: number): Promise<void> | undefined {
    // The loader numbers a label's nodes in the order they come: it must be the dataset's.
    const count = this.counts.get(label) ?? 0;
    if (ordinal !== count) throw new Error(`${label} "${row.props.id}" came out of order (${ordinal}, expected ${count})`);
    this.counts.set(label, count + 1);
    const switching = this.nodes && this.nodes.label !== label ? this.flushNodes() : undefined;
    this.nodes ??= { label, rows: [] };
    this.nodes.rows.push(withDerivedProperties(label, row.props));
    const full = this.nodes.rows.length >= this.batchRows ? this.flushNodes() : undefined;
    return switching || full ? Promise.all([switching, full]).then(() => undefined) : undefined;
  }

  relationship(spec: RelationshipSpec, row: RelationshipRow, ends: { from: number; to: number }): Promise<void> | undefined {
    // Every node file is read before the first relationship file.
    const switching = this.nodes ? this.flushNodes() : this.relationships && this.relationships.spec !== spec ? this.flushRelationships() : undefined;
    const batch = (this.relationships ??= { spec, starts: [], ends: [], sets: [], properties: [], setOf: new Map<Properties, number>() });
    batch.starts.push(ends.from);
    batch.ends.push(ends.to);
    // Rows with the same properties share one object (the reader's KnownSets).
    let set = batch.setOf.get(row.props);
    if (set === undefined) batch.setOf.set(row.props, (set = batch.properties.push(row.props) - 1));
    batch.sets.push(set);
    const full = batch.starts.length >= this.batchRows ? this.flushRelationships() : undefined;
    return switching || full ? Promise.all([switching, full]).then(() => undefined) : undefined;
  }

  /** The loader has taken a batch. */
  taken(): void {
    this.unacknowledged--;
    this.wake?.();
  }

  async end(): Promise<void> {
    await this.flushNodes();
    await this.flushRelationships();
  }

  private flushNodes(): Promise<void> | undefined {
    if (!this.nodes) return undefined;
    const { label, rows } = this.nodes;
    this.nodes = undefined;
    return this.send({ kind: 'nodes', label, rows }, []);
  }

  private flushRelationships(): Promise<void> | undefined {
    if (!this.relationships) return undefined;
    const { spec, starts, ends, sets, properties } = this.relationships;
    this.relationships = undefined;
    const batch = {
      kind: 'relationships' as const,
      spec: RELATIONSHIP_SPECS.indexOf(spec),
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      sets: Uint32Array.from(sets),
      properties,
    };
    return this.send(batch, [batch.starts.buffer, batch.ends.buffer, batch.sets.buffer]);
  }

  private async send(batch: BulkBatch, transfer: ArrayBuffer[]): Promise<void> {
    this.post(batch, transfer);
    this.unacknowledged++;
    while (this.unacknowledged >= IN_FLIGHT) await new Promise<void>((resolve) => (this.wake = resolve));
  }
}
