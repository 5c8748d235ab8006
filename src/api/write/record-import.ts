import { canonicalRecord, checkLink, checkRecord, labelOfKind, LABELS, parseGlobalId, relationshipKey, withDerivedProperties, type Label, type RelationshipSpec, type RelationshipType, type Viewer, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { nodes as nodeQueries, writes } from '../../graph/queries';
import { ApiError } from '../errors';
import { authorize } from './authorize';


export interface NodeRecord {
  kind: string;
  properties: Properties;
}

export interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  properties?: Properties | null;
}

export interface ImportProblem {
  section: 'nodes' | 'relationships';
  /** 0-based position in its list, as a client indexes it. */
  row: number;
  message: string;
}

export interface ImportInput {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  dryRun: boolean;
}

export interface ImportReportObject {
  dryRun: boolean;
  nodesCreated: number;
  nodesUpdated: number;
  relationships: number;
}

/** At most this many records (nodes and relationships together) per call. */
export const MAX_RECORDS = 5000;

/**
 * importRecords: checks every record first (each problem with its list and row), then writes
 * them all in one transaction, or nothing. With dryRun it stops after the checks and says what
 * would change.
 */
export async function importRecords(
  store: GraphStore,
  viewer: Viewer,
  acceptsTokens: boolean,
  input: ImportInput,
): Promise<ImportReportObject> {
  authorize(viewer, acceptsTokens, 'import');
  const total = input.nodes.length + input.relationships.length;
  if (total > MAX_RECORDS) throw new ApiError('BAD_USER_INPUT', `At most ${MAX_RECORDS} records per call; got ${total}. Split the batch.`);
  const problems: ImportProblem[] = [];
  const byLabel = new Map<Label, Properties[]>();
  const inBatch = new Set<string>();
  input.nodes.forEach((record, row) => {
    const label = labelOfKind(record.kind);
    const properties = canonicalRecord(label, record.properties);
    for (const message of checkRecord(label, properties)) problems.push({ section: 'nodes', row, message });
    const gid = `${label}:${String(record.properties.id)}`;
    if (inBatch.has(gid)) problems.push({ section: 'nodes', row, message: `${gid} appears twice in this batch` });
    inBatch.add(gid);
    byLabel.set(label, [...(byLabel.get(label) ?? []), properties]);
  });
  const links = new Map<string, { spec: RelationshipSpec; rows: { from: string; to: string; props: Properties }[] }>();
  const ends = new Map<Label, Set<string>>();
  const checked: { row: number; gids: string[] }[] = [];
  input.relationships.forEach((record, row) => {
    const [from, to] = [parseGlobalId(record.from), parseGlobalId(record.to)];
    if (!from.ok || !to.ok) {
      problems.push({ section: 'relationships', row, message: `${!from.ok ? `from: ${from.reason}` : `to: ${(to as { reason: string }).reason}`}` });
      return;
    }
    const check = checkLink(record.type as RelationshipType, from, to, record.properties ?? {});
    if (!check.ok) {
      problems.push({ section: 'relationships', row, message: check.reason });
      return;
    }
    const key = relationshipKey(check.spec);
    const group = links.get(key) ?? { spec: check.spec, rows: [] };
    group.rows.push({ from: from.key, to: to.key, props: check.props });
    links.set(key, group);
    for (const end of [from, to]) ends.set(end.label, (ends.get(end.label) ?? new Set()).add(end.key));
    checked.push({ row, gids: [`${from.label}:${from.key}`, `${to.label}:${to.key}`] });
  });
  const existing = new Set<string>();
  for (const label of LABELS) {
    const keys = [...new Set([...(ends.get(label) ?? []), ...(byLabel.get(label) ?? []).map((p) => String(p.id))])];
    if (keys.length === 0) continue;
    const rows = await store.read<{ id: string }>(nodeQueries.existingIds(label), { ids: keys });
    for (const r of rows) existing.add(`${label}:${r.id}`);
  }
  for (const { row, gids } of checked) {
    const missing = gids.filter((g) => !existing.has(g) && !inBatch.has(g));
    if (missing.length) problems.push({ section: 'relationships', row, message: `no node has the id ${missing.join(' nor ')}, in the graph or in this batch` });
  }
  if (problems.length) {
    problems.sort((a, b) => a.section.localeCompare(b.section) || a.row - b.row);
    const shown = problems.slice(0, 20).map((p) => `${p.section}[${p.row}]: ${p.message}`).join('; ');
    throw new ApiError('BAD_USER_INPUT', `Nothing was imported: ${problems.length} problem(s). ${shown}${problems.length > 20 ? '; …' : ''}.`, { problems });
  }
  const created = input.nodes.filter((r) => !existing.has(`${labelOfKind(r.kind)}:${String(r.properties.id)}`)).length;
  const report = { dryRun: input.dryRun, nodesCreated: created, nodesUpdated: input.nodes.length - created, relationships: input.relationships.length };
  if (input.dryRun) return report;
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (const [label, rows] of byLabel) {
      await tx.run(writes.importNodes(label), { rows: rows.map((p) => withDerivedProperties(label, p)), now, by: viewer.subject });
    }
    for (const { spec, rows } of links.values()) await tx.run(writes.importLinks(spec), { rows });
  });
  return report;
}
