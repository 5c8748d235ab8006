import { distance } from 'fastest-levenshtein';
import { article, foldText, LABEL_SPECS, pluralOf, parseGlobalId, parseKey, type Label, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { names } from '../../graph/queries';
import { ApiError } from '../errors';

/** How many close names a NOT_FOUND suggests. */
const SUGGESTIONS = 3;
/** Longest text an argument naming a node may have. */
const MAX_NAME = 200;
/** How long a label's list of names serves suggestions before it is read again. */
const NAMES_TTL_MS = 60_000;

interface NameEntry {
  key: string;
  name: string;
  folded: string;
}

/**
 * Every name of a label, read once and kept for a minute (or until a write), grouped by the
 * first letter: a misspelt name costs a few thousand edit distances, not a label scan per request.
 * Suggestions are hints, so a name a minute old is good enough.
 */
export class NameDirectory {
  private readonly lists = new Map<Label, { at: number; byInitial: Promise<Map<string, NameEntry[]>> }>();

  constructor(private readonly store: GraphStore) {}

  invalidate(): void {
    this.lists.clear();
  }

  async closest(label: Label, folded: string): Promise<NameEntry[]> {
    const byInitial = await this.list(label);
    const pool = byInitial.get(folded[0] ?? '') ?? [...byInitial.values()].flat();
    return pool
      .map((entry) => ({ entry, d: distance(folded, entry.folded) }))
      .sort((a, b) => a.d - b.d || a.entry.key.localeCompare(b.entry.key))
      .slice(0, SUGGESTIONS)
      .map((s) => s.entry);
  }

  private list(label: Label): Promise<Map<string, NameEntry[]>> {
    const cached = this.lists.get(label);
    if (cached && Date.now() - cached.at < NAMES_TTL_MS) return cached.byInitial;
    const byInitial = this.store.read<{ key: string; name: string | null; folded: string | null }>(names.nameList(label)).then((rows) => {
      const out = new Map<string, NameEntry[]>();
      for (const r of rows) {
        const folded = r.folded ?? foldText(r.name ?? r.key);
        const initial = folded[0] ?? '';
        const bucket = out.get(initial);
        if (bucket) bucket.push({ key: r.key, name: r.name ?? r.key, folded });
        else out.set(initial, [{ key: r.key, name: r.name ?? r.key, folded }]);
      }
      return out;
    });
    this.lists.set(label, { at: Date.now(), byInitial });
    byInitial.catch(() => this.lists.delete(label));
    return byInitial;
  }
}


/** How a node is told apart from namesakes: its name, where it is (a city's country), its id. */
function describe(label: Label, row: { node: Properties; context: string | null }): string {
  const where = row.context ? ` in ${row.context}` : '';
  return `${String(row.node[LABEL_SPECS[label].nameProperty] ?? row.node.id)}${where} (id "${String(row.node.id)}")`;
}

export interface NamingDeps {
  store: GraphStore;
  directory: NameDirectory;
  exists(label: Label, key: string): Promise<boolean>;
}

/**
 * The key of the node an argument names, the one way every argument naming a node is read: an
 * id ("lagos"), a global id ("City:lagos") or a name in any case, with or without accents
 * ("sao paulo"); a country also by its ISO code ("NG"). NOT_FOUND suggests the closest names;
 * a name several nodes share is BAD_USER_INPUT listing them. An id that exists costs one lookup
 * (batched with the request's others); a name, one more.
 */
export async function keyNamed(deps: NamingDeps, label: Label, value: string, argument: string): Promise<string> {
  const text = value.trim();
  const kind = label.toLowerCase();
  if (text.length === 0 || text.length > MAX_NAME) {
    throw new ApiError('BAD_USER_INPUT', `${argument}: give ${article(label).toLowerCase()} id or name of 1 to ${MAX_NAME} characters.`, { argument });
  }
  const parsed = parseKey(label, text);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
  if (await deps.exists(label, parsed.key)) return parsed.key;
  // A name may follow the label as a global id does ("City:Sao Paulo").
  const folded = foldText(parseGlobalId(text).ok ? text.slice(text.indexOf(':') + 1) : text);
  const rows = await deps.store.read<{ node: Properties; context: string | null }>(names.nodesNamed(label), { name: folded });
  if (rows.length === 1) return String(rows[0].node.id);
  if (rows.length > 1) {
    const options = rows.map((r) => describe(label, r));
    throw new ApiError('BAD_USER_INPUT', `${argument}: ${rows.length === names.NAMED_LIMIT ? 'many' : rows.length} ${pluralOf(label)} are called "${text}": ${options.join('; ')}. Give the id.`, {
      argument,
      candidates: rows.map((r) => String(r.node.id)),
    });
  }
  const suggestions = await deps.directory.closest(label, folded);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `${s.name} ("${s.key}")`).join(', ')}?` : '';
  throw new ApiError('NOT_FOUND', `${argument}: no ${kind} has the id or name "${text}".${hint}`, {
    argument,
    suggestions: suggestions.map((s) => s.key),
  });
}
