import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LABEL_SPECS, RELATIONSHIP_SPECS, formatCell, type RelationshipSpec } from '../../domain';
import type { Dataset } from '../dataset';
import { propertyHeader } from './header';

/** The file a relationship spec is written to: its type, plus the start label where the type has several. */
export function relationshipFileName(spec: RelationshipSpec, suffix = ''): string {
  const shared = RELATIONSHIP_SPECS.filter((s) => s.type === spec.type).length > 1;
  return shared ? `${spec.type}.${spec.from}${suffix}.csv` : `${spec.type}${suffix}.csv`;
}

/**
 * Writes a dataset in the same convention the reader takes, one file per label and relationship
 * spec; `suffix` goes before `.csv` (e.g. ".generated").
 */
export function writeDataset(dir: string, dataset: Dataset, suffix = ''): void {
  fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'relationships'), { recursive: true });
  for (const [label, rows] of dataset.nodes) {
    const spec = LABEL_SPECS[label];
    const header = [`id:ID(${label})`, ...spec.properties.map((p) => propertyHeader(p.name, p.type))];
    const records = rows.map((r) => [String(r.props.id), ...spec.properties.map((p) => formatCell(r.props[p.name]))]);
    fs.writeFileSync(path.join(dir, 'nodes', `${label}${suffix}.csv`), stringify([header, ...records]));
  }
  for (const { spec, rows } of dataset.relationships) {
    const header = [
      `:START_ID(${spec.from})`,
      `:END_ID(${spec.to})`,
      ...spec.properties.map((p) => propertyHeader(p.name, p.type)),
    ];
    const records = rows.map((r) => [r.from, r.to, ...spec.properties.map((p) => formatCell(r.props[p.name]))]);
    fs.writeFileSync(path.join(dir, 'relationships', relationshipFileName(spec, suffix)), stringify([header, ...records]));
  }
}
