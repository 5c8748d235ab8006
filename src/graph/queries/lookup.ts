import { type Label } from '../../domain';
import { memoStatement, statement, type Statement } from '../statement';

/**
 * Nodes of one label by id, one row per id found. (UNWIND + OPTIONAL MATCH would keep missing
 * ids as nulls, but the embedded engine runs it as a scan: 4 s instead of 2 ms for 100 ids.)
 */
export function nodesByKeys(label: Label): Statement {
  const name = `lookup.byKeys:${label}`;
  return memoStatement(name, () =>
    statement(name, 'read', ['keys'], `UNWIND $keys AS key MATCH (n:${label} {id: key}) RETURN key, properties(n) AS node`),
  );
}
