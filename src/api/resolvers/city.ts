import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS, type Link } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { City, Country } from '../types/labels';
import { CityConnection, EventConnection, InstitutionConnection, OutcomeConnection, Partnership, PractitionerConnection } from '../types/connections';
import { CityFilter, NodeOrder } from '../types/filters';
import { Scans } from '../limits/cost-rules';
import { FIGURE_STATEMENTS } from '../traverse/network-stats';
import { ConnectionField, FewField, PageArgs } from '../types/page';
import { NetworkStats } from '../types/network-stats';
import { RootQueries } from './root-queries';

async function partnerships(reader: GraphReader, link: Link, key: string) {
  return (await reader.neighbourEdges(link, key)).map((n) => ({ city: n.node, since: n.rel.since ?? null }));
}

@Resolver(() => City)
export class CityResolver extends RootQueries({
  label: 'City',
  type: City,
  connection: CityConnection,
  filter: CityFilter,
  order: NodeOrder,
  one: 'city',
  many: 'cities',
}) {
  @FieldResolver(() => Country, { nullable: true, description: LINKS.cityCountry.description })
  country(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.cityCountry, c.key);
  }

  @ConnectionField(() => PractitionerConnection, LINKS.cityPractitioners.description)
  practitioners(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityPractitioners, c.key, first, after);
  }

  @ConnectionField(() => InstitutionConnection, LINKS.cityInstitutions.description)
  institutions(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityInstitutions, c.key, first, after);
  }

  @ConnectionField(() => EventConnection, LINKS.cityEvents.description)
  events(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityEvents, c.key, first, after);
  }

  @ConnectionField(() => OutcomeConnection, LINKS.cityOutcomes.description)
  outcomes(@Root() c: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.cityOutcomes, c.key, first, after);
  }

  @FewField(() => [Partnership], LINKS.cityPartners)
  partners(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return partnerships(reader, LINKS.cityPartners, c.key);
  }

  @FewField(() => [Partnership], LINKS.cityPartnerOf)
  partnerOf(@Root() c: NodeObject, @Ctx() { reader }: ApiContext) {
    return partnerships(reader, LINKS.cityPartnerOf, c.key);
  }

  @Scans(FIGURE_STATEMENTS)
  @FieldResolver(() => NetworkStats, { description: 'Figures of the city: practitioners in it, events held and outcomes implemented there, by cluster, region and year.' })
  stats(@Root() c: NodeObject, @Ctx() { traversals }: ApiContext) {
    return traversals.cityStats(c.key);
  }
}
