import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { NodeKind, RelationshipTypeEnum } from './enums';
import { Node } from './node';

@ObjectType({ description: 'What a delete removed: the node (with its relationships) at this version.' })
export class DeletedNode {
  @Field(() => ID, { description: 'Global id of the deleted node.' })
  id!: string;

  @Field(() => Int, { description: 'The version it had.' })
  version!: number;
}

@InputType({ description: 'A relationship to remove: its type and both ends.' })
export class UnlinkInput {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship type.' })
  type!: string;

  @Field(() => ID, { description: 'Global id of the start node.' })
  from!: string;

  @Field(() => ID, { description: 'Global id of the end node.' })
  to!: string;
}

@ObjectType({ description: 'A relationship as it now stands.' })
export class LinkResult {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship type.' })
  type!: string;

  @Field(() => Node, { description: 'The start node.' })
  from!: Node;

  @Field(() => Node, { description: 'The end node.' })
  to!: Node;

  @Field(() => Boolean, { description: 'True when the relationship is new; false when it existed (link) or was removed (unlink).' })
  created!: boolean;
}

@InputType({ description: 'A node to create, or to update by id: its kind and its properties (id included), as the model names them.' })
export class NodeRecordInput {
  @Field(() => NodeKind, { description: 'What kind of node.' })
  kind!: string;

  @Field(() => GraphQLJSONObject, { description: 'Its properties, e.g. { "id": "abuja", "name": "Abuja", "countryCode": "NG", "lat": 9.07, "lon": 7.4 }.' })
  properties!: Record<string, unknown>;
}

@InputType({ description: 'A relationship to add between nodes in the graph or in the same batch.' })
export class RelationshipRecordInput extends UnlinkInput {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Its properties, e.g. { "role": "SPEAKER" }.' })
  properties?: Record<string, unknown> | null;
}

@ObjectType({ description: 'What an import changed (or, with dryRun, would change).' })
export class ImportReport {
  @Field(() => Boolean, { description: 'True when nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Nodes that did not exist.' })
  nodesCreated!: number;

  @Field(() => Int, { description: 'Nodes that existed and were updated.' })
  nodesUpdated!: number;

  @Field(() => Int, { description: 'Relationships added or updated.' })
  relationships!: number;
}
