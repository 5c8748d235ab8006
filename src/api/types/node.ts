import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
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

  @Field(() => Int, { description: 'Grows by one with every change; an update or delete names the version it was based on. 0 for nodes never changed through the API.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'When the node was created through the API (ISO 8601); null for imported nodes.' })
  createdAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the node was last changed through the API (ISO 8601).' })
  updatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Who changed it last: the subject of their token.' })
  updatedBy?: string | null;
}
