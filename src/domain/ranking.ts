import { foldText } from './fold';

const WORD = /[^\p{L}\p{N}]+/u;

/** The folded words of a text ("São-Paulo!" → ["sao", "paulo"]); punctuation separates. */
export function searchTokens(text: string): string[] {
  return wordsOf(foldText(text));
}

/** The words of a text folded already (a stored `nameFolded`). */
export function wordsOf(folded: string): string[] {
  return folded.split(WORD).filter((w) => w !== '');
}

/** Words this long or longer match with one typo; shorter ones only exactly or as a prefix. */
export const FUZZY_MIN_LENGTH = 4;

/** How a search token matches a word of a name, best first. */
export type WordMatch = 'exact' | 'prefix' | 'fuzzy';

/**
 * Whether two words are one edit apart: a letter inserted, deleted or replaced, or two
 * neighbours swapped ("lagso" → "lagos", "nuremburg" → "nuremberg").
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How a token matches a word, or null: exactly, as its start, or (long enough) with one typo. */
export function matchWord(token: string, word: string): WordMatch | null {
  if (word === token) return 'exact';
  if (word.startsWith(token)) return 'prefix';
  if (token.length >= FUZZY_MIN_LENGTH && oneEditApart(token, word)) return 'fuzzy';
  return null;
}

const RANK: Record<WordMatch, number> = { exact: 0, prefix: 1, fuzzy: 2 };

/** A token's best match among a name's words. */
function bestMatch(token: string, words: readonly string[]): WordMatch | null {
  let best: WordMatch | null = null;
  for (const word of words) {
    const m = matchWord(token, word);
    if (m && (best === null || RANK[m] < RANK[best])) best = m;
    if (best === 'exact') break;
  }
  return best;
}

/** The tiers of a match, best first; each tier outranks every name of the next. */
const TIERS = ['name', 'start', 'words', 'prefixes', 'typos'] as const;

/**
 * How well a folded name answers the folded tokens of a search, in (0, 1], or null when some
 * token matches no word. Tiers, best first: the exact name; a name starting with the text; every
 * token a whole word; every token a word or a word's start; a word with one typo. Within a tier a
 * name closer in length to the text ranks higher. The one rule every engine's hits are ranked by.
 */
export function scoreName(tokens: readonly string[], name: string, words: readonly string[] = wordsOf(name)): number | null {
  if (tokens.length === 0) return null;
  let allExact = true;
  let noTypo = true;
  for (const token of tokens) {
    const m = bestMatch(token, words);
    if (m === null) return null;
    if (m !== 'exact') allExact = false;
    if (m === 'fuzzy') noTypo = false;
  }
  // Joined by single spaces, the text and the name: compared and measured without joining them,
  // as this runs for every candidate of a search.
  const queryLength = spacedLength(tokens);
  const nameLength = spacedLength(words);
  const tier = startsWithWords(words, tokens) ? (nameLength === queryLength ? 0 : 1) : allExact ? 2 : noTypo ? 3 : 4;
  const closeness = Math.min(1, queryLength / Math.max(1, nameLength));
  const top = TIERS.length - tier;
  return Math.round(((top - 0.5 + 0.5 * closeness) / TIERS.length) * 1000) / 1000;
}

/** The length of the words joined by single spaces. */
function spacedLength(words: readonly string[]): number {
  let length = words.length - 1;
  for (const w of words) length += w.length;
  return Math.max(0, length);
}

/** Whether the words joined by spaces start with the tokens joined by spaces. */
function startsWithWords(words: readonly string[], tokens: readonly string[]): boolean {
  const last = tokens.length - 1;
  if (words.length <= last) return false;
  for (let i = 0; i < last; i++) if (words[i] !== tokens[i]) return false;
  return words[last]!.startsWith(tokens[last]!);
}
