import { Field, Int, ObjectType } from 'type-graphql';
import { LABELS, RELATIONSHIP_TYPES } from '../../domain';
import { BoundedList } from '../limits/cost-rules';

@ObjectType({ description: 'How many nodes carry one label.' })
export class LabelCount {
  @Field(() => String, { description: 'The node label, e.g. Practitioner or City.' })
  label!: string;

  @Field(() => Int, { description: 'Number of nodes with this label.' })
  count!: number;
}

@ObjectType({ description: 'How many relationships have one type.' })
export class RelationshipTypeCount {
  @Field(() => String, { description: 'The relationship type, e.g. PARTICIPATED_IN.' })
  type!: string;

  @Field(() => Int, { description: 'Number of relationships of this type.' })
  count!: number;
}

@ObjectType({ description: 'Size of the knowledge graph: nodes per label and relationships per type.' })
export class GraphStats {
  @Field(() => [LabelCount], { description: 'Every label of the model with its node count, zero included.' })
  @BoundedList(LABELS.length)
  nodes!: LabelCount[];

  @Field(() => [RelationshipTypeCount], { description: 'Every relationship type of the model with its count, zero included.' })
  @BoundedList(RELATIONSHIP_TYPES.length)
  relationships!: RelationshipTypeCount[];
}
