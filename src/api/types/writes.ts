import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a delete removed: the node (with its relationships) at this version.' })
export class DeletedNode {
  @Field(() => ID, { description: 'Global id of the deleted node.' })
  id!: string;

  @Field(() => Int, { description: 'The version it had.' })
  version!: number;
}
