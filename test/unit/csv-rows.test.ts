import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { csvRecords, CsvSyntaxError, type CsvRecord } from '../../src/seed/csv/rows';
import { tmpDir } from '../helpers/tmp';

/** Every record of the file, gathered into `records` as they come (what came before a failure stays). */
async function readAll(file: string, records: CsvRecord[] = []): Promise<CsvRecord[]> {
  for await (const batch of csvRecords(file)) records.push(...batch);
  return records;
}

function writeFile(content: string): string {
  const file = path.join(tmpDir(), 'rows.csv');
  fs.writeFileSync(file, content);
  return file;
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell);

// Characters that need quoting, line breaks of both systems, and characters of two and four bytes
// in UTF-8, so that chunk boundaries of the file fall inside them.
const cell = fc.stringMatching(/^(?:[a-z ]|,|"|\n|\r\n|\r|é|😀){0,12}$/);
const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 40 });

describe('csvRecords', () => {
  it('reads what was written, across chunk boundaries, with either line ending, a byte-order mark and the line each record starts on', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.boolean(), async (rows, crlf, bom) => {
        // Repeated until the file spans several of the stream's 64 KiB chunks.
        const repeated = Array.from({ length: Math.ceil(200_000 / (JSON.stringify(rows).length + 1)) }, () => rows).flat();
        let text = bom ? '\ufeff' : '';
        let line = 1;
        const expected: CsvRecord[] = [];
        repeated.forEach((cells, i) => {
          text += cells.map(quoted).join(',') + (crlf[i % crlf.length] ? '\r\n' : '\n');
          // Every empty line is skipped and counted.
          if (i % 7 === 3) text += '\n';
          const plain = cells.map((c) => c.replaceAll('\r\n', '\n'));
          expected.push({ cells: plain, line });
          // A record's own line, the line breaks in its cells, and the empty line after it.
          line += plain.join('').split('\n').length + (i % 7 === 3 ? 1 : 0);
        });
        expect(await readAll(writeFile(text))).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });

  it('reads a last row without a line ending, and nothing from an empty file', async () => {
    expect(await readAll(writeFile('a,b\r\nc,"d\r\ne"'))).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'd\ne'], line: 2 },
    ]);
    expect(await readAll(writeFile(''))).toEqual([]);
  });

  it.each([
    ['a quote not closed', 'a,b\nc,"d\ne,f\n', 2, 'Quoted field unterminated'],
    ['text after a closing quote', 'a,b\nc,d\n"e"f,g\nh,i\n', 3, 'Trailing quote on quoted field is malformed'],
  ])('refuses %s at the line its record starts on, after the records before it', async (_what, content, line, message) => {
    const before: CsvRecord[] = [];
    const reading = readAll(writeFile(content), before);
    await expect(reading).rejects.toThrow(CsvSyntaxError);
    await expect(reading).rejects.toMatchObject({ line, message });
    expect(before.map((r) => r.line)).toEqual(Array.from({ length: line - 1 }, (_, i) => i + 1));
  });

  it('parses ahead of a slow reader only a little, not the whole file', async () => {
    const file = writeFile('id,name\n'.repeat(1_000_000));
    const size = fs.statSync(file).size;
    let read = 0;
    const records = csvRecords(file, (bytes) => (read += bytes));
    const first = await records.next();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read).toBeLessThan(size / 4);
    // Paused and resumed on the way, it loses and repeats no record.
    let count = first.value!.length;
    for await (const batch of records) count += batch.length;
    expect(read).toBe(size);
    expect(count).toBe(1_000_000);
  });
});
