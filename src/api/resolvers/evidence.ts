import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EvidenceObject } from '../traverse/working-on';
import { Node } from '../types/node';
import { Topic } from '../types/labels';
import { Evidence } from '../types/traversals';

/** Evidence carries keys; its nodes come through the request's loaders, batched, when asked for. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Node, { description: 'The topic of the expertise, the event taken part in, or the outcome contributed to.' })
  subject(@Root() e: EvidenceObject, @Ctx() { reader }: ApiContext) {
    return reader.node(e.subjectLabel, e.subjectKey);
  }

  @FieldResolver(() => Topic, { description: 'The topic of the cluster (or the topic asked about) that the subject is about.' })
  topic(@Root() e: EvidenceObject, @Ctx() { reader }: ApiContext) {
    return reader.node('Topic', e.topicKey);
  }
}
