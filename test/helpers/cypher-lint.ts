import fs from 'node:fs';
import path from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { AUDIT_LABEL, LABELS, RELATIONSHIP_TYPES } from '../../src/domain';
import { JOURNAL_LABEL, STAGED_LABEL } from '../../src/graph/queries/staging';
import { allStatements } from '../../src/graph/queries';
import type { Statement } from '../../src/graph/statement';
import { benchStatements } from '../../bench/lib/floor-statements';
const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * Neo4j 5's own grammar and semantic checks for the catalogue, and the committed snapshot of every
 * statement it generates (text and parameters, as neo4j/graphql's TCK pins its Cypher): a
 * statement is linted when it first appears or changes, and pinned once it lints clean.
 */

/** Every statement of the catalogue, and the benchmark's hand-written floor, held to the same rules. */
export const catalogue = (): Statement[] => [...allStatements(), ...benchStatements()];

export const SNAPSHOT_FILE = path.join(REPO_ROOT, 'test/snapshots/statements.json');

export interface Pinned {
  mode: Statement['mode'];
  params: string[];
  cypher: string;
}

export interface Snapshot {
  /** The linter the pinned statements were checked with. */
  linter: string;
  statements: Record<string, Pinned>;
}

export const LINTER = `@neo4j-cypher/language-support@${(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/@neo4j-cypher/language-support/package.json'), 'utf8')) as { version: string }).version}`;

export const pin = (stmt: Statement): Pinned => ({ mode: stmt.mode, params: [...stmt.params], cypher: stmt.cypher });

export function readSnapshot(): Snapshot {
  return fs.existsSync(SNAPSHOT_FILE) ? (JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot) : { linter: '', statements: {} };
}

/** The `$parameters` a text uses. */
export const parametersIn = (cypher: string) => [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();

/** Half of the linter's work per call is fixed cost: ten statements go in one multi-statement text. */
const BATCH = 10;
const SEPARATOR = ';\n';

/**
 * The diagnostics of each distinct statement text. A batch declares the parameters of all its
 * statements; whether each declares exactly those its text uses is checked with parametersIn.
 */
export function lintAll(statements: readonly Statement[]): Map<string, string[]> {
  const distinct = [...new Map(statements.map((s) => [s.cypher, s])).values()];
  const found = new Map<string, string[]>(distinct.map((s) => [s.cypher, []]));
  for (let i = 0; i < distinct.length; i += BATCH) {
    const batch = distinct.slice(i, i + BATCH);
    const starts: number[] = [];
    let text = '';
    for (const stmt of batch) {
      starts.push(text.length);
      text += stmt.cypher + SEPARATOR;
    }
    const diagnostics = lintCypherQuery(text, {
      labels: [...LABELS, AUDIT_LABEL, STAGED_LABEL, JOURNAL_LABEL],
      relationshipTypes: [...RELATIONSHIP_TYPES],
      parameters: Object.fromEntries(batch.flatMap((stmt) => stmt.params.map((p) => [p, null]))),
    });
    for (const diagnostic of diagnostics) {
      let owner = 0;
      while (owner + 1 < starts.length && starts[owner + 1] <= diagnostic.offsets.start) owner++;
      found.get(batch[owner].cypher)!.push(String(diagnostic.message));
    }
  }
  return found;
}

/** The statements the snapshot does not hold as they are now (new or changed), or all of them under another linter. */
export function unpinned(statements: readonly Statement[], snapshot: Snapshot): Statement[] {
  if (snapshot.linter !== LINTER) return [...statements];
  return statements.filter((s) => JSON.stringify(snapshot.statements[s.name]) !== JSON.stringify(pin(s)));
}
