import { firstIndex } from '../../domain/first-index';

/**
 * Distinct words in code-unit order, where the words a prefix starts are one run. Built by
 * appending and sorting once (a later batch is sorted alone and merged in), kept sorted by
 * insertion afterwards. Plain strings and the engine's own sort: a million words sort in about
 * a second, where objects with a comparator took several.
 */
export class SortedWords {
  private words: string[] = [];
  private tail: string[] = [];

  /** Adds without keeping the order: for building, before `sort`. */
  append(word: string): void {
    this.tail.push(word);
  }

  sort(): void {
    if (this.tail.length === 0) return;
    this.tail.sort();
    this.words = merge(this.words, this.tail);
    this.tail = [];
  }

  insert(word: string): void {
    this.sort();
    this.words.splice(this.lowerBound(word), 0, word);
  }

  remove(word: string): void {
    this.sort();
    const at = this.lowerBound(word);
    if (this.words[at] === word) this.words.splice(at, 1);
  }

  /** The words from the first at or after `word`, in order, as long as the caller reads. */
  *from(word: string): Iterable<string> {
    this.sort();
    for (let i = this.lowerBound(word); i < this.words.length; i++) yield this.words[i]!;
  }

  private lowerBound(word: string): number {
    return firstIndex(this.words.length, (i) => this.words[i]! < word);
  }
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0) return [...b];
  const out = new Array<string>(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
