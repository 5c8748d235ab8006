import { LABELS, scoreName, searchTokens, wordsOf } from '../../src/domain';
import { NamePostings } from '../../src/graph/names/name-postings';
import { Random } from '../../src/seed/random';

/** The ranking's definition, written plainly: the names and the text joined, then compared. */
function plainScore(tokens: string[], name: string): number | null {
  const words = wordsOf(name);
  if (tokens.length === 0) return null;
  const matches = tokens.map((t) => {
    if (words.includes(t)) return 'exact';
    if (words.some((w) => w.startsWith(t))) return 'prefix';
    if (t.length >= 4 && words.some((w) => oneEdit(t, w))) return 'fuzzy';
    return null;
  });
  if (matches.includes(null)) return null;
  const query = tokens.join(' ');
  const normalised = words.join(' ');
  const tier = normalised === query ? 0 : normalised.startsWith(query) ? 1 : matches.every((m) => m === 'exact') ? 2 : matches.every((m) => m !== 'fuzzy') ? 3 : 4;
  const closeness = Math.min(1, query.length / Math.max(1, normalised.length));
  return Math.round(((5 - tier - 0.5 + 0.5 * closeness) / 5) * 1000) / 1000;
}

/** One edit by brute force: every deletion, swap, replacement and insertion over the two words' letters. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const letters = [...new Set(a + b)];
  for (let i = 0; i <= a.length; i++) {
    const [head, tail] = [a.slice(0, i), a.slice(i)];
    if (head + tail.slice(1) === b) return true;
    if (tail.length > 1 && head + tail[1] + tail[0] + tail.slice(2) === b) return true;
    for (const c of letters) if (head + c + tail.slice(1) === b || head + c + tail === b) return true;
  }
  return false;
}

const random = new Random(7);
const SYLLABLES = ['la', 'go', 'gos', 'n', 'ur', 'em', 'berg', 'a', 'ba', 'sao', 'pa', 'ulo'];
const word = () => Array.from({ length: random.int(1, 3) }, () => random.pick(SYLLABLES)).join('');
const phrase = (max: number) => Array.from({ length: random.int(1, max) }, word).join(random.pick([' ', '-', ' ']));

describe('scoreName', () => {
  it('agrees with the plain definition on 20,000 random texts and names', () => {
    const disagreements: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const tokens = searchTokens(phrase(2));
      const name = phrase(4);
      const [score, plain] = [scoreName(tokens, name), plainScore(tokens, name)];
      if (score !== plain) disagreements.push({ tokens, name, score, plain });
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});

describe('NamePostings', () => {
  it('finds every name with a word the text starts, shorter words first from three letters, and follows puts and removes', () => {
    const postings = new NamePostings();
    const names = new Map<string, string>();
    for (let i = 0; i < 400; i++) names.set(`c${i}`, phrase(3));
    postings.putAll('City', [...names].map(([key, folded]) => ({ key, folded })));
    for (let round = 0; round < 300; round++) {
      const key = `c${random.int(0, 499)}`;
      if (random.chance(0.3)) {
        postings.remove('City', key);
        names.delete(key);
      } else {
        const folded = phrase(3);
        postings.put('City', key, folded);
        names.set(key, folded);
      }
      const token = random.pick([...names.values()].flatMap(wordsOf)).slice(0, random.int(1, 5));
      const found = postings.candidates({ tokens: [token], labels: LABELS }, 10_000);
      const matches = (w: string) => w.startsWith(token) || (token.length >= 4 && oneEdit(token, w));
      const expected = [...names].filter(([, folded]) => wordsOf(folded).some(matches)).map(([key]) => key);
      expect(found.map((e) => e.key).sort()).toEqual(expected.sort());
      if (token.length >= 3) {
        // After the names holding the word itself, the shorter words the text starts first; typos last.
        const rest = found.filter((e) => !wordsOf(e.folded).includes(token));
        const shortest = rest.map((e) => Math.min(...wordsOf(e.folded).filter((w) => w.startsWith(token)).map((w) => w.length)));
        expect(shortest).toEqual([...shortest].sort((a, b) => a - b));
      }
    }
  });
});
