import { LABELS } from '../domain';
import type { GraphStore } from './store';
import type { Statement } from './statement';
import { schema } from './queries';

/** The constraints and indexes the graph needs, in the order the engine wants them. */
export function schemaStatements(engine: GraphStore['engine']): Statement[] {
  return LABELS.flatMap((label) => [
    ...(engine === 'embedded' ? [schema.idIndex(label)] : []),
    schema.idConstraint(label),
    schema.nameIndex(label),
  ]);
}

/** Applies the schema; every statement is IF NOT EXISTS, so this is safe on every start. */
export async function applySchema(store: GraphStore): Promise<void> {
  for (const stmt of schemaStatements(store.engine)) await store.write(stmt);
}
