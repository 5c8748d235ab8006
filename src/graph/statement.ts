/**
 * A named, parameterised Cypher statement of the catalogue. User values only ever travel in
 * `params`; labels and relationship types in the text come from the domain model.
 */
export interface Statement {
  readonly name: string;
  readonly cypher: string;
  /** The `$parameters` the statement expects, all of them required. */
  readonly params: readonly string[];
  /**
   * `read` starts from given ids or keys; `scan` reads a whole label (a listing's sort
   * or count, a figure) and runs in the scan lane (scan-lane.ts); `write` changes the graph.
   */
  readonly mode: 'read' | 'scan' | 'write';
  /** The engines that run it (see `onlyOn`); both when absent. */
  readonly engines?: readonly Engine[];
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export function statement(
  name: string,
  mode: Statement['mode'],
  params: readonly string[],
  cypher: string,
): Statement {
  return { name, mode, params, cypher: cypher.trim().replace(/\s+/g, ' ') };
}

const built = new Map<string, Statement>();

/**
 * A statement composed at run time, built once per name: the API asks for the same few shapes on
 * every request, and the name says everything the text depends on.
 */
export function memoStatement(name: string, build: () => Statement): Statement {
  let stmt = built.get(name);
  if (!stmt) built.set(name, (stmt = build()));
  return stmt;
}

/** How a statement is run: `read` on its own (Neo4j READ routing), `write` on its own or in a transaction. */
export type Access = 'read' | 'write';

/** The access a statement's declared mode asks for: the engines route by it and refuse any other. */
export function accessOf(stmt: Statement): Access {
  return stmt.mode === 'write' ? 'write' : 'read';
}

/**
 * Fails loudly on a programming error: a statement run with an access its mode does not declare
 * (a write sent to a read replica, a read holding a write lock), or a parameter missing (or
 * undefined) or not declared. Transactions run both kinds.
 */
export function checkStatement(stmt: Statement, params: Params, access: Access | 'transaction'): void {
  if (access !== 'transaction' && accessOf(stmt) !== access) {
    throw new Error(`statement ${stmt.name} is declared ${stmt.mode} and cannot run as a ${access}`);
  }
  for (const p of stmt.params) {
    // Neo4j's driver drops an undefined parameter, and the server then answers ParameterMissing.
    if (params[p] === undefined) throw new Error(`statement ${stmt.name}: parameter $${p} is missing`);
  }
  for (const p of Object.keys(params)) {
    if (!stmt.params.includes(p)) throw new Error(`statement ${stmt.name}: parameter $${p} is not declared`);
  }
}

/** The engines there are; a statement runs on both unless it says otherwise. */
export type Engine = 'embedded' | 'neo4j';

/** A statement only one engine runs (its own index, its own procedure). */
export function onlyOn(engine: Engine, stmt: Statement): Statement {
  return { ...stmt, engines: [engine] };
}

export function runsOn(stmt: Statement, engine: Engine): boolean {
  return !stmt.engines || stmt.engines.includes(engine);
}
