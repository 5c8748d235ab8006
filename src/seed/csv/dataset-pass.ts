import path from 'node:path';
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
import { formatOrigin, type NodeRow, type Origin, type RelationshipRow } from '../dataset';
import { NodeIds, Origins, RelationshipPairs } from './ends';
import type { Column } from './header';
import type { DanglingEnd } from './reader';
import type { CsvRecord } from './rows';

/**
 * The checks of one pass over a dataset's files (reader.ts): every row against the model and the
 * rule book, every id defined once, every relationship's ends known and given once, and the links
 * a node's property implies.
 */

const MAX_PROBLEMS = 200;

export class Problems {
  readonly list: string[] = [];
  add(origin: Origin, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(`${formatOrigin(origin)}: ${message}`);
  }
}

/** A file's columns matched with the model: each property column with its spec. */
interface FileColumns {
  columns: Column[];
  specs: (PropertySpec | undefined)[];
}

/** Parses the header and matches every property column with the model. */
function parseHeader(
  header: (Column | string)[],
  origin: Origin,
  allowed: readonly PropertySpec[],
  owner: string,
  problems: Problems,
): FileColumns | undefined {
  const columns: Column[] = [];
  let ok = true;
  for (const column of header) {
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
  const specs = columns.map((c) => (c.kind === 'property' ? allowed.find((p) => p.name === c.name) : undefined));
  return ok ? { columns, specs } : undefined;
}

/**
 * Turns a row's property cells into typed properties (empty cells are absent properties); the
 * values are then held to the rule book by the caller, as every other write path does.
 */
function readProperties(cells: string[], { columns, specs }: FileColumns, origin: Origin, problems: Problems): Properties | undefined {
  if (cells.length !== columns.length) {
    problems.add(origin, `the row has ${cells.length} cells, the header ${columns.length}`);
    return undefined;
  }
  const props: Properties = {};
  let ok = true;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const raw = cells[i];
    if (column.kind !== 'property' || raw === '') continue;
    const spec = specs[i]!;
    const parsed = parseCell(raw, column.type);
    if (!parsed.ok) {
      // The cell as text, in the rule book's words (a date that is no day, a number that is none).
      problems.add(origin, checkProperty(spec, raw) ?? `${column.name}: ${parsed.error}`);
      ok = false;
      continue;
    }
    props[column.name] = canonicalValue(spec, parsed.value);
  }
  return ok ? props : undefined;
}

/** Most distinct sets of property cells a relationship file's valid sets are remembered for. */
const KNOWN_SETS = 10_000;

/**
 * The valid properties of a relationship file's rows, by their cells: a file of ten million
 * relationships has a few hundred distinct sets (a role and the synthetic mark), so each is read
 * and held to the rule book once, and its rows share one frozen object. A set with a problem is
 * not remembered: every row that has it is reported.
 */
class KnownSets {
  private readonly sets = new Map<string, Properties>();
  private readonly cellsAt: number[];

  constructor(columns: Column[]) {
    this.cellsAt = columns.flatMap((c, i) => (c.kind === 'property' ? [i] : []));
  }

  /** The row's property cells as one key, each after its length so that no two rows' keys meet. */
  keyOf(cells: string[]): string {
    let key = '';
    for (const i of this.cellsAt) key += `${cells[i].length}:${cells[i]}`;
    return key;
  }

  get(key: string): Properties | undefined {
    return this.sets.get(key);
  }

  remember(key: string, props: Properties): Properties {
    const shared = Object.freeze(props);
    if (this.sets.size < KNOWN_SETS) this.sets.set(key, shared);
    return shared;
  }
}

/** Reports each violation of the rule book at the row; whether there was none. */
function obeys(violations: readonly { message: string }[], origin: Origin, problems: Problems): boolean {
  for (const v of violations) problems.add(origin, v.message);
  return violations.length === 0;
}

/**
 * Where the rows of a valid dataset go as they are read. `ordinal` numbers a node among the
 * dataset's nodes of its label; a relationship's ends are those numbers (from NodeIds).
 */
export interface RowSink {
  node(label: Label, row: NodeRow, ordinal: number): void | Promise<void>;
  relationship(spec: RelationshipSpec, row: RelationshipRow, ends: { from: number; to: number }): void | Promise<void>;
}

/** A link a node's property implies (a city's countryCode: IN_COUNTRY), until a file gives it. */
interface ImpliedLink {
  to: string;
  value: unknown;
  field: string;
  origin: Origin;
}

/** One pass over a dataset's files: checks every row and hands the valid ones to the sink. */
export class DatasetPass {
  readonly problems = new Problems();
  readonly dangling: DanglingEnd[] = [];
  private readonly where = new Origins();
  private readonly ids = new NodeIds(this.where);
  private readonly pairs = new RelationshipPairs(this.where);
  private readonly implied = new Map<RelationshipSpec, Map<string, ImpliedLink>>();

  constructor(
    private readonly sink: RowSink,
    private readonly allowDangling: boolean,
  ) {}

  /** Rows go to the sink only while the dataset has no problem; reading goes on to find them all. */
  private get writing(): boolean {
    return this.problems.list.length === 0;
  }

  async nodeFile(rel: string, header: (Column | string)[], headerLine: number, batches: AsyncIterable<CsvRecord[]>): Promise<void> {
    const headerOrigin = { file: rel, line: headerLine };
    const idColumns = header.filter((c): c is Extract<Column, { kind: 'id' }> => typeof c !== 'string' && c.kind === 'id');
    if (idColumns.length !== 1) return this.problems.add(headerOrigin, 'a node file needs exactly one id:ID(Label) column');
    const label = idColumns[0].group;
    if (!isLabel(label)) return this.problems.add(headerOrigin, `unknown label "${label}" (known: ${Object.keys(LABEL_SPECS).join(', ')})`);
    const spec = LABEL_SPECS[label];
    const columns = parseHeader(header, headerOrigin, spec.properties, label, this.problems);
    if (!columns) return;
    const idIndex = columns.columns.findIndex((c) => c.kind === 'id');
    const references = referencesOf(label).filter((r) => r.property);
    for await (const batch of batches) for (const { cells, line } of batch) {
      const origin = { file: rel, line };
      const id = (cells[idIndex] ?? '').trim();
      if (id === '') {
        this.problems.add(origin, `missing id for ${label}`);
        continue;
      }
      const defined = this.ids.define(label, id, origin);
      if ('first' in defined) {
        this.problems.add(origin, `duplicate ${label} id "${id}" (first defined at ${formatOrigin(defined.first)})`);
        continue;
      }
      const props = readProperties(cells, columns, origin, this.problems);
      if (!props || !obeys(checkRecord(label, { id, ...props }), origin, this.problems)) continue;
      for (const ref of references) {
        const value = props[ref.field];
        const to = value == null ? undefined : parseKey(ref.spec.to, String(value));
        if (to?.ok) this.impliedOf(ref.spec).set(id, { to: to.key, value, field: ref.field, origin });
      }
      const written = this.writing ? this.sink.node(label, { props: { id, ...props }, origin }, defined.ordinal) : undefined;
      if (written) await written;
    }
  }

  async relationshipFile(rel: string, header: (Column | string)[], headerLine: number, batches: AsyncIterable<CsvRecord[]>): Promise<void> {
    const headerOrigin = { file: rel, line: headerLine };
    const type = path.basename(rel).split('.')[0];
    if (!isRelationshipType(type)) return this.problems.add(headerOrigin, `unknown relationship type "${type}" (the file name starts with the type)`);
    const start = header.find((c): c is Extract<Column, { kind: 'start' }> => typeof c !== 'string' && c.kind === 'start');
    const end = header.find((c): c is Extract<Column, { kind: 'end' }> => typeof c !== 'string' && c.kind === 'end');
    if (!start || !end) return this.problems.add(headerOrigin, 'a relationship file needs :START_ID(Label) and :END_ID(Label) columns');
    const spec = RELATIONSHIP_SPECS.find((s) => s.type === type && s.from === start.group && s.to === end.group);
    if (!spec) {
      const allowed = RELATIONSHIP_SPECS.filter((s) => s.type === type).map((s) => `(${s.from})-[:${s.type}]->(${s.to})`);
      return this.problems.add(headerOrigin, `(${start.group})-[:${type}]->(${end.group}) is not in the model (allowed: ${allowed.join(', ')})`);
    }
    const columns = parseHeader(header, headerOrigin, spec.properties, type, this.problems);
    if (!columns) return;
    const startIndex = columns.columns.findIndex((c) => c.kind === 'start');
    const endIndex = columns.columns.findIndex((c) => c.kind === 'end');
    const implied = this.implied.get(spec);
    const known = new KnownSets(columns.columns);
    for await (const batch of batches) for (const { cells, line } of batch) {
      const origin = { file: rel, line };
      const from = (cells[startIndex] ?? '').trim();
      const to = (cells[endIndex] ?? '').trim();
      if (from === '' || to === '') {
        this.problems.add(origin, `missing ${from === '' ? ':START_ID' : ':END_ID'}`);
        continue;
      }
      const key = cells.length === columns.columns.length ? known.keyOf(cells) : undefined;
      let props = key === undefined ? undefined : known.get(key);
      if (!props) {
        const read = readProperties(cells, columns, origin, this.problems);
        if (!read || !obeys(checkProperties(type, spec.properties, read, true), origin, this.problems)) continue;
        props = key === undefined ? read : known.remember(key, read);
      }
      const link = implied?.get(from);
      if (link) {
        implied!.delete(from);
        if (link.to !== to) this.problems.add(origin, `${spec.type} from "${from}" goes to "${to}", but its ${link.field} ${String(link.value)} names ${spec.to} "${link.to}"`);
      }
      const written = this.relationship(spec, { from, to, props, origin });
      if (written) await written;
    }
  }

  /** The links the nodes' properties imply and no file gave. */
  async impliedLinks(): Promise<void> {
    for (const [spec, links] of this.implied) {
      for (const [from, link] of links) await this.relationship(spec, { from, to: link.to, props: {}, origin: link.origin });
    }
  }

  /** Relationships given twice, once all are read. */
  duplicates(): void {
    for (const d of this.pairs.duplicates()) {
      const from = this.ids.idOf(d.spec.from, d.from);
      const to = this.ids.idOf(d.spec.to, d.to);
      this.problems.add(d.origin, `duplicate ${d.spec.type} from "${from}" to "${to}" (first at ${formatOrigin(d.first)})`);
    }
  }

  /** Every relationship end must be a node of the dataset (or is reported as dangling). */
  private relationship(spec: RelationshipSpec, row: RelationshipRow & { origin: Origin }): void | Promise<void> {
    const from = this.end(spec.from, row.from, 'start', row.origin);
    const to = this.end(spec.to, row.to, 'end', row.origin);
    if (from === undefined || to === undefined) return;
    this.pairs.add(spec, from, to, row.origin);
    if (this.writing) return this.sink.relationship(spec, row, { from, to });
  }

  /**
   * The last end found at each side: files list a node's relationships together (a practitioner's
   * events one after another), so the same start comes again and again, and a lookup among a
   * million ids is most of what a row costs.
   */
  private readonly lastEnd = { start: { label: '', id: '', ordinal: 0 }, end: { label: '', id: '', ordinal: 0 } };

  /** The number of a relationship's end, unless it is a problem. */
  private end(label: Label, id: string, which: 'start' | 'end', origin: Origin): number | undefined {
    const last = this.lastEnd[which];
    if (last.id === id && last.label === label) return last.ordinal;
    const ordinal = this.ids.ordinal(label, id);
    if (ordinal !== undefined) {
      last.label = label;
      last.id = id;
      last.ordinal = ordinal;
      return ordinal;
    }
    if (!this.allowDangling) return void this.problems.add(origin, `${which} "${id}" is not a ${label} of this dataset`);
    this.dangling.push({ label, id, origin });
    return this.ids.danglingOrdinal(label, id);
  }

  private impliedOf(spec: RelationshipSpec): Map<string, ImpliedLink> {
    return this.implied.get(spec) ?? this.implied.set(spec, new Map()).get(spec)!;
  }
}

