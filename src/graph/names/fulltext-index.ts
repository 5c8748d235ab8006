import { FUZZY_MIN_LENGTH } from '../../domain';
import { search } from '../queries';
import type { GraphStore } from '../store';
import type { NameEntry, NameIndex, TextSearch } from './name-index';

/**
 * Neo4j's full-text index (search.ts): Neo4j updates it in the writing transaction and keeps it
 * across restarts, so refresh and rebuild have nothing to do. Tokens are folded letters and
 * digits (`searchTokens`), so none is Lucene syntax.
 */
export class FulltextIndex implements NameIndex {
  candidates(via: GraphStore, text: TextSearch, cap: number): Promise<NameEntry[]> {
    const query = text.tokens.map((t) => `(${t} OR ${t}*${t.length >= FUZZY_MIN_LENGTH ? ` OR ${t}~1` : ''})`).join(' AND ');
    return this.ask(via, text, query, cap);
  }

  near(via: GraphStore, text: TextSearch, cap: number): Promise<NameEntry[]> {
    return this.ask(via, text, text.tokens.map((t) => `${t}~${t.length >= FUZZY_MIN_LENGTH ? 2 : 1}`).join(' OR '), cap);
  }

  /** Neo4j runs the listing statement's `ORDER BY … LIMIT` as a top-k over the label, keeping no sorted copy of it. */
  async page(): Promise<null> {
    return null;
  }

  async refresh(): Promise<void> {}

  async rebuild(): Promise<void> {}

  private ask(via: GraphStore, text: TextSearch, query: string, cap: number): Promise<NameEntry[]> {
    return via.read<NameEntry & Record<string, unknown>>(search.fulltextCandidates, { index: search.FULLTEXT_INDEX, query, labels: [...text.labels], limit: cap });
  }
}
