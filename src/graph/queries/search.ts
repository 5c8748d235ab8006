import { LABELS } from '../../domain';
import { onlyOn, statement, type Statement } from '../statement';

/**
 * Neo4j's full-text index over every label's folded name (its default analyzer splits words at
 * punctuation, as `searchTokens` does). The embedded engine keeps its text index in process
 * (graph/names/memory-index.ts) and runs neither statement.
 */
export const FULLTEXT_INDEX = 'node_names';

export const fulltextIndex: Statement = onlyOn(
  'neo4j',
  statement('search.fulltextIndex', 'write', [], `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${LABELS.join('|')}) ON EACH [n.nameFolded]`),
);

/** Nodes of the given labels whose name matches a Lucene query, best first, at most $limit. */
export const fulltextCandidates: Statement = onlyOn(
  'neo4j',
  statement(
    'search.fulltextCandidates',
    'read',
    ['index', 'query', 'labels', 'limit'],
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
     WITH node, [l IN labels(node) WHERE l IN $labels] AS wanted WHERE size(wanted) > 0
     RETURN wanted[0] AS label, node.id AS key, node.nameFolded AS folded LIMIT $limit`,
  ),
);
