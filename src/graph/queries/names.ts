import { LABEL_SPECS, referencesOf, type Label } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';

/**
 * Finding a node the way a person names it: by its folded name (several nodes may share one;
 * the name index answers), and every name of a label, from which the API suggests the closest
 * when nothing matches.
 */

/** At most this many nodes sharing a name are listed; more than one already means "give the id". */
export const NAMED_LIMIT = 20;

/**
 * The nodes of a folded name, each with what tells namesakes apart: the name of the node its
 * reference property names (a city's country), or null.
 */
export const nodesNamed = (label: Label): Statement =>
  memoStatement(`names.named:${label}`, () => {
    const reference = referencesOf(label).find((r) => r.property);
    const context = reference
      ? `OPTIONAL MATCH (n)-[:${reference.spec.type}]->(r:${reference.spec.to}) WITH n, r.${LABEL_SPECS[reference.spec.to].nameProperty} AS context `
      : 'WITH n, null AS context ';
    return statement(
      `names.named:${label}`,
      'read',
      ['name'],
      `MATCH (n:${label} {nameFolded: $name}) ${context}
       RETURN properties(n) AS node, context ORDER BY node.id LIMIT ${NAMED_LIMIT}`,
    );
  });

export const nameList = (label: Label): Statement =>
  memoStatement(`names.list:${label}`, () =>
    statement(
      `names.list:${label}`,
      'scan',
      [],
      `MATCH (n:${label}) RETURN n.id AS key, n.${LABEL_SPECS[label].nameProperty} AS name, n.nameFolded AS folded`,
    ),
  );
