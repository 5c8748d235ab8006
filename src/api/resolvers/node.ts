import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Node } from '../types/node';
import { SearchConnection } from '../types/search';
import { MAX_RANKED } from '../read/text-search';
import { TEXT_LIMITS } from '../read/filters';
import { NodeKind, labelOfKind } from '../types/enums';
import { ApiError } from '../errors';
import { SizedBy, SizedByIds } from '../limits/cost-rules';
import { MAX_IDS, SIZES, SizeArg } from '../limits/list-sizes';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by global id ("City:lagos"); null when no node has that id.' })
  node(@Arg('id', () => ID, { description: 'Global id, "<Label>:<key>".' }) id: string, @Ctx() { reader }: ApiContext) {
    return reader.nodeById(id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Several nodes by global id, in the order asked; null for ids no node has. At most ${MAX_IDS}.` })
  @SizedByIds('ids', MAX_IDS)
  nodes(@Arg('ids', () => [ID], { description: 'Global ids, "<Label>:<key>".' }) ids: string[], @Ctx() { reader }: ApiContext) {
    if (ids.length > MAX_IDS) throw new ApiError('BAD_USER_INPUT', `ids: at most ${MAX_IDS} ids at a time; got ${ids.length}.`, { argument: 'ids' });
    return Promise.all(ids.map((id) => reader.nodeById(id)));
  }

  @Query(() => SearchConnection, {
    description: `Nodes whose name or title has every word of the text, ignoring case and accents ("sao paulo" finds São Paulo): whole, as a word's start ("lag" finds Lagos), or from four letters on with one typo ("Lagso", "Nuremburg"). Best match first; a text that matches very many names pages through the best ${MAX_RANKED.toLocaleString('en')} found.`,
  })
  @SizedBy(SIZES.page)
  search(
    @Arg('text', () => String, { description: `Words to look for, up to ${TEXT_LIMITS.words} words and ${TEXT_LIMITS.characters} characters.` }) text: string,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only nodes of these kinds; all kinds when absent.' }) kinds: string[] | null,
    @SizeArg(SIZES.page, 'How many hits to return') first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Return the hits after this cursor (an `endCursor` or edge `cursor` of an earlier page of the same search).' }) after: string | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.search(text, kinds ? kinds.map(labelOfKind) : undefined, first, after);
  }
}
