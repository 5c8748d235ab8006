import { AUDITED_LABELS, checkPatch, checkRecord, dateOrderProblem, referencesOf, toGlobalId, withDerivedProperties, type AuditEntry, type Label, type Properties, type Reference, type Viewer } from '../../domain';
import { randomUUID } from 'node:crypto';
import { GraphConflictError, GraphConstraintError } from '../../graph/errors';
import type { GraphStore, GraphTransaction } from '../../graph/store';
import { audit, writes } from '../../graph/queries';
import { ApiError, invalidInput } from '../errors';
import { keyArgument } from '../read/key-argument';
import { toNodeObject, type NodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { authorize } from './authorize';
import { importRecords, type ImportInput, type ImportReportObject } from './record-import';
import type { ChangeListener } from '../changes';


export interface DeletedObject {
  id: string;
  version: number;
}

/** The fields a GraphQL input actually carried (absent ones are undefined; null means "clear"). */
function given(input: object): Properties {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/** A reference resolved to the key of the node it names (null: the reference is cleared). */
interface ResolvedReference {
  ref: Reference;
  key: string | null;
}

/** The node's own properties and the references it names besides them (`city` of a practitioner). */
function split(label: Label, fields: Properties): { props: Properties; named: Properties } {
  const inputOnly = new Set(referencesOf(label).filter((r) => !r.property).map((r) => r.field));
  const props: Properties = {};
  const named: Properties = {};
  for (const [name, value] of Object.entries(fields)) (inputOnly.has(name) ? named : props)[name] = value;
  return { props, named };
}

/** Links the node to what it references, replacing what a changed reference pointed at; in the write's transaction. */
async function linkReferences(tx: GraphTransaction, key: string, resolved: ResolvedReference[], replace: boolean): Promise<void> {
  for (const { ref, key: to } of resolved) {
    if (replace) await tx.run(writes.detachReferences(ref.spec), { keys: [key] });
    if (to === null) continue;
    const [row] = await tx.run(writes.linkNodes(ref.spec), { from: key, to, props: {} });
    if (!row) throw new ApiError('NOT_FOUND', `input.${ref.field}: ${ref.spec.to} "${to}" was deleted meanwhile; nothing was written.`, { argument: `input.${ref.field}` });
  }
}

function conflict(label: Label, key: string, version: number, current: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `${label} "${key}" is at version ${current}, not ${version}: someone changed it since you read it. Read it again and redo your change.`,
    { currentVersion: current },
  );
}

/**
 * Creates, updates and deletes single nodes for the API, each in one transaction. Every write
 * records its time and author and bumps the node's version; updates and deletes name the version
 * they were based on and are refused with CONFLICT when it is stale.
 */
export class NodeWriter {
  constructor(
    private readonly store: GraphStore,
    private readonly reader: GraphReader,
    private readonly viewer: Viewer,
    private readonly acceptsTokens: boolean,
    private readonly changed: ChangeListener,
  ) {}

  async create(label: Label, input: object): Promise<NodeObject> {
    authorize(this.viewer, this.acceptsTokens, 'create');
    const { props, named } = split(label, given(input));
    const problems = checkRecord(label, props);
    if (problems.length) throw invalidInput(problems);
    const resolved = await this.resolve(label, { ...props, ...named });
    const now = new Date().toISOString();
    // A null field of a new node is an absent one: the stored map must equal what was sent.
    const present = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    const full = withDerivedProperties(label, { ...present, version: 1, createdAt: now, updatedAt: now, updatedBy: this.viewer.subject });
    const exists = () => new ApiError('CONFLICT', `A ${label} with id "${String(props.id)}" exists already.`, { argument: 'input.id' });
    try {
      const row = await this.store.transaction(async (tx) => {
        const [written] = await tx.run<{ node: Properties; created: boolean }>(writes.createNode(label), { id: props.id, props: full });
        if (!written.created) throw exists();
        await linkReferences(tx, String(props.id), resolved, false);
        return written;
      });
      const node = toNodeObject(label, row.node);
      await this.changed({ kind: 'CREATED', ids: [node.id] });
      return node;
    } catch (error) {
      // Two creates of one id at once: the engine refuses the second at its constraint or lock.
      if (error instanceof GraphConstraintError || error instanceof GraphConflictError) throw exists();
      throw error;
    }
  }

  async update(label: Label, id: string, version: number, patch: object): Promise<NodeObject> {
    authorize(this.viewer, this.acceptsTokens, 'update');
    const key = keyArgument(label, id, 'id');
    const changes = given(patch);
    const problems = checkPatch(label, changes);
    if (problems.length) throw invalidInput(problems, 'patch');
    const resolved = await this.resolve(label, changes);
    const node = await this.writeAt('UPDATED', label, key, version, async (tx, current) => {
      const merged = { ...current, ...changes };
      const order = dateOrderProblem(label, merged);
      if (order) throw invalidInput([order], 'patch');
      const derived = withDerivedProperties(label, merged);
      const meta = { updatedAt: new Date().toISOString(), updatedBy: this.viewer.subject };
      const extra = { nameFolded: derived.nameFolded, ...(label === 'Event' ? { year: derived.year } : {}) };
      const [row] = await tx.run<{ node: Properties }>(writes.updateNode(label), { id: key, version, changes: { ...changes, ...extra, ...meta } });
      if (row) await linkReferences(tx, key, resolved, true);
      return row?.node;
    });
    return toNodeObject(label, node);
  }

  /** Many nodes and relationships at once, all or nothing (see record-import.ts). */
  async importRecords(input: ImportInput): Promise<ImportReportObject> {
    const report = await importRecords(this.store, this.viewer, this.acceptsTokens, input);
    if (!report.dryRun) await this.changed({ kind: 'IMPORTED', ids: [] });
    return report;
  }

  async delete(label: Label, id: string, version: number): Promise<DeletedObject> {
    authorize(this.viewer, this.acceptsTokens, 'delete');
    const key = keyArgument(label, id, 'id');
    const node = await this.writeAt('DELETED', label, key, version, async (tx) => {
      const [row] = await tx.run<{ node: Properties }>(writes.deleteNode(label), { id: key, version });
      if (row && AUDITED_LABELS.includes(label)) {
        const entry: AuditEntry = {
          id: randomUUID(),
          action: 'DELETE',
          label,
          key,
          at: new Date().toISOString(),
          by: this.viewer.subject,
          snapshot: JSON.stringify(row.node),
        };
        await tx.run(audit.recordEntry, { entry });
      }
      return row?.node;
    });
    return { id: toNodeObject(label, node).id, version };
  }

  /**
   * The nodes the given fields name (those absent are left as they are; null clears a link),
   * each read the one way node names are read: NOT_FOUND with suggestions when there is none.
   */
  private async resolve(label: Label, fields: Properties): Promise<ResolvedReference[]> {
    const given = referencesOf(label).filter((ref) => fields[ref.field] !== undefined);
    return Promise.all(
      given.map(async (ref) => {
        const value = fields[ref.field];
        return { ref, key: value === null ? null : await this.reader.keyNamed(ref.spec.to, String(value), `input.${ref.field}`) };
      }),
    );
  }

  /**
   * Runs a write of one node at a version inside a transaction: NOT_FOUND when there is no such
   * node, CONFLICT when its version moved on (also when another transaction wrote it meanwhile).
   */
  private async writeAt(
    kind: 'UPDATED' | 'DELETED',
    label: Label,
    key: string,
    version: number,
    write: (tx: GraphTransaction, current: Properties) => Promise<Properties | undefined>,
  ): Promise<Properties> {
    let currentVersion = version;
    try {
      const node = await this.store.transaction(async (tx) => {
        const [found] = await tx.run<{ node: Properties }>(writes.lockNode(label), { id: key });
        if (!found) throw new ApiError('NOT_FOUND', `No ${label} has the id "${key}".`, { argument: 'id' });
        currentVersion = typeof found.node.version === 'number' ? found.node.version : 0;
        if (currentVersion !== version) throw conflict(label, key, version, currentVersion);
        const written = await write(tx, found.node);
        if (!written) throw conflict(label, key, version, currentVersion + 1);
        return written;
      });
      await this.changed({ kind, ids: [toGlobalId(label, key)] });
      return node;
    } catch (error) {
      if (error instanceof GraphConflictError) throw conflict(label, key, version, currentVersion + 1);
      throw error;
    }
  }
}
