import { LABELS, withDerivedProperties, type Label } from '../domain';
import type { GraphStore, GraphTransaction } from '../graph/store';
import { nodes, relationships, stats } from '../graph/queries';
import { DatasetError, formatOrigin, type Dataset } from './dataset';
import type { DanglingEnd } from './csv/reader';
import { appendTo } from './multimap';

export interface ImportProgress {
  phase: 'clearing' | 'nodes' | 'relationships';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Remove everything in the graph first. */
  replace?: boolean;
  /** Run everything, report what would change, then roll back. */
  dryRun?: boolean;
  /** Ends the dataset refers to but does not define; they must exist in the graph. */
  dangling?: DanglingEnd[];
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportSummary {
  /** `create` into an empty (or replaced) graph, `upsert` by id into a graph with data. */
  mode: 'create' | 'upsert';
  dryRun: boolean;
  replaced: boolean;
  nodes: Partial<Record<Label, number>>;
  relationships: Record<string, number>;
  seconds: number;
}

class DryRunRollback extends Error {}

const DEFAULT_BATCH = 5000;

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function clear(tx: GraphTransaction, report: (done: number) => void): Promise<void> {
  let removed = 0;
  for (;;) {
    const [row] = await tx.run<{ count: number }>(nodes.deleteNodesBatch, { limit: 10_000 });
    if (!row || row.count === 0) return;
    removed += row.count;
    report(removed);
  }
}

/** Ends the dataset refers to but does not define must already be in the graph. */
async function checkDangling(tx: GraphTransaction, dangling: DanglingEnd[], size: number): Promise<void> {
  const problems: string[] = [];
  const byLabel = new Map<Label, DanglingEnd[]>();
  for (const end of dangling) appendTo(byLabel, end.label, end);
  for (const [label, ends] of byLabel) {
    const found = new Set<string>();
    for (const ids of batches([...new Set(ends.map((e) => e.id))], size)) {
      for (const row of await tx.run<{ id: string }>(nodes.existingIds(label), { ids })) found.add(row.id);
    }
    for (const end of ends) {
      if (!found.has(end.id)) problems.push(`${formatOrigin(end.origin)}: "${end.id}" is not a ${label} of this dataset or of the graph`);
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
}

/**
 * Imports a validated dataset in one transaction: it applies completely or not at all, also
 * when the process dies half-way (an uncommitted transaction leaves nothing behind).
 */
export async function importDataset(store: GraphStore, dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const size = options.batchSize ?? DEFAULT_BATCH;
  const progress = options.onProgress ?? (() => undefined);
  const [{ count: existing }] = await store.read<{ count: number }>(stats.totalNodes);
  const replaced = Boolean(options.replace) && existing > 0;
  const mode = options.replace || existing === 0 ? 'create' : 'upsert';
  const summary: ImportSummary = { mode, dryRun: Boolean(options.dryRun), replaced, nodes: {}, relationships: {}, seconds: 0 };
  const totalNodes = [...dataset.nodes.values()].reduce((n, r) => n + r.length, 0);
  const totalRels = dataset.relationships.reduce((n, g) => n + g.rows.length, 0);

  const work = async (tx: GraphTransaction) => {
    // Neo4j may run this again on a transient error: start the counts afresh.
    summary.nodes = {};
    summary.relationships = {};
    if (replaced) await clear(tx, (done) => progress({ phase: 'clearing', done, total: existing }));
    if (options.dangling?.length) await checkDangling(tx, options.dangling, size);
    let done = 0;
    for (const label of LABELS) {
      const rows = dataset.nodes.get(label) ?? [];
      const stmt = mode === 'create' ? nodes.createNodes(label) : nodes.upsertNodes(label);
      for (const batch of batches(rows, size)) {
        await tx.run(stmt, { rows: batch.map((r) => withDerivedProperties(label, r.props)) });
        done += batch.length;
        progress({ phase: 'nodes', done, total: totalNodes });
      }
      if (rows.length > 0) summary.nodes[label] = rows.length;
    }
    done = 0;
    for (const { spec, rows } of dataset.relationships) {
      const stmt = mode === 'create' ? relationships.createRelationships(spec) : relationships.upsertRelationships(spec);
      for (const batch of batches(rows, size)) {
        const [row] = await tx.run<{ count: number }>(stmt, {
          rows: batch.map((r) => ({ from: r.from, to: r.to, props: r.props })),
        });
        if ((row?.count ?? 0) !== batch.length) {
          // The reader checked every end, so this is a graph that changed underneath us.
          throw new DatasetError([`${spec.type}: ${batch.length - (row?.count ?? 0)} relationships lost an end while importing`]);
        }
        done += batch.length;
        progress({ phase: 'relationships', done, total: totalRels });
      }
      summary.relationships[spec.type] = (summary.relationships[spec.type] ?? 0) + rows.length;
    }
    if (options.dryRun) throw new DryRunRollback();
  };

  try {
    await store.transaction(work);
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
