import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City, Event, Outcome, Topic } from '../types/labels';
import { ContributorConnection, OutcomeConnection } from '../types/connections';
import { NodeOrder, OutcomeFilter } from '../types/filters';
import { PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Outcome)
export class OutcomeResolver extends RootQueries({
  label: 'Outcome',
  type: Outcome,
  connection: OutcomeConnection,
  filter: OutcomeFilter,
  order: NodeOrder,
  one: 'outcome',
  many: 'outcomes',
  lookupDescription: 'One outcome by id',
}) {
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
