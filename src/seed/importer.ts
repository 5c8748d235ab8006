import { LABELS, withDerivedProperties, type Label } from '../domain';
import type { GraphStore, GraphTransaction } from '../graph/store';
import { nodes, relationships, stats } from '../graph/queries';
import { batches, DatasetError, DEFAULT_BATCH, formatOrigin, type Dataset } from './dataset';
import type { DanglingEnd } from './csv/reader';
import { appendTo } from './multimap';
import { importStaged, recoverImports, type StagedProgress } from './staged-import';

export type ImportProgress = StagedProgress;

export interface ImportOptions {
  /** Remove everything in the graph first. */
  replace?: boolean;
  /** Run everything, report what would change, then roll back. */
  dryRun?: boolean;
  /** Ends the dataset refers to but does not define; they must exist in the graph. */
  dangling?: DanglingEnd[];
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /**
   * Stage, then publish or merge, in bounded transactions (staged-import.ts) rather than one:
   * what Neo4j gets, since it holds a transaction in its heap. Default: on Neo4j.
   */
  staged?: boolean;
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

/** A replace, or an import into an empty graph, creates; else the dataset is upserted by id. */
export const importMode = (replace: boolean | undefined, existing: number): ImportSummary['mode'] => (replace || existing === 0 ? 'create' : 'upsert');


async function clear(tx: GraphTransaction, report: (done: number) => void): Promise<void> {
  let removed = 0;
  for (;;) {
    const [row] = await tx.run<{ count: number }>(nodes.deleteNodesBatch, { limit: 10_000 });
    if (!row || row.count === 0) return;
    removed += row.count;
    report(removed);
  }
}

/** Reads which ids of a label the graph holds (in the import's transaction, or from the store). */
type ReadIds = (label: Label, ids: string[]) => Promise<{ id: string }[]>;

/** Ends the dataset refers to but does not define must already be in the graph. */
async function checkDangling(readIds: ReadIds, dangling: DanglingEnd[], size: number): Promise<void> {
  const problems: string[] = [];
  const byLabel = new Map<Label, DanglingEnd[]>();
  for (const end of dangling) appendTo(byLabel, end.label, end);
  for (const [label, ends] of byLabel) {
    const found = new Set<string>();
    for (const ids of batches([...new Set(ends.map((e) => e.id))], size)) {
      for (const row of await readIds(label, ids)) found.add(row.id);
    }
    for (const end of ends) {
      if (!found.has(end.id)) problems.push(`${formatOrigin(end.origin)}: "${end.id}" is not a ${label} of this dataset or of the graph`);
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
}

/**
 * Imports a validated dataset completely or not at all, also when the process dies half-way: in
 * one transaction (an uncommitted transaction leaves nothing behind), or on Neo4j in staged
 * batches (an interrupted import is discarded or finished).
 */
export async function importDataset(store: GraphStore, dataset: Dataset, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const size = options.batchSize ?? DEFAULT_BATCH;
  const progress = options.onProgress ?? (() => undefined);
  await recoverImports(store, 'refuse', size);
  const [{ count: existing }] = await store.read<{ count: number }>(stats.totalNodes);
  const replaced = Boolean(options.replace) && existing > 0;
  const mode = importMode(options.replace, existing);
  const summary: ImportSummary = { mode, dryRun: Boolean(options.dryRun), replaced, nodes: {}, relationships: {}, seconds: 0 };
  for (const label of LABELS) if (dataset.nodes.get(label)?.length) summary.nodes[label] = dataset.nodes.get(label)!.length;
  for (const { spec, rows } of dataset.relationships) summary.relationships[spec.type] = (summary.relationships[spec.type] ?? 0) + rows.length;
  const totalNodes = [...dataset.nodes.values()].reduce((n, r) => n + r.length, 0);
  const totalRels = dataset.relationships.reduce((n, g) => n + g.rows.length, 0);

  const work = async (tx: GraphTransaction) => {
    if (replaced) await clear(tx, (done) => progress({ phase: 'clearing', done, total: existing }));
    if (options.dangling?.length) await checkDangling((label, ids) => tx.run(nodes.existingIds(label), { ids }), options.dangling, size);
    let done = 0;
    for (const label of LABELS) {
      const rows = dataset.nodes.get(label) ?? [];
      const stmt = mode === 'create' ? nodes.createNodes(label) : nodes.upsertNodes(label);
      for (const batch of batches(rows, size)) {
        await tx.run(stmt, { rows: batch.map((r) => withDerivedProperties(label, r.props)) });
        done += batch.length;
        progress({ phase: 'nodes', done, total: totalNodes });
      }
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
    }
    if (options.dryRun) throw new DryRunRollback();
  };

  if (options.staged ?? store.engine === 'neo4j') {
    // The ends a dataset leaves out must be in the graph; a replaced graph keeps none of them.
    const readIds: ReadIds = async (label, ids) => (replaced ? [] : store.read(nodes.existingIds(label), { ids }));
    if (options.dangling?.length) await checkDangling(readIds, options.dangling, size);
    await importStaged(store, dataset, { mode, replace: replaced, existing, dryRun: Boolean(options.dryRun), batchSize: size, onProgress: progress });
  } else {
    try {
      await store.transaction(work);
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
