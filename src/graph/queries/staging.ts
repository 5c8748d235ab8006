import { LABELS, RELATIONSHIP_SPECS, relationshipKey, type Label, type RelationshipSpec } from '../../domain';
import { statement, type Statement } from '../statement';

/**
 * A large import in bounded transactions that still applies all or nothing (Neo4j keeps a
 * transaction's state in its heap, so a million rows cannot be one transaction). Rows are first
 * written as `Staged` nodes, which no query of the service reads (every one matches a label of
 * the model). An `ImportJournal` node records how far the import got: STAGING (discarded if
 * interrupted), then for a new graph or a replace CLEARING the old graph and PUBLISHING (the
 * staged nodes, linked among themselves, take their labels), or for an upsert MERGING (each
 * staged record is upserted into the graph and used up, so a replay continues where it stopped).
 * An interrupted CLEARING, PUBLISHING or MERGING is finished by the next import or start: from
 * then on the import is as good as committed.
 */

/** The labels of the staging area; no query of the service matches them. */
export const STAGED_LABEL = 'Staged';
export const JOURNAL_LABEL = 'ImportJournal';

export const begin: Statement = statement(
  'staging.begin',
  'write',
  ['import', 'state', 'replace', 'at'],
  `CREATE (j:${JOURNAL_LABEL} {id: $import, state: $state, replace: $replace, at: $at, touched: $at}) RETURN j.id AS id`,
);

/** Every journal: imports under way, or interrupted. */
export const journals: Statement = statement(
  'staging.journals',
  'read',
  [],
  `MATCH (j:${JOURNAL_LABEL}) RETURN j.id AS id, j.state AS state, j.replace AS replace, j.touched AS touched ORDER BY j.at`,
);

/** Moves the import to its next state; `touched` says it is alive. */
export const setState: Statement = statement(
  'staging.setState',
  'write',
  ['import', 'state', 'at'],
  `MATCH (j:${JOURNAL_LABEL} {id: $import}) SET j.state = $state, j.touched = $at RETURN j.id AS id`,
);

export const end: Statement = statement('staging.end', 'write', ['import'], `MATCH (j:${JOURNAL_LABEL} {id: $import}) DELETE j RETURN count(*) AS count`);

/** Writes a batch of rows of the label $label as staged nodes of this import. */
export const stageNodes: Statement = statement(
  'staging.nodes',
  'write',
  ['rows', 'import', 'label'],
  `UNWIND $rows AS row CREATE (n:${STAGED_LABEL}) SET n = row, n._import = $import, n._label = $label RETURN count(n) AS count`,
);

/** Links staged nodes of this import; the count tells whether every row found both ends. */
export const stageRelationships = (spec: RelationshipSpec): Statement =>
  statement(
    `staging.relationships:${relationshipKey(spec)}`,
    'write',
    ['rows', 'import', 'fromLabel', 'toLabel'],
    `UNWIND $rows AS row
     MATCH (a:${STAGED_LABEL} {_import: $import, _label: $fromLabel, id: row.from})
     MATCH (b:${STAGED_LABEL} {_import: $import, _label: $toLabel, id: row.to})
     CREATE (a)-[r:${spec.type}]->(b) SET r = row.props RETURN count(r) AS count`,
  );

/**
 * An upsert's relationship rows, staged as records (their ends may be live nodes, which staging
 * must not touch): a `Staged` node holding the relationship's properties, its ends and its spec.
 */
export const stageRelationshipRecords: Statement = statement(
  'staging.relationshipRecords',
  'write',
  ['rows', 'import', 'rel'],
  `UNWIND $rows AS row CREATE (s:${STAGED_LABEL}) SET s = row.props, s._import = $import, s._rel = $rel, s._from = row.from, s._to = row.to
   RETURN count(s) AS count`,
);

/** Upserts a batch of staged node records of a label into the graph by id, using each record up. */
export const mergeNodes = (label: Label): Statement =>
  statement(
    `staging.mergeNodes:${label}`,
    'write',
    ['import', 'label', 'limit'],
    `MATCH (s:${STAGED_LABEL} {_import: $import, _label: $label}) WITH s LIMIT $limit
     MERGE (n:${label} {id: s.id}) SET n = properties(s) REMOVE n._import, n._label
     DELETE s RETURN count(*) AS count`,
  );

/** Upserts a batch of staged relationship records between live nodes, using each record up. */
export const mergeRelationships = (spec: RelationshipSpec): Statement =>
  statement(
    `staging.mergeRelationships:${relationshipKey(spec)}`,
    'write',
    ['import', 'rel', 'limit'],
    `MATCH (s:${STAGED_LABEL} {_import: $import, _rel: $rel}) WITH s LIMIT $limit
     MATCH (a:${spec.from} {id: s._from}) MATCH (b:${spec.to} {id: s._to})
     MERGE (a)-[r:${spec.type}]->(b) SET r = properties(s) REMOVE r._import, r._rel, r._from, r._to
     DELETE s RETURN count(*) AS count`,
  );

/** How many staged records of this import are left (a merge that could not place them). */
export const stagedLeft: Statement = statement(
  'staging.left',
  'read',
  ['import'],
  `MATCH (s:${STAGED_LABEL} {_import: $import}) RETURN count(s) AS count`,
);

/** Removes a batch of this import's staged nodes (a dry run, a failure, an interrupted import). */
export const discardBatch: Statement = statement(
  'staging.discardBatch',
  'write',
  ['import', 'limit'],
  `MATCH (n:${STAGED_LABEL} {_import: $import}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS count`,
);

/** Removes a batch of the graph the import replaces: every node but staged ones and journals. */
export const clearLiveBatch: Statement = statement(
  'staging.clearLiveBatch',
  'write',
  ['limit'],
  `MATCH (n) WHERE NOT n:${STAGED_LABEL} AND NOT n:${JOURNAL_LABEL} WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS count`,
);

/** Gives a batch of this import's staged nodes of a label that label: they are live from then on. */
export const publishBatch = (label: Label): Statement =>
  statement(
    `staging.publish:${label}`,
    'write',
    ['import', 'label', 'limit'],
    `MATCH (n:${STAGED_LABEL} {_import: $import, _label: $label}) WITH n LIMIT $limit
     SET n:${label} REMOVE n:${STAGED_LABEL}, n._import, n._label RETURN count(*) AS count`,
  );

/** Neo4j finds the staged ends of each relationship batch through this index. */
export const stagedIndex: Statement = statement(
  'schema.stagedIndex',
  'write',
  [],
  `CREATE INDEX staged_lookup IF NOT EXISTS FOR (n:${STAGED_LABEL}) ON (n._import, n._label, n.id)`,
);

export function stagingStatements(): Statement[] {
  return [
    begin, journals, setState, end, discardBatch, clearLiveBatch,
    stageNodes,
    stageRelationshipRecords,
    stagedLeft,
    ...LABELS.flatMap((l) => [publishBatch(l), mergeNodes(l)]),
    ...RELATIONSHIP_SPECS.flatMap((s) => [stageRelationships(s), mergeRelationships(s)]),
  ];
}
