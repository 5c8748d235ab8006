import { Field, Float, Int, ObjectType } from 'type-graphql';
import { YEAR_COUNT } from '../../domain';
import { BoundedList } from '../limits/cost-rules';

@ObjectType({ description: 'One year of the network.' })
export class NetworkYear {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Practitioners who took part in an event of the year or contributed to an outcome of the year.' })
  activePractitioners!: number;

  @Field(() => Int, { description: 'Practitioners active for the first time.' })
  joined!: number;

  @Field(() => Int, { description: 'Events that started in the year.' })
  events!: number;

  @Field(() => Int, { description: 'Outcomes of the year: work on them started then (where unknown, the event they emerged from took place then).' })
  outcomes!: number;

  // Pairs grow with the square of the people: at a million practitioners a year has billions of
  // new ties, past Int's 2,147,483,647, so the ties are whole numbers sent as Float.
  @Field(() => Float, { description: 'Pairs of practitioners who first met this year, at an event both took part in (a whole number; Float, as it can exceed 2^31 − 1).' })
  newTies!: number;

  @Field(() => Float, { description: 'Of the new ties, pairs based in different countries (a whole number).' })
  newTiesAcrossCountries!: number;

  @Field(() => Float, { description: 'Of the new ties, pairs based in different world regions (a whole number).' })
  newTiesAcrossRegions!: number;
}

@ObjectType({ description: 'The network year by year: activity, newcomers and the ties the events created.' })
export class NetworkEvolution {
  @Field(() => [NetworkYear], { description: 'Each year of the window that has an event or outcome, or lies between two that do, in order.' })
  @BoundedList(YEAR_COUNT)
  years!: NetworkYear[];

  @Field(() => Boolean, { description: 'True when the new ties were counted from a sample of practitioners and scaled up (a network too large to count every pair); false when counted exactly.' })
  tiesEstimated!: boolean;

  @Field(() => Int, { description: 'How many practitioners the new ties were counted from: every one who took part in an event, or the sample.' })
  tiesCountedFrom!: number;
}
