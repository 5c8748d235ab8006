import { randomUUID } from 'node:crypto';
import { LABELS, RELATIONSHIP_SPECS, relationshipKey, withDerivedProperties } from '../domain';
import type { GraphStore } from '../graph/store';
import { staging } from '../graph/queries';
import { batches, DatasetError, DEFAULT_BATCH, type Dataset } from './dataset';

/**
 * The import in bounded transactions, all or nothing (see graph/queries/staging.ts): stage every
 * row, then clear (a replace) and publish, or merge (an upsert), recorded in a journal so that an
 * interruption is discarded (while staging) or finished (once clearing, publishing or merging has
 * begun) by the next import or start. What every import on Neo4j gets (importer.ts).
 */

/** A journal touched this recently belongs to an import still running, in this or another process. */
export const BUSY_MS = 120_000;

export interface StagedProgress {
  phase: 'clearing' | 'nodes' | 'relationships' | 'publishing' | 'merging';
  done: number;
  total: number;
}

type Report = (p: StagedProgress) => void;

const now = () => new Date().toISOString();

/** Runs a batch statement until it reports nothing left, adding up what it did. */
async function drain(run: () => Promise<{ count: number }[]>, report: (done: number) => void | Promise<unknown>): Promise<number> {
  let done = 0;
  for (;;) {
    const [row] = await run();
    if (!row || row.count === 0) return done;
    done += row.count;
    await report(done);
  }
}

/** Marks the import alive in its state, so that nobody else takes it for interrupted. */
const touch = (store: GraphStore, id: string, state: string) => store.write(staging.setState, { import: id, state, at: now() });

async function discard(store: GraphStore, id: string, size: number): Promise<void> {
  await drain(() => store.write(staging.discardBatch, { import: id, limit: size }), () => undefined);
  await store.write(staging.end, { import: id });
}

/** Clears the old graph (a replace) and publishes the staged nodes; the journal says how far it got. */
async function publish(store: GraphStore, id: string, replace: boolean, size: number, report: Report, totals = { existing: 0, staged: 0 }): Promise<void> {
  if (replace) {
    await touch(store, id, 'CLEARING');
    await drain(
      () => store.write(staging.clearLiveBatch, { limit: size }),
      (done) => (report({ phase: 'clearing', done, total: Math.max(done, totals.existing) }), touch(store, id, 'CLEARING')),
    );
  }
  await touch(store, id, 'PUBLISHING');
  let done = 0;
  for (const label of LABELS) {
    done += await drain(
      () => store.write(staging.publishBatch(label), { import: id, label, limit: size }),
      (n) => (report({ phase: 'publishing', done: done + n, total: totals.staged }), touch(store, id, 'PUBLISHING')),
    );
  }
  await store.write(staging.end, { import: id });
}

/** Upserts the staged records into the graph, nodes before relationships, using each one up. */
async function merge(store: GraphStore, id: string, size: number, report: Report, total = 0): Promise<void> {
  await touch(store, id, 'MERGING');
  let done = 0;
  const merged = (n: number) => (report({ phase: 'merging', done: done + n, total }), touch(store, id, 'MERGING'));
  for (const label of LABELS) {
    done += await drain(() => store.write(staging.mergeNodes(label), { import: id, label, limit: size }), merged);
  }
  for (const spec of RELATIONSHIP_SPECS) {
    const rel = relationshipKey(spec);
    done += await drain(() => store.write(staging.mergeRelationships(spec), { import: id, rel, limit: size }), merged);
  }
  // Only a relationship whose live end was deleted while the import ran is left; it cannot be placed.
  const [{ count: left }] = await store.read<{ count: number }>(staging.stagedLeft, { import: id });
  await discard(store, id, size);
  if (left > 0) throw new DatasetError([`${left} relationships lost an end that was deleted while importing; everything else is in the graph`]);
}

/**
 * Settles imports that were interrupted: discards one that was staging, finishes one that was
 * clearing, publishing or merging. A journal touched in the last BUSY_MS is an import still running:
 * `refuse` throws (a second import must wait), `skip` leaves it (a service starting beside it).
 */
export async function recoverImports(store: GraphStore, busy: 'refuse' | 'skip', size = DEFAULT_BATCH, busyMs = BUSY_MS): Promise<void> {
  for (const j of await store.read<{ id: string; state: string; replace: boolean; touched: string }>(staging.journals)) {
    if (Date.now() - Date.parse(j.touched) < busyMs) {
      if (busy === 'skip') continue;
      throw new DatasetError([`another import (${j.id}, ${j.state.toLowerCase()}) was active at ${j.touched}: it is running, or was interrupted less than ${busyMs / 60_000} minutes ago; try again when it has finished`]);
    }
    if (j.state === 'STAGING') await discard(store, j.id, size);
    else if (j.state === 'MERGING') await merge(store, j.id, size, () => undefined);
    else await publish(store, j.id, j.state === 'CLEARING', size, () => undefined);
  }
}

export interface StagedOptions {
  /** `create` links the staged nodes and publishes them; `upsert` merges staged records into the graph. */
  mode: 'create' | 'upsert';
  replace: boolean;
  /** Nodes in the graph before (what a replace clears). */
  existing: number;
  dryRun: boolean;
  batchSize: number;
  onProgress: Report;
}

/**
 * Imports a validated dataset (its ends checked: in the dataset, or for an upsert in the graph),
 * once recoverImports has settled earlier imports (importDataset does).
 */
export async function importStaged(store: GraphStore, dataset: Dataset, options: StagedOptions): Promise<void> {
  const { batchSize: size, onProgress: report } = options;
  const id = randomUUID();
  await store.write(staging.begin, { import: id, state: 'STAGING', replace: options.replace, at: now() });
  const totalNodes = [...dataset.nodes.values()].reduce((n, r) => n + r.length, 0);
  try {
    let done = 0;
    for (const label of LABELS) {
      for (const batch of batches(dataset.nodes.get(label) ?? [], size)) {
        await store.write(staging.stageNodes, { rows: batch.map((r) => withDerivedProperties(label, r.props)), import: id, label });
        await touch(store, id, 'STAGING');
        report({ phase: 'nodes', done: (done += batch.length), total: totalNodes });
      }
    }
    done = 0;
    const totalRels = dataset.relationships.reduce((n, g) => n + g.rows.length, 0);
    for (const { spec, rows } of dataset.relationships) {
      for (const batch of batches(rows, size)) {
        const records = batch.map((r) => ({ from: r.from, to: r.to, props: r.props }));
        const [row] = await (options.mode === 'create'
          ? store.write<{ count: number }>(staging.stageRelationships(spec), { rows: records, import: id, fromLabel: spec.from, toLabel: spec.to })
          : store.write<{ count: number }>(staging.stageRelationshipRecords, { rows: records, import: id, rel: relationshipKey(spec) }));
        if ((row?.count ?? 0) !== batch.length) throw new DatasetError([`${spec.type}: ${batch.length - (row?.count ?? 0)} relationships have an end outside the dataset`]);
        await touch(store, id, 'STAGING');
        report({ phase: 'relationships', done: (done += batch.length), total: totalRels });
      }
    }
  } catch (error) {
    await discard(store, id, size).catch(() => undefined);
    throw error;
  }
  if (options.dryRun) return discard(store, id, size);
  if (options.mode === 'upsert') return merge(store, id, size, report, totalNodes + dataset.relationships.reduce((n, g) => n + g.rows.length, 0));
  await publish(store, id, options.replace, size, report, { existing: options.existing, staged: totalNodes });
}
