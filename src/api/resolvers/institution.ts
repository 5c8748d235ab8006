import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City, Institution } from '../types/labels';
import { EventConnection, InstitutionConnection, StaffConnection } from '../types/connections';
import { InstitutionFilter, NodeOrder } from '../types/filters';
import { ConnectionField, PageArgs } from '../types/page';
import { RootQueries } from './root-queries';

@Resolver(() => Institution)
export class InstitutionResolver extends RootQueries({
  label: 'Institution',
  type: Institution,
  connection: InstitutionConnection,
  filter: InstitutionFilter,
  order: NodeOrder,
  one: 'institution',
  many: 'institutions',
}) {
  @FieldResolver(() => City, { nullable: true, description: LINKS.institutionCity.description })
  city(@Root() i: NodeObject, @Ctx() { reader }: ApiContext) {
    return reader.one(LINKS.institutionCity, i.key);
  }

  @ConnectionField(() => StaffConnection, LINKS.institutionPractitioners.description)
  practitioners(@Root() i: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.institutionPractitioners, i.key, first, after);
  }

  @ConnectionField(() => EventConnection, LINKS.institutionEvents.description)
  organisedEvents(@Root() i: NodeObject, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { reader }: ApiContext) {
    return reader.connection(LINKS.institutionEvents, i.key, first, after);
  }
}
