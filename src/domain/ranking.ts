import { foldText } from './fold';

const WORD = /[^\p{L}\p{N}]+/u;

/** The folded words of a search text ("São-Paulo!" → ["sao", "paulo"]); punctuation separates. */
export function searchTokens(text: string): string[] {
  return foldText(text).split(WORD).filter((t) => t !== '');
}

/**
 * How well a folded name answers a folded query, in (0, 1]: an exact name beats a name that
 * starts with the query, which beats one whose words start with every token, which beats a
 * name that merely contains them; within a tier, the closer the lengths the better.
 */
export function scoreName(query: string, name: string): number {
  const tokens = query.split(' ').filter((t) => t !== '');
  const words = name.split(WORD).filter((w) => w !== '');
  let tier: number;
  if (name === query) tier = 1;
  else if (name.startsWith(query)) tier = 0.9;
  else if (tokens.every((t) => words.some((w) => w.startsWith(t)))) tier = 0.75;
  else tier = 0.5;
  const closeness = Math.min(1, query.length / Math.max(1, name.length));
  return Math.round(tier * (0.6 + 0.4 * closeness) * 1000) / 1000;
}
