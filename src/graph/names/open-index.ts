import type { GraphStore } from '../store';
import { FulltextIndex } from './fulltext-index';
import { MemoryNameIndex } from './memory-index';
import type { NameIndex } from './name-index';

/** The text index the engine needs. `names`: where the in-process index reads every name. */
export function openNameIndex(engine: GraphStore['engine'], names: GraphStore): NameIndex {
  return engine === 'neo4j' ? new FulltextIndex() : new MemoryNameIndex(names);
}
