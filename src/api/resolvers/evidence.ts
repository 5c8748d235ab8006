import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import type { EvidenceObject } from '../traverse/working-on';
import { Node } from '../types/node';
import { Topic } from '../types/labels';
import { Evidence } from '../types/traversals';
import { BoundedList } from '../limits/cost-rules';
import { MAX_EVIDENCE_TOPICS } from '../limits/list-sizes';

/** Evidence carries keys; its nodes come through the request's loaders, batched, when asked for. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Node, { description: 'The topic of the expertise, the event taken part in, or the outcome contributed to.' })
  subject(@Root() e: EvidenceObject, @Ctx() { reader }: ApiContext) {
    return reader.node(e.subjectLabel, e.subjectKey);
  }

  @FieldResolver(() => Topic, { description: 'The topic of the cluster (or the topic asked about) that the subject is about; the first by id when it addressed several (see topics).' })
  topic(@Root() e: EvidenceObject, @Ctx() { reader }: ApiContext) {
    return reader.node('Topic', e.topicKey);
  }

  @FieldResolver(() => [Topic], { description: `Every topic of the cluster (or the topic asked about) that the subject addressed, by id: one for expertise, at most ${MAX_EVIDENCE_TOPICS} for an event or outcome.` })
  @BoundedList(MAX_EVIDENCE_TOPICS)
  async topics(@Root() e: EvidenceObject, @Ctx() { reader }: ApiContext) {
    return (await Promise.all(e.topicKeys.map((key) => reader.node('Topic', key)))).filter((t) => t !== null);
  }
}
