import { Field, Int, ObjectType } from 'type-graphql';
import { BoundedList, SizedByParent } from '../limits/cost-rules';
import { MAX_EXCHANGE_EVIDENCE } from '../limits/list-sizes';
import { enumOf } from './enums';
import { City } from './labels';
import { Node } from './node';

export const EXCHANGE_KINDS = ['PARTNERSHIP', 'TRANSFER', 'MEETING'] as const;

export const ExchangeKind = enumOf(
  'ExchangeKind',
  EXCHANGE_KINDS,
  'A tie between two cities: a partnership (PARTNER_OF), a solution of one adapted in the other (ADAPTED_FROM), or an event where practitioners based in each took part.',
);

@ObjectType({ description: 'One tie between two cities, told as a sentence.' })
export class ExchangeEvidence {
  @Field(() => ExchangeKind, { description: 'Partnership, transfer or meeting.' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'The year it dates from: the partnership began, the adapting outcome started (or its event took place), the event took place; null where unknown.' })
  year!: number | null;

  @Field(() => Node, { nullable: true, description: 'What it went through: the adapting outcome of a transfer, the event of a meeting; null for a partnership.' })
  subject!: Node | null;

  @Field(() => String, { description: 'The tie in one sentence.' })
  description!: string;
}

@ObjectType({ description: 'Two cities and how they exchange: partnerships, knowledge transfers and shared events.' })
export class CityLink {
  @Field(() => [City], { description: 'The two cities, in id order.' })
  @BoundedList(2)
  cities!: City[];

  @Field(() => Int, { description: 'Partnerships + transfers + shared events: what the ranking and a map arc use.' })
  weight!: number;

  @Field(() => Int, { description: 'Partnerships between the two (none when a cluster is asked for: a partnership has none).' })
  partnerships!: number;

  @Field(() => Int, { description: 'Solutions adapted from one city in the other, either way.' })
  transfers!: number;

  @Field(() => Int, { description: 'Events at which practitioners based in each city took part.' })
  sharedEvents!: number;

  @Field(() => [ExchangeEvidence], { description: `The ties: partnerships, then transfers, then the latest shared events (at most ${MAX_EXCHANGE_EVIDENCE} in all).` })
  @BoundedList(MAX_EXCHANGE_EVIDENCE)
  evidence!: ExchangeEvidence[];
}

@ObjectType({ description: 'The links between cities that the filter keeps, heaviest first.' })
export class CityExchange {
  @Field(() => Int, { description: 'How many links the filter keeps (the list holds the first of them).' })
  totalCount!: number;

  @Field(() => [CityLink], { description: 'The heaviest links, then by the cities\' ids.' })
  @SizedByParent()
  links!: CityLink[];
}
