import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { City } from '../types/labels';
import { Scans } from '../limits/cost-rules';
import { FIGURE_SCANS } from '../traverse/network-stats';
import { NetworkStats } from '../types/network-stats';

/** What a city's type has beyond the model's links (label-resolver.ts): its figures. */
@Resolver(() => City)
export class CityFields {
  @Scans(FIGURE_SCANS)
  @FieldResolver(() => NetworkStats, { description: 'Figures of the city: practitioners in it, events held and outcomes implemented there, by cluster, region and year.' })
  stats(@Root() c: NodeObject, @Ctx() { traversals }: ApiContext) {
    return traversals.cityStats(c.key);
  }
}
