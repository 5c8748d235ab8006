import { LABELS, RELATIONSHIP_SPECS, relationshipKey, type Label, type RelationshipSpec } from '../../domain';
import { statement, type Statement } from '../statement';

/**
 * The API's writes to single nodes. Updates and deletes name the version they were based on;
 * they lock the node first (lockNode), check its version and change it in one transaction, and the
 * change checks the version again, so of two writers with the same version exactly one wins.
 */

/**
 * Creates one node from its complete property map, idempotently: `created` is true when the node
 * now holds exactly $props (this write made it, also when a retry of a transaction that committed
 * runs it again), false when another node had the id already.
 */
export const createNode = (label: Label): Statement =>
  statement(
    `writes.create:${label}`,
    'write',
    ['id', 'props'],
    `MERGE (n:${label} {id: $id}) ON CREATE SET n = $props RETURN properties(n) AS node, properties(n) = $props AS created`,
  );

/**
 * Reads a node for a write after taking its write lock: on Neo4j (read committed) a plain read
 * takes no lock, so two writers could both see the same version and both write. Setting a
 * property takes the node's lock until the transaction ends and makes the read after it see the
 * latest committed state (Neo4j's documented cure for lost updates); the marker is removed in the
 * same statement. No row when there is no such node.
 */
export const lockNode = (label: Label): Statement =>
  statement(`writes.lock:${label}`, 'write', ['id'], `MATCH (n:${label} {id: $id}) SET n._lock = true REMOVE n._lock RETURN properties(n) AS node`);

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

/**
 * Links two nodes (one relationship per pair and type: linking again updates its properties);
 * no row when either node is missing. `created` says whether the relationship is new.
 */
export const linkNodes = (spec: RelationshipSpec): Statement =>
  statement(
    `writes.link:${relationshipKey(spec)}`,
    'write',
    ['from', 'to', 'props'],
    `MATCH (a:${spec.from} {id: $from}) MATCH (b:${spec.to} {id: $to})
     OPTIONAL MATCH (a)-[existing:${spec.type}]->(b)
     WITH a, b, count(existing) AS before
     MERGE (a)-[r:${spec.type}]->(b) SET r += $props
     RETURN properties(r) AS rel, before = 0 AS created`,
  );

/** Removes the relationship between two nodes; `removed` is 0 when there was none. */
export const unlinkNodes = (spec: RelationshipSpec): Statement =>
  statement(
    `writes.unlink:${relationshipKey(spec)}`,
    'write',
    ['from', 'to'],
    `MATCH (:${spec.from} {id: $from})-[r:${spec.type}]->(:${spec.to} {id: $to}) DELETE r RETURN count(*) AS removed`,
  );

/**
 * Removes the relationships of this spec from each node of $keys: what a reference property
 * (a city's countryCode) pointed at before it changed. The new link is made with linkNodes.
 */
export const detachReferences = (spec: RelationshipSpec): Statement =>
  statement(
    `writes.detachReferences:${relationshipKey(spec)}`,
    'write',
    ['keys'],
    `UNWIND $keys AS key MATCH (:${spec.from} {id: key})-[r:${spec.type}]->(:${spec.to}) DELETE r RETURN count(*) AS removed`,
  );

/**
 * Creates or updates a batch of nodes by id (imports): given properties replace those stored,
 * others stay; new nodes start at version 1, updated ones move up by one.
 */
export const importNodes = (label: Label): Statement =>
  statement(
    `writes.importNodes:${label}`,
    'write',
    ['rows', 'now', 'by'],
    `UNWIND $rows AS row MERGE (n:${label} {id: row.id})
     ON CREATE SET n.createdAt = $now
     SET n += row, n.version = coalesce(n.version, 0) + 1, n.updatedAt = $now, n.updatedBy = $by
     RETURN count(n) AS count`,
  );

/** Links a batch of node pairs (imports), one relationship per pair and type. */
export const importLinks = (spec: RelationshipSpec): Statement =>
  statement(
    `writes.importLinks:${relationshipKey(spec)}`,
    'write',
    ['rows'],
    `UNWIND $rows AS row MATCH (a:${spec.from} {id: row.from}) MATCH (b:${spec.to} {id: row.to})
     MERGE (a)-[r:${spec.type}]->(b) SET r += row.props RETURN count(r) AS count`,
  );

export function writeStatements(): Statement[] {
  return [
    ...LABELS.flatMap((l) => [lockNode(l), createNode(l), updateNode(l), deleteNode(l)]),
    ...LABELS.map(importNodes),
    ...RELATIONSHIP_SPECS.flatMap((s) => [linkNodes(s), unlinkNodes(s), importLinks(s), detachReferences(s)]),
  ];
}
