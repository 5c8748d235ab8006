import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Node } from '../types/node';
import { SearchHit } from '../types/search';
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

  @Query(() => [SearchHit], { description: 'Nodes whose name or title contains every word of the text, ignoring case and accents ("sao paulo" finds São Paulo), best match first.' })
  @SizedBy(SIZES.page, 1)
  search(
    @Arg('text', () => String, { description: 'Words to look for, up to 10 words and 200 characters.' }) text: string,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only nodes of these kinds; all kinds when absent.' }) kinds: string[] | null,
    @SizeArg(SIZES.page, 'How many hits to return') first: number | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.search(text, kinds ? kinds.map(labelOfKind) : undefined, first);
  }
}
