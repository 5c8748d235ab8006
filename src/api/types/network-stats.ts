import { Field, Int, ObjectType } from 'type-graphql';
import { CLUSTER_CODES, REGIONS, YEAR_COUNT } from '../../domain';
import { BoundedList } from '../limits/cost-rules';
import { ClusterCode, Region } from './enums';

@ObjectType({ description: 'Figures of one cluster.' })
export class ClusterFigures {
  @Field(() => ClusterCode, { description: 'The cluster.' })
  cluster!: string;

  @Field(() => Int, { description: 'Practitioners (of the scope) who worked on the cluster: expertise, an event or an outcome on one of its topics.' })
  practitioners!: number;

  @Field(() => Int, { description: 'Events (of the scope) addressing one of its topics.' })
  events!: number;

  @Field(() => Int, { description: 'Outcomes (of the scope) addressing one of its topics.' })
  outcomes!: number;
}

@ObjectType({ description: 'Figures of one world region.' })
export class RegionFigures {
  @Field(() => Region, { description: 'The region.' })
  region!: string;

  @Field(() => Int, { description: 'Practitioners (of the scope) based in a city of the region.' })
  practitioners!: number;

  @Field(() => Int, { description: 'Events (of the scope) held in a city of the region.' })
  events!: number;

  @Field(() => Int, { description: 'Outcomes (of the scope) implemented in a city of the region.' })
  outcomes!: number;
}

@ObjectType({ description: 'Figures of one year.' })
export class YearFigures {
  @Field(() => Int, { description: 'The year events started in.' })
  year!: number;

  @Field(() => Int, { description: 'Events (of the scope) that started that year.' })
  events!: number;

  @Field(() => Int, { description: 'Distinct practitioners who took part in them.' })
  participants!: number;
}

@ObjectType({
  description:
    'Figures of the network or of a part of it (a phase, a region, a city, a cluster): how many practitioners, events and outcomes, by cluster, region and year.',
})
export class NetworkStats {
  @Field(() => Int, { description: 'Practitioners in the scope.' })
  practitioners!: number;

  @Field(() => Int, { description: 'Events in the scope.' })
  events!: number;

  @Field(() => Int, { description: 'Outcomes in the scope.' })
  outcomes!: number;

  @Field(() => [ClusterFigures], { description: 'Every cluster, zeros included.' })
  @BoundedList(CLUSTER_CODES.length)
  byCluster!: ClusterFigures[];

  @Field(() => [RegionFigures], { description: 'Every region, zeros included.' })
  @BoundedList(REGIONS.length)
  byRegion!: RegionFigures[];

  @Field(() => [YearFigures], { description: 'Every year with events in the scope, in order.' })
  @BoundedList(YEAR_COUNT)
  byYear!: YearFigures[];
}
