import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver, type ClassType } from 'type-graphql';
import { LABEL_SPECS, type Label } from '../../domain';
import type { ApiContext } from '../context';
import { listingFilters, listingOrder } from '../read/filters';
import { PageArgs } from '../types/page';
import { selectsField } from '../read/selection';
import { SizedBy } from '../limits/cost-rules';
import { SIZES } from '../limits/list-sizes';

export interface RootQueryOptions {
  label: Label;
  /** The object type of the label, its connection, filter input and order input. */
  type: ClassType;
  connection: ClassType;
  filter: ClassType;
  order: ClassType;
  /** Root field names, e.g. `city` and `cities`. */
  one: string;
  many: string;
}

function lookupArgument(label: Label): string {
  const { exampleId, nameProperty } = LABEL_SPECS[label];
  return `The id ("${exampleId}"), the global id ("${label}:${exampleId}") or the ${nameProperty}, in any case, with or without accents.`;
}

/**
 * The two root fields every label has: a lookup by id (NOT_FOUND when absent) and a filtered,
 * ordered connection. Each label's resolver extends this and adds its relationship fields.
 */
export function RootQueries(o: RootQueryOptions) {
  @Resolver()
  abstract class Base {
    @Query(() => o.type, { name: o.one, nullable: true, description: `One ${o.label.toLowerCase()} by id, global id or name; NOT_FOUND, with the closest names, if there is none.` })
    lookup(@Arg('id', () => ID, { description: lookupArgument(o.label) }) id: string, @Ctx() { reader }: ApiContext) {
      return reader.nodeNamed(o.label, id, 'id');
    }

    @Query(() => o.connection, { name: o.many, description: `${o.many[0].toUpperCase()}${o.many.slice(1)}, filtered and ordered, page by page.` })
    // The page and its count each read the whole label.
    @SizedBy(SIZES.page, 2)
    async listing(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Arg('filter', () => o.filter, { nullable: true, description: 'Conditions that must all hold.' }) filter: object | null,
      @Arg('orderBy', () => o.order, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: { field?: string; direction?: string } | null,
      @Ctx() { reader }: ApiContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      const filters = await listingFilters(o.label, { ...filter }, reader);
      return reader.listing({ label: o.label, filters, ...listingOrder(orderBy), first, after, countNow: selectsField(info, 'totalCount') });
    }
  }
  return Base;
}
