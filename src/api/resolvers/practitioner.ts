import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LINKS } from '../../domain';
import type { ApiContext } from '../context';
import type { NodeObject } from '../read/node-object';
import { Institution, Practitioner } from '../types/labels';

/** What a practitioner's type has beyond the model's links (label-resolver.ts). */
@Resolver(() => Practitioner)
export class PractitionerFields {
  @FieldResolver(() => Institution, { nullable: true, description: 'The institution the practitioner works at (the most recent, if several).' })
  async institution(@Root() p: NodeObject, @Ctx() { reader }: ApiContext) {
    const jobs = await reader.neighbourEdges(LINKS.practitionerEmployments, p.key);
    const latest = [...jobs].sort((a, b) => Number(b.rel.since ?? 0) - Number(a.rel.since ?? 0))[0];
    return latest?.node ?? null;
  }
}
