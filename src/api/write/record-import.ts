import { canonicalRecord, checkLink, checkRecord, labelOfKind, LABELS, parseGlobalId, parseKey, referencesOf, relationshipKey, withDerivedProperties, type Label, type RelationshipSpec, type RelationshipType, type Viewer, type Properties } from '../../domain';
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
  /** The property the problem is about, when it is about one. */
  field?: string;
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
  const links = new Map<string, { spec: RelationshipSpec; rows: { from: string; to: string; props: Properties }[] }>();
  const addLink = (spec: RelationshipSpec, row: { from: string; to: string; props: Properties }) => {
    const key = relationshipKey(spec);
    const group = links.get(key) ?? { spec, rows: [] };
    group.rows.push(row);
    links.set(key, group);
  };
  // What a reference property (a city's countryCode) pointed at before: replaced by what it names now.
  const detach = new Map<string, { spec: RelationshipSpec; keys: string[] }>();
  const ends = new Map<Label, Set<string>>();
  const checked: { section: ImportProblem['section']; row: number; field?: string; gids: string[] }[] = [];
  input.nodes.forEach((record, row) => {
    const label = labelOfKind(record.kind);
    const properties = canonicalRecord(label, record.properties);
    const violations = checkRecord(label, properties);
    for (const v of violations) problems.push({ section: 'nodes', row, field: v.field, message: v.message });
    const gid = `${label}:${String(record.properties.id)}`;
    if (inBatch.has(gid)) problems.push({ section: 'nodes', row, message: `${gid} appears twice in this batch` });
    inBatch.add(gid);
    byLabel.set(label, [...(byLabel.get(label) ?? []), properties]);
    if (violations.length) return;
    for (const ref of referencesOf(label).filter((r) => r.property && properties[r.field] != null)) {
      const to = parseKey(ref.spec.to, String(properties[ref.field]));
      if (!to.ok) continue;
      const id = String(properties.id);
      addLink(ref.spec, { from: id, to: to.key, props: {} });
      const group = detach.get(relationshipKey(ref.spec)) ?? { spec: ref.spec, keys: [] };
      group.keys.push(id);
      detach.set(relationshipKey(ref.spec), group);
      ends.set(ref.spec.to, (ends.get(ref.spec.to) ?? new Set()).add(to.key));
      checked.push({ section: 'nodes', row, field: ref.field, gids: [`${ref.spec.to}:${to.key}`] });
    }
  });
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
    addLink(check.spec, { from: from.key, to: to.key, props: check.props });
    for (const end of [from, to]) ends.set(end.label, (ends.get(end.label) ?? new Set()).add(end.key));
    checked.push({ section: 'relationships', row, gids: [`${from.label}:${from.key}`, `${to.label}:${to.key}`] });
  });
  const existing = new Set<string>();
  for (const label of LABELS) {
    const keys = [...new Set([...(ends.get(label) ?? []), ...(byLabel.get(label) ?? []).map((p) => String(p.id))])];
    if (keys.length === 0) continue;
    const rows = await store.read<{ id: string }>(nodeQueries.existingIds(label), { ids: keys });
    for (const r of rows) existing.add(`${label}:${r.id}`);
  }
  for (const { section, row, field, gids } of checked) {
    const missing = gids.filter((g) => !existing.has(g) && !inBatch.has(g));
    if (missing.length) {
      const about = field ? `${field} names ${missing[0]}, but ` : '';
      problems.push({ section, row, ...(field ? { field } : {}), message: `${about}no node has the id ${missing.join(' nor ')}, in the graph or in this batch` });
    }
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
    for (const { spec, keys } of detach.values()) await tx.run(writes.detachReferences(spec), { keys });
    for (const { spec, rows } of links.values()) await tx.run(writes.importLinks(spec), { rows });
  });
  return report;
}
