import { LABELS, type Label } from '../../domain';
import { statement, type Statement } from '../statement';

/**
 * The API's writes to single nodes. Updates and deletes name the version they were based on;
 * the version check and the change are one statement, so of two writers with the same version
 * exactly one matches (the engine runs a statement atomically).
 */

/** Creates one node from its complete property map (the unique id constraint refuses a duplicate). */
export const createNode = (label: Label): Statement =>
  statement(`writes.create:${label}`, 'write', ['props'], `CREATE (n:${label}) SET n = $props RETURN properties(n) AS node`);

/**
 * Applies $changes when the node is still at $version (a null value removes that property) and
 * bumps the version; no row when the version is stale or the node is gone.
 */
export const updateNode = (label: Label): Statement =>
  statement(
    `writes.update:${label}`,
    'write',
    ['id', 'version', 'changes'],
    `MATCH (n:${label} {id: $id}) WHERE coalesce(n.version, 0) = $version
     SET n += $changes, n.version = $version + 1 RETURN properties(n) AS node`,
  );

/** Deletes the node with its relationships when it is still at $version; returns what it was. */
export const deleteNode = (label: Label): Statement =>
  statement(
    `writes.delete:${label}`,
    'write',
    ['id', 'version'],
    `MATCH (n:${label} {id: $id}) WHERE coalesce(n.version, 0) = $version
     WITH n, properties(n) AS old DETACH DELETE n RETURN old AS node`,
  );

export function writeStatements(): Statement[] {
  return LABELS.flatMap((l) => [createNode(l), updateNode(l), deleteNode(l)]);
}
