import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { Country } from '../types/labels';
import { CityConnection, CountryConnection } from '../types/connections';
import { CountryFilter, NodeOrder } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'One country by ISO code ("NG"), id ("ng") or global id ("Country:ng"); NOT_FOUND if there is none.' })
  country(@Arg('id', () => ID, { description: 'ISO code, raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Country', /^[A-Za-z]{2}$/.test(id) ? id.toLowerCase() : id);
  }

  @Query(() => CountryConnection, { description: 'Countries, filtered and ordered, page by page.' })
  countries(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => CountryFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: CountryFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Country', filters: listingFilters('Country', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => CityConnection, { description: LINKS.countryCities.description })
  cities(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.countryCities, c.key, first, after);
  }
}
