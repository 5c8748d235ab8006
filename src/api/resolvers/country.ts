import { Args, Ctx, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { Country } from '../types/labels';
import { CityConnection, CountryConnection } from '../types/connections';
import { CountryFilter, NodeOrder } from '../types/filters';
import { ConnectionField, PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Country)
export class CountryResolver extends RootQueries({
  label: 'Country',
  type: Country,
  connection: CountryConnection,
  filter: CountryFilter,
  order: NodeOrder,
  one: 'country',
  many: 'countries',
}) {
  @ConnectionField(() => CityConnection, LINKS.countryCities.description)
  cities(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.countryCities, c.key, first, after);
  }
}
