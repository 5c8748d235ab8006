import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LABEL_SPECS, RELATIONSHIP_SPECS, formatCell, type Label, type RelationshipSpec } from '../../domain';
import type { Dataset, NodeRow, RelationshipRow } from '../dataset';
import type { RowsOut } from '../people';
import { propertyHeader } from './header';

/** The file a relationship spec is written to: its type, plus the start label where the type has several. */
export function relationshipFileName(spec: RelationshipSpec, suffix = ''): string {
  const shared = RELATIONSHIP_SPECS.filter((s) => s.type === spec.type).length > 1;
  return shared ? `${spec.type}.${spec.from}${suffix}.csv` : `${spec.type}${suffix}.csv`;
}

/** Bytes gathered per file before they are written. */
const FLUSH_BYTES = 1 << 20;

/** One CSV file being written, its rows gathered and written a megabyte at a time. */
class CsvFileOut {
  private readonly fd: number;
  private pending: string[][] = [];
  private pendingBytes = 0;

  constructor(file: string, header: string[]) {
    this.fd = fs.openSync(file, 'w');
    this.add(header);
  }

  add(cells: string[]): void {
    this.pending.push(cells);
    for (const cell of cells) this.pendingBytes += cell.length + 1;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending.length > 0) fs.writeSync(this.fd, stringify(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/**
 * Writes rows in the convention the reader takes as they come, one file per label and relationship
 * spec (opened at its first row); `suffix` goes before `.csv` (e.g. ".generated"). Holds no more
 * than a megabyte per file.
 */
export class CsvRowsWriter implements RowsOut {
  private readonly files = new Map<Label | RelationshipSpec, CsvFileOut>();

  constructor(
    private readonly dir: string,
    private readonly suffix = '',
  ) {
    fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'relationships'), { recursive: true });
  }

  node(label: Label, row: NodeRow): void {
    const { properties } = LABEL_SPECS[label];
    let file = this.files.get(label);
    if (!file) {
      const header = [`id:ID(${label})`, ...properties.map((p) => propertyHeader(p.name, p.type))];
      this.files.set(label, (file = new CsvFileOut(path.join(this.dir, 'nodes', `${label}${this.suffix}.csv`), header)));
    }
    file.add([String(row.props.id), ...properties.map((p) => formatCell(row.props[p.name]))]);
  }

  relationship(spec: RelationshipSpec, row: RelationshipRow): void {
    let file = this.files.get(spec);
    if (!file) {
      const header = [`:START_ID(${spec.from})`, `:END_ID(${spec.to})`, ...spec.properties.map((p) => propertyHeader(p.name, p.type))];
      this.files.set(spec, (file = new CsvFileOut(path.join(this.dir, 'relationships', relationshipFileName(spec, this.suffix)), header)));
    }
    file.add([row.from, row.to, ...spec.properties.map((p) => formatCell(row.props[p.name]))]);
  }

  close(): void {
    for (const file of this.files.values()) file.close();
    this.files.clear();
  }
}

/** Writes every row of a dataset to `out`, nodes first. */
export function copyDataset(dataset: Dataset, out: RowsOut): void {
  for (const [label, rows] of dataset.nodes) for (const row of rows) out.node(label, row);
  for (const { spec, rows } of dataset.relationships) for (const row of rows) out.relationship(spec, row);
}

/** Writes a dataset in the convention the reader takes (CsvRowsWriter). */
export function writeDataset(dir: string, dataset: Dataset, suffix = ''): void {
  const writer = new CsvRowsWriter(dir, suffix);
  try {
    copyDataset(dataset, writer);
  } finally {
    writer.close();
  }
}
