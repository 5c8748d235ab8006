import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import type { LinkArgs } from '../write/link-writer';
import { LinkResult, UnlinkInput } from '../types/writes';
import { LinkInput } from '../types/inputs';
import { Requires } from '../write/authorize';

/** link and unlink: thin, each hands its input to the request's LinkWriter. */
@Resolver()
export class LinkMutations {
  @Mutation(() => LinkResult, {
    description:
      'Adds a relationship the model allows between two existing nodes, or updates its properties when it exists (EDITOR role or above).',
  })
  @Requires('link')
  link(@Arg('input', () => LinkInput, { description: 'Type, ends and properties.' }) input: LinkInput, @Ctx() { links }: ApiContext) {
    return links.link({ ...input } as LinkArgs);
  }

  @Mutation(() => LinkResult, { description: 'Removes a relationship (EDITOR role or above); NOT_FOUND when there is none.' })
  @Requires('unlink')
  unlink(@Arg('input', () => UnlinkInput, { description: 'Type and ends.' }) input: UnlinkInput, @Ctx() { links }: ApiContext) {
    return links.unlink({ ...input } as LinkArgs);
  }
}
