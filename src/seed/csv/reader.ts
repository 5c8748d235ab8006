import fs from 'node:fs';
import path from 'node:path';
import type { Label } from '../../domain';
import { DatasetError, emptyDataset, nodeRows, relationshipRows, type Dataset, type Origin } from '../dataset';
import { DatasetPass, type RowSink } from './dataset-pass';
import { parseColumn, type Column } from './header';
import { csvRecords, CsvSyntaxError, type CsvRecord } from './rows';

export type { RowSink } from './dataset-pass';

/** A relationship end that the dataset itself does not define. */
export interface DanglingEnd {
  label: Label;
  id: string;
  origin: Origin;
}

export interface ReadOptions {
  /**
   * Accept relationship ends missing from the dataset and report them instead, for an import
   * into a graph that may already hold them. Default: they are errors.
   */
  allowDangling?: boolean;
  /** Called as the files are read, with the bytes read so far and in all (for a progress bar). */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

export interface ReadResult {
  dataset: Dataset;
  dangling: DanglingEnd[];
}

function csvFiles(dir: string, sub: string): string[] {
  const full = path.join(dir, sub);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => `${sub}/${f}`);
}

/**
 * Reads a dataset in the neo4j-admin import CSV convention, streaming: `nodes/*.csv` (one label
 * per file, from its `id:ID(Label)` column), then `relationships/*.csv` (the type is the file name
 * up to the first dot). Every row is checked against the model and the rule book; the valid ones
 * go to the sink until the first problem. Throws DatasetError listing every problem as
 * `file:line: message` once all are read; the sink has then had only part of the dataset.
 */
export async function readRows(dir: string, sink: RowSink, options: ReadOptions = {}): Promise<{ dangling: DanglingEnd[] }> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new DatasetError([`${dir}: not a directory`]);
  }
  const pass = new DatasetPass(sink, options.allowDangling ?? false);
  const nodeFiles = csvFiles(dir, 'nodes');
  if (nodeFiles.length === 0) pass.problems.add({ file: 'nodes', line: 0 }, 'no node files (nodes/*.csv)');
  const relationshipFiles = csvFiles(dir, 'relationships');
  const bytesTotal = [...nodeFiles, ...relationshipFiles].reduce((n, rel) => n + fs.statSync(path.join(dir, rel)).size, 0);
  let bytesRead = 0;
  const onBytes = (bytes: number) => options.onProgress?.((bytesRead += bytes), bytesTotal);
  const read = async (rel: string, file: (rel: string, header: (Column | string)[], line: number, rows: AsyncIterable<CsvRecord[]>) => Promise<void>) => {
    const records = csvRecords(path.join(dir, rel), onBytes);
    try {
      const first = await records.next();
      if (first.done) return pass.problems.add({ file: rel, line: 1 }, 'the file is empty: a header row is required');
      const [head, ...rest] = first.value;
      async function* rows() {
        yield rest;
        yield* records;
      }
      await file(rel, head.cells.map(parseColumn), head.line, rows());
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      pass.problems.add({ file: rel, line: error.line }, error.message);
    } finally {
      await records.return(undefined);
    }
  };
  for (const rel of nodeFiles) await read(rel, (...a) => pass.nodeFile(...a));
  for (const rel of relationshipFiles) await read(rel, (...a) => pass.relationshipFile(...a));
  await pass.impliedLinks();
  pass.duplicates();
  if (pass.problems.list.length > 0) throw new DatasetError(pass.problems.list);
  return { dangling: pass.dangling };
}

/** Reads a whole dataset into memory (readRows), for an import in one transaction or a check. */
export async function readDataset(dir: string, options: ReadOptions = {}): Promise<ReadResult> {
  const dataset = emptyDataset();
  const { dangling } = await readRows(
    dir,
    {
      node: (label, row) => void nodeRows(dataset, label).push(row),
      relationship: (spec, row) => void relationshipRows(dataset, spec).push(row),
    },
    options,
  );
  return { dataset, dangling };
}
