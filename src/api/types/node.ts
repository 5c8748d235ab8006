import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { NodeObject } from '../read/node-object';

@InterfaceType({
  description: 'Anything in the graph with a global id ("<Label>:<key>", e.g. "City:lagos"), fetchable with `node(id:)`.',
  resolveType: (value: NodeObject) => value.__label,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: the label and the key, e.g. "City:lagos".' })
  id!: string;
}

/** Fields every node type shares. */
@ObjectType()
export abstract class NodeBase implements Node {
  @Field(() => ID, { description: 'Global id: the label and the key, e.g. "City:lagos".' })
  id!: string;

  @Field(() => String, { description: 'The raw id of the node within its label, as in the seed files (e.g. "lagos").' })
  key!: string;

  @Field(() => Boolean, { description: 'True when the node is invented (fictional practitioners, synthetic data), false when it is sourced.' })
  synthetic!: boolean;

  @Field(() => [String], { description: 'Source references of the node (see seeds/connective-cities/SOURCES.md); empty for invented nodes.' })
  sources!: string[];
}
