import { article, foldText, pluralOf, parseGlobalId, parseKey, searchTokens, type Label, type Properties } from '../../domain';
import { names } from '../../graph/queries';
import { ApiError } from '../errors';
import { nameOfProperties } from './node-object';
import { suggestions, type SearchDeps } from './text-search';

/** Longest text an argument naming a node may have. */
const MAX_NAME = 200;


/** How a node is told apart from namesakes: its name, where it is (a city's country), its id. */
function describe(label: Label, row: { node: Properties; context: string | null }): string {
  const where = row.context ? ` in ${row.context}` : '';
  return `${nameOfProperties(label, row.node, String(row.node.id))}${where} (id "${String(row.node.id)}")`;
}

export interface NamingDeps {
  /** The request's store, the text index and node lookups: suggestions come from the index. */
  search: SearchDeps;
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
  const rows = await deps.search.store.read<{ node: Properties; context: string | null }>(names.nodesNamed(label), { name: folded });
  if (rows.length === 1) return String(rows[0].node.id);
  if (rows.length > 1) {
    const options = rows.map((r) => describe(label, r));
    throw new ApiError('BAD_USER_INPUT', `${argument}: ${rows.length === names.NAMED_LIMIT ? 'many' : rows.length} ${pluralOf(label)} are called "${text}": ${options.join('; ')}. Give the id.`, {
      argument,
      candidates: rows.map((r) => String(r.node.id)),
    });
  }
  const close = (await suggestions(deps.search, { tokens: searchTokens(folded), labels: [label] })).map((s) => s.node);
  const hint = close.length ? ` Did you mean ${close.map((n) => `${nameOfProperties(label, n, n.key)} ("${n.key}")`).join(', ')}?` : '';
  throw new ApiError('NOT_FOUND', `${argument}: no ${kind} has the id or name "${text}".${hint}`, {
    argument,
    suggestions: close.map((n) => n.key),
  });
}
