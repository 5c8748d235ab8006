import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City, Institution, Practitioner, Topic } from '../types/labels';
import { ContributionConnection, Employment, ParticipationConnection, PractitionerConnection } from '../types/connections';
import { NodeOrder, PractitionerFilter } from '../types/filters';
import { ConnectionField, FewField, PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Practitioner)
export class PractitionerResolver extends RootQueries({
  label: 'Practitioner',
  type: Practitioner,
  connection: PractitionerConnection,
  filter: PractitionerFilter,
  order: NodeOrder,
  one: 'practitioner',
  many: 'practitioners',
}) {
  @FieldResolver(() => City, { nullable: true, description: LINKS.practitionerCity.description })
  city(@Root() p: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.practitionerCity, p.key);
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution the practitioner works at (the most recent, if several).' })
  async institution(@Root() p: NodeObject, @Ctx() { reader }: ApiContext) {
    const jobs = await reader.neighbourEdges(LINKS.practitionerEmployments, p.key);
    const latest = [...jobs].sort((a, b) => Number(b.rel.since ?? 0) - Number(a.rel.since ?? 0))[0];
    return latest?.node ?? null;
  }

  @FewField(() => [Employment], LINKS.practitionerEmployments)
  async employments(@Root() p: NodeObject, @Ctx() { reader }: ApiContext) {
    const jobs = await reader.neighbourEdges(LINKS.practitionerEmployments, p.key);
    return jobs.map((j) => ({ institution: j.node, position: j.rel.position ?? null, since: j.rel.since ?? null }));
  }

  @FewField(() => [Topic], LINKS.practitionerExpertise)
  expertise(@Root() p: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.neighbours(LINKS.practitionerExpertise, p.key);
  }

  @ConnectionField(() => ParticipationConnection, LINKS.practitionerEvents.description)
  events(@Root() p: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.practitionerEvents, p.key, first, after);
  }

  @ConnectionField(() => ContributionConnection, LINKS.practitionerOutcomes.description)
  outcomes(@Root() p: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.practitionerOutcomes, p.key, first, after);
  }
}
