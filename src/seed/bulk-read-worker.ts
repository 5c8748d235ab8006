import { parentPort, workerData } from 'node:worker_threads';
import { BatchingSink, type WorkerMessage } from './bulk-batches';
import { readRows } from './csv/reader';
import { DatasetError } from './dataset';

/**
 * The worker thread of a bulk load (bulk-load.ts): reads and checks the dataset's files and sends
 * the valid rows in batches, so that reading and the engine's work share the two cores.
 */
const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const { dir, batchRows } = workerData as { dir: string; batchRows?: number };
const sink = new BatchingSink(post, batchRows);
port.on('message', () => sink.taken());

let lastProgress = 0;
readRows(dir, sink, {
  onProgress: (done, total) => {
    // A message every megabyte or so is plenty for a progress bar.
    if (done - lastProgress < 1 << 20 && done < total) return;
    lastProgress = done;
    post({ kind: 'progress', done, total });
  },
})
  .then(() => sink.end())
  .then(
    () => post({ kind: 'done' }),
    (error: unknown) => post(error instanceof DatasetError ? { kind: 'problems', problems: error.problems } : { kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
