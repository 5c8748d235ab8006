import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { ALL_LINKS, LABEL_SPECS, pluralOf, rootFieldOf, type Label, type Link } from '../../domain';
import type { ApiContext } from '../context';
import { listingFilters, listingOrder } from '../read/filters';
import type { NodeObject } from '../read/node-object';
import { selectsField } from '../read/selection';
import { SizedBy } from '../limits/cost-rules';
import { SIZES } from '../limits/list-sizes';
import { LABEL_TYPES } from '../types/labels';
import { linkType } from '../types/connections';
import { LABEL_LISTINGS } from '../types/facets';
import { withListed } from './listing-fields';
import { LABEL_FILTERS, LABEL_ORDERS } from '../types/filters';
import { ConnectionField, FewField, PageArgs } from '../types/page';

/**
 * The resolver of one label, built from the model: the two root fields (a lookup by id, global
 * id or name; a filtered, ordered connection) and a field for each of the label's links
 * (domain/links.ts). Fields the model cannot say (a city's figures) are added by small resolvers
 * of their own (city.ts, cluster.ts, practitioner.ts).
 */

function lookupArgument(label: Label): string {
  const { exampleId, nameProperty } = LABEL_SPECS[label];
  return `The id ("${exampleId}"), the global id ("${label}:${exampleId}") or the ${nameProperty}, in any case, with or without accents.`;
}

/** A field of the label's type answering a link: one node, a few (whole), or a page. */
function linkField(prototype: object, link: Link): void {
  const field = link.name.slice(link.name.indexOf('.') + 1);
  const type = linkType(link);
  const resolve: Record<Link['cardinality'], (root: NodeObject, ctx: ApiContext, page?: PageArgs) => unknown> = {
    one: (root, { reader }) => reader.one(link, root.key),
    few: link.edge
      ? async (root, { reader }) =>
          (await reader.neighbourEdges(link, root.key)).map((n) => ({
            [link.edge!.node]: n.node,
            ...Object.fromEntries(link.edgeProperties.map((p) => [p.name, n.rel[p.name] ?? null])),
          }))
      : (root, { reader }) => reader.neighbours(link, root.key),
    many: (root, { reader }, page) => reader.connection(link, root.key, page?.first, page?.after),
  };
  const method = resolve[link.cardinality];
  Object.defineProperty(prototype, field, { value: method, configurable: true, writable: true });
  const descriptor = Object.getOwnPropertyDescriptor(prototype, field)!;
  Root()(prototype, field, 0);
  Ctx()(prototype, field, 1);
  if (link.cardinality === 'many') {
    Args(() => PageArgs)(prototype, field, 2);
    ConnectionField(() => type, link.description)(prototype, field, descriptor);
  } else if (link.cardinality === 'few') {
    FewField(() => [type], link)(prototype, field, descriptor);
  } else {
    FieldResolver(() => type, { nullable: true, description: link.description })(prototype, field, descriptor);
  }
}

export function labelResolver(label: Label): ClassType {
  const type = LABEL_TYPES[label];
  const one = rootFieldOf(label);
  const many = pluralOf(label);

  class LabelResolver {
    @Query(() => type, { name: one, nullable: true, description: `One ${label.toLowerCase()} by id, global id or name; NOT_FOUND, with the closest names, if there is none.` })
    lookup(@Arg('id', () => ID, { description: lookupArgument(label) }) id: string, @Ctx() { reader }: ApiContext) {
      return reader.nodeNamed(label, id, 'id');
    }

    @Query(() => LABEL_LISTINGS[label], { name: many, description: `${many[0].toUpperCase()}${many.slice(1)}, filtered and ordered, page by page.` })
    // The page and its count each read the whole label.
    @SizedBy(SIZES.page, 2)
    async listing(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Arg('filter', () => LABEL_FILTERS[label], { nullable: true, description: 'Conditions that must all hold.' }) filter: object | null,
      @Arg('orderBy', () => LABEL_ORDERS[label], { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: { field?: string; direction?: string } | null,
      @Ctx() { reader }: ApiContext,
      @Info() info: GraphQLResolveInfo,
    ) {
      const filters = await listingFilters(label, { ...filter }, reader);
      const page = await reader.listing({ label, filters, ...listingOrder(orderBy), first, after, countNow: selectsField(info, 'totalCount') });
      return withListed(page, { label, filters });
    }
  }
  for (const link of ALL_LINKS.filter((l) => l.from === label)) linkField(LabelResolver.prototype, link);
  Resolver(() => type)(LabelResolver);
  return LabelResolver;
}
