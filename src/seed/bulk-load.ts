import { on } from 'node:events';
import { startWorker } from '../built-path';
import { RELATIONSHIP_SPECS, type Label } from '../domain';
import type { BulkRelationship, BulkReplacement } from '../graph/store';
import type { WorkerMessage } from './bulk-batches';
import { DatasetError } from './dataset';

export interface BulkCounts {
  nodes: Partial<Record<Label, number>>;
  relationships: Record<string, number>;
}

export interface LoadOptions {
  /** Hears of the files' bytes read so far and in all (for a progress bar). */
  onBytes?: (done: number, total: number) => void;
  /** Rows per batch (BULK_BATCH); a test makes them small to have many batches of a small dataset. */
  batchRows?: number;
}

/**
 * `work` after `earlier`: settles once both have (so that nothing is still being written when it
 * fails), with the first failure, and hands `work`'s value to `then` in the order of the calls.
 */
async function inOrder<T>(earlier: Promise<void>, work: Promise<T>, then: (value: T) => void): Promise<void> {
  const [before, now] = await Promise.allSettled([earlier, work]);
  if (before.status === 'rejected') throw before.reason;
  if (now.status === 'rejected') throw now.reason;
  then(now.value);
}

/**
 * Reads a dataset's files into a new graph: a worker thread reads and checks every row as
 * readDataset does (bulk-read-worker.ts) and sends the valid ones in batches; this thread writes
 * them with the engine's batch calls, remembering only each node's number in the engine to join
 * the relationships to. The engine converts a batch on this thread and writes it on one of its own,
 * so one batch is written while the next is converted (with the rows at hand, a million
 * practitioners' nodes take 16 s so, 25 s one batch at a time). Throws DatasetError (the new graph
 * then holds part of the dataset: discard it).
 */
export async function loadInBulk(target: BulkReplacement, dir: string, options: LoadOptions = {}): Promise<BulkCounts> {
  const { onBytes, batchRows } = options;
  // A larger young generation: the reader makes many short-lived strings and objects per row.
  const worker = startWorker('seed/bulk-read-worker', { workerData: { dir, batchRows }, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  const counts: BulkCounts = { nodes: {}, relationships: {} };
  const numbers = new Map<Label, number[]>();
  // Every batch sent to the engine, in order; at most two at a time.
  let writing: Promise<void> = Promise.resolve();
  // Every node batch, whose numbers the relationships need.
  let nodesWritten: Promise<void> = Promise.resolve();
  const write = async <T>(work: Promise<T>, then: (value: T) => void): Promise<void> => {
    const earlier = writing;
    writing = inOrder(earlier, work, then);
    // Its failure is met at the next batch or the end; until then it must not count as unhandled.
    writing.catch(() => undefined);
    worker.postMessage('taken');
    await earlier;
  };
  try {
    for await (const [message] of on(worker, 'message', { close: ['exit'] }) as AsyncIterable<[WorkerMessage]>) {
      switch (message.kind) {
        case 'progress':
          onBytes?.(message.done, message.total);
          break;
        case 'nodes': {
          const { label } = message;
          const known = numbers.get(label) ?? numbers.set(label, []).get(label)!;
          await write(target.createNodes(label, message.rows), (created) => {
            for (const n of created) known.push(n);
            counts.nodes[label] = known.length;
          });
          nodesWritten = writing;
          break;
        }
        case 'relationships': {
          await nodesWritten;
          const spec = RELATIONSHIP_SPECS[message.spec];
          const from = numbers.get(spec.from)!;
          const to = numbers.get(spec.to)!;
          const { starts, ends, sets, properties } = message;
          const rows: BulkRelationship[] = new Array(starts.length);
          for (let i = 0; i < starts.length; i++) rows[i] = { src: from[starts[i]], dst: to[ends[i]], type: spec.type, properties: properties[sets[i]] };
          await write(target.createRelationships(rows), () => {
            counts.relationships[spec.type] = (counts.relationships[spec.type] ?? 0) + rows.length;
          });
          break;
        }
        case 'problems':
          throw new DatasetError(message.problems);
        case 'error':
          throw new Error(`reading the dataset failed: ${message.message}`);
        case 'done':
          await writing;
          return counts;
      }
    }
    throw new Error('the worker reading the dataset stopped before it was done');
  } finally {
    // Let a batch still being written end before the caller discards the graph under it.
    await writing.catch(() => undefined);
    await worker.terminate();
  }
}
