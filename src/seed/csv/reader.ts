import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  LABEL_SPECS,
  RELATIONSHIP_SPECS,
  canonicalValue,
  checkProperties,
  checkProperty,
  checkRecord,
  isLabel,
  isRelationshipType,
  parseCell,
  parseKey,
  referencesOf,
  type Label,
  type Properties,
  type PropertySpec,
  type RelationshipSpec,
} from '../../domain';
import { DatasetError, emptyDataset, formatOrigin, nodeRows, relationshipRows, type Dataset, type Origin } from '../dataset';
import { parseColumn, type Column } from './header';

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
  /** Called after each file, with the bytes read so far and in all (for a progress bar). */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

export interface ReadResult {
  dataset: Dataset;
  dangling: DanglingEnd[];
}

const MAX_PROBLEMS = 200;

class Problems {
  readonly list: string[] = [];
  add(origin: Origin, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(`${formatOrigin(origin)}: ${message}`);
  }
}

interface CsvFile {
  rel: string;
  /** The header cells parsed once: a column, or the reason the cell is not one. */
  header: (Column | string)[];
  headerLine: number;
  rows: { cells: string[]; line: number }[];
}

function readCsv(dir: string, rel: string, problems: Problems): CsvFile | undefined {
  const text = fs.readFileSync(path.join(dir, rel), 'utf8');
  let records: { cells: string[]; line: number }[];
  try {
    // on_record keeps only the line number; `info: true` would copy an info object per row.
    const options = {
      bom: true,
      skip_empty_lines: true,
      // Either line ending, even mixed in one file (a row added on another system): csv-parse
      // would otherwise take the first one it meets for the whole file, keep the other's \r in
      // the last cell and count it as a line of its own.
      record_delimiter: ['\r\n', '\n'],
      on_record: (cells: string[], context: { lines: number }) => ({ cells, line: context.lines }),
    };
    // csv-parse's typings assume on_record returns a row of strings; ours returns a row with its line.
    records = (parse as unknown as (input: string, o: typeof options) => typeof records)(text, options);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    problems.add({ file: rel, line }, (error as Error).message.replace(/ on line \d+$/, ''));
    return undefined;
  }
  if (records.length === 0) {
    problems.add({ file: rel, line: 1 }, 'the file is empty: a header row is required');
    return undefined;
  }
  const [head, ...rows] = records;
  return { rel, header: head.cells.map(parseColumn), headerLine: head.line, rows };
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

/** Parses the header and matches every property column with the model. */
function parseHeader(
  file: CsvFile,
  allowed: readonly PropertySpec[],
  owner: string,
  problems: Problems,
): Column[] | undefined {
  const origin = { file: file.rel, line: file.headerLine };
  const columns: Column[] = [];
  let ok = true;
  for (const column of file.header) {
    if (typeof column === 'string') {
      problems.add(origin, column);
      ok = false;
      continue;
    }
    if (column.kind === 'property') {
      const spec = allowed.find((p) => p.name === column.name);
      if (!spec) {
        problems.add(origin, `column "${column.name}" is not a property of ${owner} (allowed: ${allowed.map((p) => p.name).join(', ')})`);
        ok = false;
      } else if (spec.type !== column.type) {
        problems.add(origin, `column "${column.name}" is declared ${column.type}, the model says ${spec.type}`);
        ok = false;
      }
    }
    columns.push(column);
  }
  for (const required of allowed.filter((p) => p.required)) {
    if (!columns.some((c) => c.kind === 'property' && c.name === required.name)) {
      problems.add(origin, `column "${required.name}" is required for ${owner}`);
      ok = false;
    }
  }
  return ok ? columns : undefined;
}

/**
 * Turns a row's property cells into typed properties (empty cells are absent properties); the
 * values are then held to the rule book by the caller, as every other write path does.
 */
function readProperties(
  cells: string[],
  columns: Column[],
  allowed: readonly PropertySpec[],
  origin: Origin,
  problems: Problems,
): Properties | undefined {
  const props: Properties = {};
  let ok = true;
  columns.forEach((column, i) => {
    if (column.kind !== 'property') return;
    const raw = cells[i] ?? '';
    if (raw === '') return;
    const spec = allowed.find((p) => p.name === column.name)!;
    const parsed = parseCell(raw, column.type);
    if (!parsed.ok) {
      // The cell as text, in the rule book's words (a date that is no day, a number that is none).
      problems.add(origin, checkProperty(spec, raw) ?? `${column.name}: ${parsed.error}`);
      ok = false;
      return;
    }
    props[column.name] = canonicalValue(spec, parsed.value);
  });
  return ok ? props : undefined;
}

/** Reports each violation of the rule book at the row; whether there was none. */
function obeys(violations: readonly { message: string }[], origin: Origin, problems: Problems): boolean {
  for (const v of violations) problems.add(origin, v.message);
  return violations.length === 0;
}

/** Ids defined so far, per label, with where each was defined. */
type NodeIds = Map<Label, Map<string, Origin>>;

function readNodeFile(file: CsvFile, dataset: Dataset, nodeIds: NodeIds, problems: Problems): void {
  const headerOrigin = { file: file.rel, line: file.headerLine };
  const idColumns = file.header.filter((c): c is Extract<Column, { kind: 'id' }> => typeof c !== 'string' && c.kind === 'id');
  if (idColumns.length !== 1) {
    problems.add(headerOrigin, 'a node file needs exactly one id:ID(Label) column');
    return;
  }
  const label = idColumns[0].group;
  if (!isLabel(label)) {
    problems.add(headerOrigin, `unknown label "${label}" (known: ${Object.keys(LABEL_SPECS).join(', ')})`);
    return;
  }
  const spec = LABEL_SPECS[label];
  const columns = parseHeader(file, spec.properties, label, problems);
  if (!columns) return;
  const idIndex = columns.findIndex((c) => c.kind === 'id');
  const rows = nodeRows(dataset, label);
  for (const { cells, line } of file.rows) {
    const origin = { file: file.rel, line };
    const id = (cells[idIndex] ?? '').trim();
    if (id === '') {
      problems.add(origin, `missing id for ${label}`);
      continue;
    }
    let seen = nodeIds.get(label);
    if (!seen) nodeIds.set(label, (seen = new Map()));
    const first = seen.get(id);
    if (first) {
      problems.add(origin, `duplicate ${label} id "${id}" (first defined at ${formatOrigin(first)})`);
      continue;
    }
    seen.set(id, origin);
    const props = readProperties(cells, columns, spec.properties, origin, problems);
    if (props && obeys(checkRecord(label, { id, ...props }), origin, problems)) rows.push({ props: { id, ...props }, origin });
  }
}

function readRelationshipFile(file: CsvFile, dataset: Dataset, problems: Problems): void {
  const headerOrigin = { file: file.rel, line: file.headerLine };
  const type = path.basename(file.rel).split('.')[0];
  if (!isRelationshipType(type)) {
    problems.add(headerOrigin, `unknown relationship type "${type}" (the file name starts with the type)`);
    return;
  }
  const parsed = file.header;
  const start = parsed.find((c): c is Extract<Column, { kind: 'start' }> => typeof c !== 'string' && c.kind === 'start');
  const end = parsed.find((c): c is Extract<Column, { kind: 'end' }> => typeof c !== 'string' && c.kind === 'end');
  if (!start || !end) {
    problems.add(headerOrigin, 'a relationship file needs :START_ID(Label) and :END_ID(Label) columns');
    return;
  }
  const spec: RelationshipSpec | undefined = RELATIONSHIP_SPECS.find(
    (s) => s.type === type && s.from === start.group && s.to === end.group,
  );
  if (!spec) {
    const allowed = RELATIONSHIP_SPECS.filter((s) => s.type === type).map((s) => `(${s.from})-[:${s.type}]->(${s.to})`);
    problems.add(headerOrigin, `(${start.group})-[:${type}]->(${end.group}) is not in the model (allowed: ${allowed.join(', ')})`);
    return;
  }
  const columns = parseHeader(file, spec.properties, type, problems);
  if (!columns) return;
  const startIndex = columns.findIndex((c) => c.kind === 'start');
  const endIndex = columns.findIndex((c) => c.kind === 'end');
  const rows = relationshipRows(dataset, spec);
  for (const { cells, line } of file.rows) {
    const origin = { file: file.rel, line };
    const from = (cells[startIndex] ?? '').trim();
    const to = (cells[endIndex] ?? '').trim();
    if (from === '' || to === '') {
      problems.add(origin, `missing ${from === '' ? ':START_ID' : ':END_ID'}`);
      continue;
    }
    const props = readProperties(cells, columns, spec.properties, origin, problems);
    if (props && obeys(checkProperties(type, spec.properties, props, true), origin, problems)) rows.push({ from, to, props, origin });
  }
}

/**
 * A property that names another node is a relationship (a city's countryCode: IN_COUNTRY), as
 * on every write path: a node without that relationship in the files gets it; one whose
 * relationship goes elsewhere is a problem.
 */
function linkReferences(dataset: Dataset, problems: Problems): void {
  for (const [label, rows] of dataset.nodes) {
    for (const ref of referencesOf(label).filter((r) => r.property)) {
      const links = relationshipRows(dataset, ref.spec);
      const given = new Map(links.map((r) => [r.from, r]));
      for (const row of rows) {
        const value = row.props[ref.field];
        const to = value == null ? undefined : parseKey(ref.spec.to, String(value));
        if (!to?.ok) continue;
        const id = String(row.props.id);
        const link = given.get(id);
        if (!link) links.push({ from: id, to: to.key, props: {}, origin: row.origin });
        else if (link.to !== to.key) {
          problems.add(link.origin ?? row.origin!, `${ref.spec.type} from "${id}" goes to "${link.to}", but its ${ref.field} ${String(value)} names ${ref.spec.to} "${to.key}"`);
        }
      }
    }
  }
}

/** Every relationship end must be a node of the dataset (or is reported as dangling). */
function checkEnds(dataset: Dataset, nodeIds: NodeIds, allowDangling: boolean, problems: Problems): DanglingEnd[] {
  const dangling: DanglingEnd[] = [];
  const none = new Map<string, Origin>();
  for (const { spec, rows } of dataset.relationships) {
    const starts = nodeIds.get(spec.from) ?? none;
    const ends = nodeIds.get(spec.to) ?? none;
    const seen = new Map<string, Map<string, Origin>>();
    for (const row of rows) {
      const origin = row.origin!;
      let targets = seen.get(row.from);
      if (!targets) seen.set(row.from, (targets = new Map()));
      const first = targets.get(row.to);
      if (first) problems.add(origin, `duplicate ${spec.type} from "${row.from}" to "${row.to}" (first at ${formatOrigin(first)})`);
      else targets.set(row.to, origin);
      if (!starts.has(row.from)) {
        if (allowDangling) dangling.push({ label: spec.from, id: row.from, origin });
        else problems.add(origin, `start "${row.from}" is not a ${spec.from} of this dataset`);
      }
      if (!ends.has(row.to)) {
        if (allowDangling) dangling.push({ label: spec.to, id: row.to, origin });
        else problems.add(origin, `end "${row.to}" is not a ${spec.to} of this dataset`);
      }
    }
  }
  return dangling;
}

/**
 * Reads a dataset in the neo4j-admin import CSV convention: `nodes/*.csv` (one label per file,
 * from its `id:ID(Label)` column) and `relationships/*.csv` (the type is the file name up to the
 * first dot). Throws DatasetError listing every problem as `file:line: message`.
 */
export function readDataset(dir: string, options: ReadOptions = {}): ReadResult {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new DatasetError([`${dir}: not a directory`]);
  }
  const problems = new Problems();
  const dataset = emptyDataset();
  const nodeFiles = csvFiles(dir, 'nodes');
  if (nodeFiles.length === 0) problems.add({ file: 'nodes', line: 0 }, 'no node files (nodes/*.csv)');
  const nodeIds: NodeIds = new Map();
  const relationshipFiles = csvFiles(dir, 'relationships');
  const sizes = new Map([...nodeFiles, ...relationshipFiles].map((rel) => [rel, fs.statSync(path.join(dir, rel)).size]));
  const bytesTotal = [...sizes.values()].reduce((a, b) => a + b, 0);
  let bytesRead = 0;
  const read = (rel: string) => {
    const file = readCsv(dir, rel, problems);
    bytesRead += sizes.get(rel)!;
    options.onProgress?.(bytesRead, bytesTotal);
    return file;
  };
  for (const rel of nodeFiles) {
    const file = read(rel);
    if (file) readNodeFile(file, dataset, nodeIds, problems);
  }
  for (const rel of relationshipFiles) {
    const file = read(rel);
    if (file) readRelationshipFile(file, dataset, problems);
  }
  linkReferences(dataset, problems);
  const dangling = checkEnds(dataset, nodeIds, options.allowDangling ?? false, problems);
  if (problems.list.length > 0) throw new DatasetError(problems.list);
  return { dataset, dangling };
}
