import { type Label } from '../../domain';
import { statement, type Statement } from '../statement';

/** Creates one node per row; `row` is the node's complete property map. */
export const createNodes = (label: Label): Statement =>
  statement(
    `nodes.create:${label}`,
    'write',
    ['rows'],
    `UNWIND $rows AS row CREATE (n:${label}) SET n = row RETURN count(n) AS count`,
  );

/** Creates or replaces nodes by id: the row becomes the node's complete property map. */
export const upsertNodes = (label: Label): Statement =>
  statement(
    `nodes.upsert:${label}`,
    'write',
    ['rows'],
    `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row RETURN count(n) AS count`,
  );

/** Which of the given ids exist. */
export const existingIds = (label: Label): Statement =>
  statement(
    `nodes.existingIds:${label}`,
    'read',
    ['ids'],
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`,
  );

/** Every node of a label with all its properties, in id order. */
export const exportNodes = (label: Label): Statement =>
  statement(
    `nodes.export:${label}`,
    'read',
    [],
    `MATCH (n:${label}) RETURN properties(n) AS props ORDER BY n.id`,
  );

/** Removes a batch of nodes with their relationships; returns how many went. */
export const deleteNodesBatch: Statement = statement(
  'nodes.deleteBatch',
  'write',
  ['limit'],
  `MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS count`,
);
