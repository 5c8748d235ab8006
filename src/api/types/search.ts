import { Field, Float, ObjectType, type ClassType } from 'type-graphql';
import { BoundedList } from '../limits/cost-rules';
import { SUGGESTIONS } from '../read/text-search';
import { Node } from './node';
import { ConnectionOf, EdgeOf } from './page';

const SCORE = 'Relevance in (0, 1], best first: the exact name, then names starting with the text, names with every word whole, names with words starting with them, names with a word one typo away; within each, names closer in length to the text.';

/** Any node: the interface stands where the page helpers take an object type. */
const AnyNode = Node as unknown as ClassType<Node>;

@ObjectType({ description: 'A node whose name matches a search, with how well it matches.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node found.' })
  node!: Node;

  @Field(() => Float, { description: SCORE })
  score!: number;
}

@ObjectType({ description: 'A node whose name matches a search, at its position in the results.' })
export class SearchEdge extends EdgeOf(AnyNode, 'node found') {
  @Field(() => Float, { description: SCORE })
  score!: number;
}

@ObjectType({ description: 'A page of search results, best first, and names close to the text when nothing matches.' })
export class SearchConnection extends ConnectionOf(SearchEdge, AnyNode, 'nodes found') {
  @Field(() => [SearchHit], { description: `When nothing matches: up to ${SUGGESTIONS} names closest to the text (up to two typos a word), the closest first; else empty.` })
  @BoundedList(SUGGESTIONS)
  didYouMean!: SearchHit[];
}
