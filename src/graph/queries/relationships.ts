import { type RelationshipSpec } from '../../domain';
import { statement, type Statement } from '../statement';

const name = (verb: string, s: RelationshipSpec) => `relationships.${verb}:${s.from}-${s.type}-${s.to}`;

/** CREATE adds a relationship per row; MERGE keeps one per (start, type, end) and replaces its properties. */
const writeRelationships = (verb: 'create' | 'upsert', s: RelationshipSpec): Statement =>
  statement(
    name(verb, s),
    'write',
    ['rows'],
    `UNWIND $rows AS row
     MATCH (a:${s.from} {id: row.from})
     MATCH (b:${s.to} {id: row.to})
     ${verb === 'create' ? 'CREATE' : 'MERGE'} (a)-[r:${s.type}]->(b) SET r = row.props
     RETURN count(r) AS count`,
  );

/**
 * Creates one relationship per row `{from, to, props}`. A row whose end is missing matches
 * nothing, so callers compare the returned count with the row count.
 */
export const createRelationships = (s: RelationshipSpec): Statement => writeRelationships('create', s);

/** Creates or replaces the relationship between two nodes (one per type and direction). */
export const upsertRelationships = (s: RelationshipSpec): Statement => writeRelationships('upsert', s);

/** Every relationship of a spec with its properties, ordered by its ends. */
export const exportRelationships = (s: RelationshipSpec): Statement =>
  statement(
    name('export', s),
    'read',
    [],
    `MATCH (a:${s.from})-[r:${s.type}]->(b:${s.to})
     RETURN a.id AS from, b.id AS to, properties(r) AS props
     ORDER BY from, to`,
  );
