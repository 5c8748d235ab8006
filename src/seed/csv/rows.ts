import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';
import Papa from 'papaparse';

/** A record of a CSV file with the line it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** A file the CSV parser could not read on, at a line. */
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
 * A file's bytes as text with one line ending: UTF-8 decoded across chunk boundaries (the parser
 * would split a character that straddles two), a byte-order mark dropped, and `\r\n` written `\n`,
 * so that a row ended on another system, even in a file of the other ending, is read as any other
 * (the parser takes one line ending for a whole file). `onBytes` hears of every chunk read.
 */
class PlainText extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private started = false;
  private carry = '';

  constructor(private readonly onBytes?: (bytes: number) => void) {
    super({ decodeStrings: false, readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onBytes?.(chunk.length);
    done(null, this.plain(this.decoder.write(chunk)));
  }

  override _flush(done: TransformCallback): void {
    const rest = this.plain(this.decoder.end()) + this.carry;
    done(null, rest === '' ? undefined : rest);
  }

  private plain(decoded: string): string {
    let text = this.carry + decoded;
    this.carry = '';
    if (!this.started && text !== '') {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A \r at the end may be the first half of a \r\n.
    if (text.endsWith('\r')) {
      this.carry = '\r';
      text = text.slice(0, -1);
    }
    return text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
  }
}

/** Batches parsed ahead of the reader; the parser pauses beyond this, so memory stays bounded. */
const AHEAD = 2;

/**
 * Streams a CSV file's records in batches (as papaparse parses them, a chunk of the file at a
 * time), empty lines left out, each with the line it starts on: a record takes one line plus the
 * line breaks inside its quoted cells. `onBytes` hears of every chunk read from the file. Throws
 * CsvSyntaxError at the first record the parser found malformed (a quote not closed, text after
 * a closing quote).
 */
export async function* csvRecords(file: string, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord[]> {
  const input = fs.createReadStream(file);
  const text = input.pipe(new PlainText(onBytes));
  // pipe() does not pass the file's own errors on (a file gone or unreadable): the parser would wait.
  input.on('error', (error) => text.destroy(error));
  const ready: CsvRecord[][] = [];
  let line = 1;
  let failure: Error | undefined;
  let finished = false;
  let paused: Papa.Parser | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    chunk: (results, parser) => {
      // The first record the parser found malformed (its row within this chunk).
      const malformed = results.errors.reduce<Papa.ParseError | undefined>((first, e) => (first && (first.row ?? 0) <= (e.row ?? 0) ? first : e), undefined);
      const records: CsvRecord[] = [];
      for (let i = 0; i < results.data.length; i++) {
        const cells = results.data[i];
        if (malformed && i === (malformed.row ?? 0)) {
          failure = new CsvSyntaxError(malformed.message, line);
          break;
        }
        const at = line;
        line += 1;
        for (const cell of cells) if (cell.length > 0 && cell.includes('\n')) line += newlines(cell);
        if (cells.length > 1 || cells[0] !== '') records.push({ cells, line: at });
      }
      // The records before a malformed one are read as any other: their problems are reported too.
      if (records.length > 0) ready.push(records);
      if (failure) parser.abort();
      else if (ready.length >= AHEAD) {
        // The parser's pause stops parsing, not reading: its queue of text would grow to the whole file.
        (paused = parser).pause();
        text.pause();
      }
      signal();
    },
    complete: () => {
      finished = true;
      signal();
    },
    error: (error: Error) => {
      failure ??= new CsvSyntaxError(error.message, line);
      finished = true;
      signal();
    },
  });
  try {
    for (;;) {
      const batch = ready.shift();
      if (batch) {
        if (paused && ready.length < AHEAD) {
          const parser = paused;
          paused = undefined;
          parser.resume();
          text.resume();
        }
        yield batch;
      } else if (failure) throw failure;
      else if (finished) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // A reader that stops early (a header it cannot use) leaves the rest unread: close the file.
    paused?.abort();
    input.destroy();
    text.destroy();
  }
}
