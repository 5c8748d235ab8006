import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { AUDIT_LABEL, LABELS, RELATIONSHIP_TYPES } from '../../src/domain';
import { allStatements } from '../../src/graph/queries';
import { benchStatements } from '../../bench/lib/floor-statements';

/**
 * Every catalogue statement against Neo4j 5's own grammar and semantic checks, so the Neo4j path
 * is verified without a server. Parameters are declared from each statement's own list, so a
 * `$name` used in the text but missing from `params` fails here too.
 */
describe('Cypher catalogue lint', () => {
  // The benchmark's hand-written floor is held to the same grammar and rules.
  const statements = [...allStatements(), ...benchStatements()];

  it('has unique statement names', () => {
    const names = statements.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s has no diagnostics', (_name, stmt) => {
    const parameters = Object.fromEntries(stmt.params.map((p) => [p, null]));
    const diagnostics = lintCypherQuery(stmt.cypher, {
      labels: [...LABELS, AUDIT_LABEL],
      relationshipTypes: [...RELATIONSHIP_TYPES],
      parameters,
    });
    expect(diagnostics.map((d) => d.message)).toEqual([]);
  });

  it('puts user values only in $parameters: no quoted literals in any statement', () => {
    for (const stmt of statements) expect(stmt.cypher).not.toMatch(/["']/);
  });

  it('catches what it should: a typo and an undeclared parameter', () => {
    const lint = (q: string) => lintCypherQuery(q, { parameters: {} }).map((d) => d.message);
    expect(lint('MATCH (n:City) RETRN n').length).toBeGreaterThan(0);
    expect(lint('MATCH (n:City {id: $id}) RETURN n')).toContain('Parameter $id is not defined.');
  });
});
