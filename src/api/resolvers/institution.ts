import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { City, Institution } from '../types/labels';
import { EventConnection, InstitutionConnection, StaffConnection } from '../types/connections';
import { InstitutionFilter, NodeOrder } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Institution)
export class InstitutionResolver {
  @Query(() => Institution, { nullable: true, description: 'One institution by id; NOT_FOUND if there is none.' })
  institution(@Arg('id', () => ID, { description: 'Raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Institution', id);
  }

  @Query(() => InstitutionConnection, { description: 'Institutions, filtered and ordered, page by page.' })
  institutions(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: InstitutionFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Institution', filters: listingFilters('Institution', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => City, { nullable: true, description: LINKS.institutionCity.description })
  city(@Root() i: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.institutionCity, i.key);
  }

  @FieldResolver(() => StaffConnection, { description: LINKS.institutionPractitioners.description })
  practitioners(@Root() i: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.institutionPractitioners, i.key, first, after);
  }

  @FieldResolver(() => EventConnection, { description: LINKS.institutionEvents.description })
  organisedEvents(@Root() i: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.institutionEvents, i.key, first, after);
  }
}
