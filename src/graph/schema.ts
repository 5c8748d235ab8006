import { LABELS } from '../domain';
import type { GraphStore } from './store';
import type { Statement } from './statement';
import { schema, search, staging } from './queries';

/** The constraints and indexes the graph needs, in the order the engine wants them. */
export function schemaStatements(engine: GraphStore['engine']): Statement[] {
  const perLabel = LABELS.flatMap((label) =>
    engine === 'embedded'
      ? [schema.idIndex(label), schema.idConstraint(label), schema.nameIndex(label)]
      : [schema.idConstraint(label), schema.nameTextIndex(label)],
  );
  // Only Neo4j imports in staged batches (importer.ts) and keeps the text index (search.ts).
  return engine === 'neo4j' ? [...perLabel, search.fulltextIndex, staging.stagedIndex] : perLabel;
}

/** Applies the schema; every statement is IF NOT EXISTS, so this is safe on every start. */
export async function applySchema(store: GraphStore): Promise<void> {
  for (const stmt of schemaStatements(store.engine)) await store.write(stmt);
}
