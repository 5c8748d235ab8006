import { Field, ID, ObjectType } from 'type-graphql';
import { NodeKind } from './enums';

@ObjectType({ description: 'A tombstone of the audit log: what was deleted, when, by whom, and what it held.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field(() => String, { description: 'What happened: DELETE.' })
  action!: string;

  @Field(() => NodeKind, { description: 'Kind of the node.' })
  kind!: string;

  @Field(() => String, { description: 'Key of the node.' })
  key!: string;

  @Field(() => String, { description: 'When (ISO 8601).' })
  at!: string;

  @Field(() => String, { nullable: true, description: 'Who: the subject of their token.' })
  by?: string | null;

  @Field(() => String, { description: 'The node\'s properties before, as JSON (contact data included: admins only).' })
  snapshot!: string;
}
