import type { GraphStore } from '../store';
import { FulltextIndex } from './fulltext-index';
import { MemoryTextIndex } from './memory-index';
import type { TextIndex } from './text-index';

/** The text index the engine needs. `names`: where the in-process index reads every name. */
export function openTextIndex(engine: GraphStore['engine'], names: GraphStore): TextIndex {
  return engine === 'neo4j' ? new FulltextIndex() : new MemoryTextIndex(names);
}
