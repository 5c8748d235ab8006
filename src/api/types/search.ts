import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node';

@ObjectType({ description: 'A node whose name matches a search, with how well it matches.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node found.' })
  node!: Node;

  @Field(() => Float, { description: 'Relevance in (0, 1]: exact name 1, then name starting with the text, words starting with it, containing it; shorter names rank higher.' })
  score!: number;
}
