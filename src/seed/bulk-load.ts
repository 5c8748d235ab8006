import { withDerivedProperties, type Label, type Properties, type RelationshipSpec } from '../domain';
import type { BulkRelationship, BulkReplacement } from '../graph/store';
import { readRows, type RowSink } from './csv/reader';
import type { NodeRow, RelationshipRow } from './dataset';

/** Rows per engine call: large enough that a call's fixed cost vanishes, small enough to stream. */
const BULK_BATCH = 20_000;

export interface BulkCounts {
  nodes: Partial<Record<Label, number>>;
  relationships: Record<string, number>;
}

/**
 * Writes the rows the reader passes into a new graph, a batch at a time, remembering only each
 * node's number in the engine (by its place in the dataset) to join the relationships to. One
 * relationship batch is written while the reader reads the next.
 */
class BulkSink implements RowSink {
  readonly counts: BulkCounts = { nodes: {}, relationships: {} };
  private readonly numbers = new Map<Label, number[]>();
  private nodes: { label: Label; rows: Properties[] } | undefined;
  private relationships: BulkRelationship[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly target: BulkReplacement) {}

  node(label: Label, row: NodeRow, ordinal: number): Promise<void> | undefined {
    if (this.nodes && this.nodes.label !== label) return this.flushNodes().then(() => this.node(label, row, ordinal));
    // A node's number is found by its place among its label's nodes: they must come in that order.
    if (ordinal !== (this.counts.nodes[label] ?? 0)) throw new Error(`${label} "${row.props.id}" came out of order (${ordinal})`);
    this.nodes ??= { label, rows: [] };
    this.nodes.rows.push(withDerivedProperties(label, row.props));
    this.counts.nodes[label] = (this.counts.nodes[label] ?? 0) + 1;
    return this.nodes.rows.length >= BULK_BATCH ? this.flushNodes() : undefined;
  }

  relationship(spec: RelationshipSpec, row: RelationshipRow, ends: { from: number; to: number }): Promise<void> | undefined {
    // Every node file is read before the first relationship file.
    if (this.nodes) return this.flushNodes().then(() => this.relationship(spec, row, ends));
    this.relationships.push({ from: this.numbers.get(spec.from)![ends.from], to: this.numbers.get(spec.to)![ends.to], type: spec.type, properties: row.props });
    this.counts.relationships[spec.type] = (this.counts.relationships[spec.type] ?? 0) + 1;
    return this.relationships.length >= BULK_BATCH ? this.flushRelationships() : undefined;
  }

  async finish(): Promise<void> {
    await this.flushNodes();
    await this.flushRelationships();
    await this.writing;
  }

  private async flushNodes(): Promise<void> {
    if (!this.nodes) return;
    const { label, rows } = this.nodes;
    this.nodes = undefined;
    const numbers = this.numbers.get(label) ?? this.numbers.set(label, []).get(label)!;
    for (const n of await this.target.createNodes(label, rows)) numbers.push(n);
  }

  private async flushRelationships(): Promise<void> {
    const rows = this.relationships;
    this.relationships = [];
    if (rows.length === 0) return;
    // The engine converts a batch on this thread and writes it on its own: converting the next
    // while it writes this one keeps both busy. Two in flight at most.
    const earlier = this.writing;
    const now = this.target.createRelationships(rows);
    // Its failure is met by the next flush or finish; until then it must not count as unhandled.
    now.catch(() => undefined);
    this.writing = now;
    await earlier;
  }
}

/**
 * Reads a dataset's files into a new graph: every row checked as readDataset checks it, nothing
 * held but the nodes' numbers and what the checks need. Throws DatasetError (the new graph then
 * holds part of the dataset: discard it).
 */
export async function loadInBulk(target: BulkReplacement, dir: string, onBytes?: (done: number, total: number) => void): Promise<BulkCounts> {
  const sink = new BulkSink(target);
  try {
    await readRows(dir, sink, { onProgress: onBytes });
  } catch (error) {
    // Let a batch still being written end before the caller discards the graph under it.
    await sink.finish().catch(() => undefined);
    throw error;
  }
  await sink.finish();
  return sink.counts;
}
