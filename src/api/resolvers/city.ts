import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS, type Link } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { listingFilters, listingOrder } from '../read/filters';
import { City, Country } from '../types/labels';
import { CityConnection, EventConnection, InstitutionConnection, OutcomeConnection, Partnership, PractitionerConnection } from '../types/connections';
import { CityFilter, NodeOrder } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

async function partnerships(reader: GraphReader, link: Link, key: string) {
  return (await reader.neighbourEdges(link, key)).map((n) => ({ city: n.node, since: n.rel.since ?? null }));
}

@Resolver(() => City)
export class CityResolver {
  @Query(() => City, { nullable: true, description: 'One city by id ("lagos" or "City:lagos"); NOT_FOUND if there is none.' })
  city(@Arg('id', () => ID, { description: 'Raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'City', id);
  }

  @Query(() => CityConnection, { description: 'Cities, filtered and ordered, page by page.' })
  cities(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => CityFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: CityFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'City', filters: listingFilters('City', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => Country, { nullable: true, description: LINKS.cityCountry.description })
  country(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.cityCountry, c.key);
  }

  @FieldResolver(() => PractitionerConnection, { description: LINKS.cityPractitioners.description })
  practitioners(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityPractitioners, c.key, first, after);
  }

  @FieldResolver(() => InstitutionConnection, { description: LINKS.cityInstitutions.description })
  institutions(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityInstitutions, c.key, first, after);
  }

  @FieldResolver(() => EventConnection, { description: LINKS.cityEvents.description })
  events(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityEvents, c.key, first, after);
  }

  @FieldResolver(() => OutcomeConnection, { description: LINKS.cityOutcomes.description })
  outcomes(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityOutcomes, c.key, first, after);
  }

  @FieldResolver(() => [Partnership], { description: LINKS.cityPartners.description })
  partners(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return partnerships(reader, LINKS.cityPartners, c.key);
  }

  @FieldResolver(() => [Partnership], { description: LINKS.cityPartnerOf.description })
  partnerOf(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return partnerships(reader, LINKS.cityPartnerOf, c.key);
  }
}
