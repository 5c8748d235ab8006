import { Args, Ctx, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City, Event, Outcome, Topic } from '../types/labels';
import { ContributorConnection, OutcomeConnection } from '../types/connections';
import { NodeOrder, OutcomeFilter } from '../types/filters';
import { ConnectionField, FewField, PageArgs } from '../types/page';
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
}) {
  @ConnectionField(() => ContributorConnection, LINKS.outcomeContributors.description)
  contributors(@Root() o: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.outcomeContributors, o.key, first, after);
  }

  @FewField(() => [Event], LINKS.outcomeEvents)
  emergedFrom(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeEvents, o.key);
  }

  @FewField(() => [City], LINKS.outcomeCities)
  implementedIn(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeCities, o.key);
  }

  @FewField(() => [Topic], LINKS.outcomeTopics)
  topics(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeTopics, o.key);
  }

  @FewField(() => [Outcome], LINKS.outcomeAdaptedFrom)
  adaptedFrom(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeAdaptedFrom, o.key);
  }

  @FewField(() => [Outcome], LINKS.outcomeAdaptations)
  adaptations(@Root() o: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.outcomeAdaptations, o.key);
  }
}
