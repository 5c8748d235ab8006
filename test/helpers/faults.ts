import { intercept } from '../../src/graph/intercept';
import type { GraphStore } from '../../src/graph/store';
import type { Statement } from '../../src/graph/statement';

/** The real store, counting the statements that reach it (each one, also inside transactions). */
export function counting(store: GraphStore): { store: GraphStore; statements: () => number; names: string[] } {
  const names: string[] = [];
  const counted = intercept(store, {
    statement: (stmt, _params, run) => {
      names.push(stmt.name);
      return run();
    },
  });
  return { store: counted, statements: () => names.length, names };
}

/** The real store, with the statements `slow` picks taking `ms` longer (the engine working on a big graph). */
export function slowed(store: GraphStore, slow: (stmt: Statement) => boolean, ms: number): GraphStore {
  return intercept(store, {
    statement: async (stmt, _params, run) => {
      if (slow(stmt)) await new Promise((resolve) => setTimeout(resolve, ms));
      return run();
    },
  });
}
