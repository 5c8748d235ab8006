import { Field, ID, Int, InterfaceType, ObjectType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { may, REQUIRED_ROLE, type Viewer } from '../../domain';
import { ApiError } from '../errors';
import type { NodeObject } from '../read/node-object';

@InterfaceType({
  description: 'Anything in the graph with a global id ("<Label>:<key>", e.g. "City:lagos"), fetchable with `node(id:)`.',
  resolveType: (value: NodeObject) => value.__label,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id: the label and the key, e.g. "City:lagos".' })
  id!: string;
}

/** The editor of a node is personal data: FORBIDDEN on this field only, the rest of the answer stays. */
const editorsOnly: MiddlewareFn<{ viewer: Viewer }> = ({ context }, next) => {
  if (!may(context.viewer, 'readEditor')) {
    throw new ApiError('FORBIDDEN', `Who changed a node is personal data: it needs the ${REQUIRED_ROLE.readEditor} role or above; you are ${context.viewer.role}.`);
  }
  return next();
};

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

  @Field(() => String, { nullable: true, description: `Who changed it last: the subject of their token (personal data: ${REQUIRED_ROLE.readEditor} role or above; null with a FORBIDDEN error otherwise).` })
  @UseMiddleware(editorsOnly)
  updatedBy?: string | null;
}
