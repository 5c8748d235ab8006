import { lintCypherQuery } from '@neo4j-cypher/language-support';
import type { Statement } from '../../src/graph/statement';
import { catalogue, lintAll, parametersIn, pin, readSnapshot, unpinned } from '../helpers/cypher-lint';

/**
 * Every catalogue statement against Neo4j 5's own grammar and semantic checks, so the Neo4j path
 * is verified without a server; and every generated statement pinned in
 * test/snapshots/statements.json. A statement is linted when it is new or changed (here, and by
 * `npm run statements`, which pins it once it is clean); the shortest statement of each module
 * of the catalogue is linted on every run as well, so the linter itself is known to work here.
 */
describe('Cypher catalogue', () => {
  const statements = catalogue();
  const snapshot = readSnapshot();
  const changed = unpinned(statements, snapshot);
  // The shortest statement of each module (the name up to its first dot): a fifth of a second each, so 21, not all 887.
  const shortest = new Map<string, Statement>();
  for (const s of statements) {
    const family = s.name.split(/[.:]/)[0];
    if (!shortest.has(family) || s.cypher.length < shortest.get(family)!.cypher.length) shortest.set(family, s);
  }
  const families = [...shortest.values()];
  let diagnostics: Map<string, string[]>;
  beforeAll(() => {
    diagnostics = lintAll([...changed, ...families]);
  }, 300_000);

  it('has unique statement names, each declaring exactly the $parameters its text uses', () => {
    const names = statements.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const stmt of statements) expect({ name: stmt.name, params: [...stmt.params].sort() }).toEqual({ name: stmt.name, params: parametersIn(stmt.cypher) });
  });

  it('declares a statement write exactly when its text changes the graph (the engines route by it)', () => {
    const changes = /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/;
    for (const stmt of statements) expect({ name: stmt.name, write: stmt.mode === 'write' }).toEqual({ name: stmt.name, write: changes.test(stmt.cypher) });
  });

  it('puts user values only in $parameters: no quoted literals in any statement', () => {
    for (const stmt of statements) expect(stmt.cypher).not.toMatch(/["']/);
  });

  it.each(families.map((s) => [s.name, s] as const))('lints %s clean', (_family, stmt) => {
    expect(diagnostics.get(stmt.cypher)).toEqual([]);
  });

  it('lints every new or changed statement clean', () => {
    expect(changed.map((s) => ({ name: s.name, diagnostics: diagnostics.get(s.cypher) })).filter((s) => s.diagnostics!.length > 0)).toEqual([]);
  });

  it('generates exactly the pinned statements (npm run statements pins changes that lint clean)', () => {
    const now = Object.fromEntries(statements.map((s) => [s.name, pin(s)]));
    expect(now).toEqual(snapshot.statements);
  });

  it('catches what it should, also in a batch: a typo and an undeclared parameter, each in its own statement', () => {
    const lint = (q: string) => lintCypherQuery(q, { parameters: {} }).map((d) => d.message);
    expect(lint('MATCH (n:City) RETRN n').length).toBeGreaterThan(0);
    expect(lint('MATCH (n:City {id: $id}) RETURN n')).toContain('Parameter $id is not defined.');
    const stmt = (name: string, cypher: string): Statement => ({ name, mode: 'read', params: [], cypher });
    const found = lintAll([stmt('ok', 'MATCH (n:City) RETURN n'), stmt('typo', 'MATCH (n:City) RETRN n'), stmt('param', 'MATCH (n:City {id: $id}) RETURN n')]);
    expect(found.get('MATCH (n:City) RETURN n')).toEqual([]);
    expect(found.get('MATCH (n:City) RETRN n')!.length).toBeGreaterThan(0);
    expect(found.get('MATCH (n:City {id: $id}) RETURN n')).toEqual(['Parameter $id is not defined.']);
    expect(parametersIn('MATCH (n:City {id: $id}) WHERE n.x IN $xs RETURN n, $id')).toEqual(['id', 'xs']);
  });
});
