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

/**
 * Reads a dataset's files into a new graph: a worker thread reads and checks every row as
 * readDataset does (bulk-read-worker.ts) and sends the valid ones in batches; this thread writes
 * them with the engine's batch calls, remembering only each node's number in the engine to join
 * the relationships to. The engine converts a batch on this thread and writes it on one of its own,
 * so one relationship batch is written while the next is converted. Throws DatasetError (the new
 * graph then holds part of the dataset: discard it).
 */
export async function loadInBulk(target: BulkReplacement, dir: string, onBytes?: (done: number, total: number) => void): Promise<BulkCounts> {
  // A larger young generation: the reader makes many short-lived strings and objects per row.
  const worker = startWorker('seed/bulk-read-worker', { workerData: { dir }, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  const counts: BulkCounts = { nodes: {}, relationships: {} };
  const numbers = new Map<Label, number[]>();
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const [message] of on(worker, 'message', { close: ['exit'] }) as AsyncIterable<[WorkerMessage]>) {
      switch (message.kind) {
        case 'progress':
          onBytes?.(message.done, message.total);
          break;
        case 'nodes': {
          const created = await target.createNodes(message.label, message.rows);
          worker.postMessage('taken');
          const known = numbers.get(message.label) ?? numbers.set(message.label, []).get(message.label)!;
          for (const n of created) known.push(n);
          counts.nodes[message.label] = known.length;
          break;
        }
        case 'relationships': {
          const spec = RELATIONSHIP_SPECS[message.spec];
          const from = numbers.get(spec.from)!;
          const to = numbers.get(spec.to)!;
          const rows: BulkRelationship[] = message.rows.map((properties, i) => ({ src: from[message.starts[i]], dst: to[message.ends[i]], type: spec.type, properties }));
          const earlier = writing;
          writing = target.createRelationships(rows);
          // Its failure is met at the next batch or the end; until then it must not count as unhandled.
          writing.catch(() => undefined);
          worker.postMessage('taken');
          await earlier;
          counts.relationships[spec.type] = (counts.relationships[spec.type] ?? 0) + rows.length;
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
