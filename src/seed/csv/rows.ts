import fs from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A record of a CSV file with the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A file csv-parse could not read on, at a line. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const newlines = (cell: string): number => {
  let n = 0;
  for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Streams a CSV file's records in batches (as csv-parse has them ready), empty lines left out,
 * each with the line it starts on. The lines are counted here rather than by csv-parse's `info`, which copies an object per record and halves
 * its speed: a record takes one line plus the line breaks inside its quoted cells. `onBytes` hears
 * of every chunk read from the file.
 */
export async function* csvRecords(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const input = fs.createReadStream(file);
  if (onBytes) input.on('data', (chunk) => onBytes(chunk.length));
  const parser = input.pipe(
    parse({
      bom: true,
      // Empty lines come through (as one empty cell) to be counted; rows of another length are the
      // reader's to report, at their line.
      relax_column_count: true,
      // Either line ending, even mixed in one file (a row added on another system): csv-parse
      // would otherwise take the first one it meets for the whole file, keep the other's \r in
      // the last cell and count it as a line of its own.
      record_delimiter: ['\r\n', '\n'],
    }),
  );
  // pipe() does not pass the file's own errors on (a file gone or unreadable): the parser would wait.
  input.on('error', (error) => parser.destroy(error));
  let line = 1;
  try {
    // A batch of records per chunk of the file, not a promise per record.
    for await (const batch of batches(parser)) {
      const records: CsvRecord[] = [];
      for (const cells of batch) {
        const at = line;
        line += 1;
        for (const cell of cells) if (cell.length > 0 && cell.includes('\n')) line += newlines(cell);
        if (cells.length > 1 || cells[0] !== '') records.push({ cells, line: at });
      }
      if (records.length > 0) yield records;
    }
  } catch (error) {
    const at = (error as { lines?: number }).lines ?? line;
    throw new CsvSyntaxError((error as Error).message.replace(/ on line \d+$/, ''), at);
  } finally {
    // A reader that stops early (a header it cannot use) leaves the rest unread: close the file.
    input.destroy();
    parser.destroy();
  }
}

/** The records a stream has ready, as they become ready. */
async function* batches(stream: Readable): AsyncGenerator<string[][]> {
  const ended = new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
  ended.catch(() => undefined);
  for (;;) {
    const batch: string[][] = [];
    for (let record = stream.read(); record !== null; record = stream.read()) batch.push(record);
    if (batch.length > 0) yield batch;
    else if (stream.readableEnded) return;
    else await Promise.race([once(stream, 'readable'), ended]);
    if (stream.readableEnded && stream.readableLength === 0) return void (await ended);
  }
}
