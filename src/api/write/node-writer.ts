import { AUDITED_LABELS, dateOrderProblem, LABEL_SPECS, toGlobalId, withDerivedProperties, type AuditEntry, type Label, type Viewer, type Properties } from '../../domain';
import { randomUUID } from 'node:crypto';
import { GraphConflictError, GraphConstraintError } from '../../graph/errors';
import type { GraphStore, GraphTransaction } from '../../graph/store';
import { audit, lookup, writes } from '../../graph/queries';
import { ApiError } from '../errors';
import { keyArgument } from '../read/key-argument';
import { toNodeObject, type NodeObject } from '../read/node-object';
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

/** Checks across properties that no single field can (dateOrderProblem). */
function checkNode(label: Label, props: Properties): void {
  const problem = dateOrderProblem(label, props);
  if (problem) throw new ApiError('BAD_USER_INPUT', `${problem}.`, { argument: 'endDate' });
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
    private readonly viewer: Viewer,
    private readonly acceptsTokens: boolean,
    private readonly changed: ChangeListener,
  ) {}

  async create(label: Label, input: object): Promise<NodeObject> {
    authorize(this.viewer, this.acceptsTokens, 'create');
    const props = given(input);
    checkNode(label, props);
    const now = new Date().toISOString();
    const full = withDerivedProperties(label, { ...props, version: 1, createdAt: now, updatedAt: now, updatedBy: this.viewer.subject });
    try {
      const [row] = await this.store.transaction((tx) => tx.run<{ node: Properties }>(writes.createNode(label), { props: full }));
      const node = toNodeObject(label, row.node);
      this.changed({ kind: 'CREATED', ids: [node.id] });
      return node;
    } catch (error) {
      if (error instanceof GraphConstraintError) {
        throw new ApiError('CONFLICT', `A ${label} with id "${String(props.id)}" exists already.`, { argument: 'input.id' });
      }
      throw error;
    }
  }

  async update(label: Label, id: string, version: number, patch: object): Promise<NodeObject> {
    authorize(this.viewer, this.acceptsTokens, 'update');
    const key = keyArgument(label, id, 'id');
    const changes = given(patch);
    const cleared = LABEL_SPECS[label].properties.filter((p) => p.required && changes[p.name] === null).map((p) => p.name);
    if (cleared.length) throw new ApiError('BAD_USER_INPUT', `${cleared.join(', ')} cannot be cleared: ${label} needs ${cleared.length > 1 ? 'them' : 'it'}.`, { argument: 'patch' });
    const node = await this.writeAt('UPDATED', label, key, version, async (tx, current) => {
      const merged = { ...current, ...changes };
      checkNode(label, merged);
      const derived = withDerivedProperties(label, merged);
      const meta = { updatedAt: new Date().toISOString(), updatedBy: this.viewer.subject };
      const extra = { nameFolded: derived.nameFolded, ...(label === 'Event' ? { year: derived.year } : {}) };
      const [row] = await tx.run<{ node: Properties }>(writes.updateNode(label), { id: key, version, changes: { ...changes, ...extra, ...meta } });
      return row?.node;
    });
    return toNodeObject(label, node);
  }

  /** Many nodes and relationships at once, all or nothing (see record-import.ts). */
  async importRecords(input: ImportInput): Promise<ImportReportObject> {
    const report = await importRecords(this.store, this.viewer, this.acceptsTokens, input);
    if (!report.dryRun) this.changed({ kind: 'IMPORTED', ids: [] });
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
        const [found] = await tx.run<{ node: Properties }>(lookup.nodesByKeys(label), { keys: [key] });
        if (!found) throw new ApiError('NOT_FOUND', `No ${label} has the id "${key}".`, { argument: 'id' });
        currentVersion = typeof found.node.version === 'number' ? found.node.version : 0;
        if (currentVersion !== version) throw conflict(label, key, version, currentVersion);
        const written = await write(tx, found.node);
        if (!written) throw conflict(label, key, version, currentVersion + 1);
        return written;
      });
      this.changed({ kind, ids: [toGlobalId(label, key)] });
      return node;
    } catch (error) {
      if (error instanceof GraphConflictError) throw conflict(label, key, version, currentVersion + 1);
      throw error;
    }
  }
}
