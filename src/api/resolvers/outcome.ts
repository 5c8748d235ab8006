import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { listingFilters, listingOrder } from '../read/filters';
import { City, Event, Outcome, Topic } from '../types/labels';
import { ContributorConnection, OutcomeConnection } from '../types/connections';
import { NodeOrder, OutcomeFilter } from '../types/filters';
import { PageArgs } from '../types/page';
import { lookupNode } from './lookup';

@Resolver(() => Outcome)
export class OutcomeResolver {
  @Query(() => Outcome, { nullable: true, description: 'One outcome by id; NOT_FOUND if there is none.' })
  outcome(@Arg('id', () => ID, { description: 'Raw or global id.' }) id: string, @Ctx() { reader }: ApiContext) {
    return lookupNode(reader, 'Outcome', id);
  }

  @Query(() => OutcomeConnection, { description: 'Outcomes, filtered and ordered, page by page.' })
  outcomes(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => OutcomeFilter, { nullable: true, description: 'Conditions that must all hold.' }) filter: OutcomeFilter | null,
    @Arg('orderBy', () => NodeOrder, { nullable: true, description: 'Sort order; by id when absent.' }) orderBy: NodeOrder | null,
    @Ctx() { reader }: ApiContext,
  ) {
    return reader.listing({ label: 'Outcome', filters: listingFilters('Outcome', { ...filter }), ...listingOrder(orderBy), first, after });
  }

  @FieldResolver(() => ContributorConnection, { description: LINKS.outcomeContributors.description })
  contributors(@Root() o: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.outcomeContributors, o.key, first, after);
  }

  @FieldResolver(() => [Event], { description: LINKS.outcomeEvents.description })
  emergedFrom(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeEvents, o.key);
  }

  @FieldResolver(() => [City], { description: LINKS.outcomeCities.description })
  implementedIn(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeCities, o.key);
  }

  @FieldResolver(() => [Topic], { description: LINKS.outcomeTopics.description })
  topics(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeTopics, o.key);
  }

  @FieldResolver(() => [Outcome], { description: LINKS.outcomeAdaptedFrom.description })
  adaptedFrom(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeAdaptedFrom, o.key);
  }

  @FieldResolver(() => [Outcome], { description: LINKS.outcomeAdaptations.description })
  adaptations(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeAdaptations, o.key);
  }
}
