import { AUDIT_LABEL } from '../../domain';
import { statement } from '../statement';

/** Adds one audit entry (inside the transaction of the change it records). */
export const recordEntry = statement('audit.record', 'write', ['entry'], `CREATE (e:${AUDIT_LABEL}) SET e = $entry RETURN e.id AS id`);

/** The newest entries first. */
export const latestEntries = statement(
  'audit.latest',
  'scan',
  ['limit'],
  `MATCH (e:${AUDIT_LABEL}) RETURN properties(e) AS entry ORDER BY e.at DESC, e.id DESC LIMIT $limit`,
);
