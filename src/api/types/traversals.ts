import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { EVIDENCE_KINDS, LINKS } from '../../domain';
import { enumOf, NodeKind } from './enums';
import { City, Event, Outcome, Practitioner } from './labels';
import { Node } from './node';
import { ConnectionOf, EdgeOf } from './page';
import { BoundedList, SizedByParent } from '../limits/cost-rules';
import { EDGES_PER_NODE, MAX_EVIDENCE } from '../limits/list-sizes';

/** The answers of the network questions (practitionersWorkingOn, connectionPath, …). */

export const EvidenceKind = enumOf('EvidenceKind', EVIDENCE_KINDS, 'How a practitioner worked on a topic: as an expert in it, at an event addressing it, or in an outcome addressing it.');

@ObjectType({ description: 'Why a practitioner counts as having worked on a cluster or topic.' })
export class Evidence {
  @Field(() => EvidenceKind, { description: 'Expertise, an event, or an outcome.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Role at the event or in the outcome (e.g. SPEAKER, LEAD); null for expertise.' })
  role?: string | null;

  @Field(() => String, { description: 'The evidence in one sentence.' })
  description!: string;
}

@ObjectType({ description: 'A practitioner who worked on the cluster or topic, with all the evidence.' })
export class PractitionerMatchEdge extends EdgeOf(Practitioner, 'practitioner') {
  @Field(() => [Evidence], { description: `Every piece of evidence: expertise first, then events, then outcomes (at most ${MAX_EVIDENCE}).` })
  @BoundedList(MAX_EVIDENCE)
  evidence!: Evidence[];
}

@ObjectType({ description: 'A page of practitioners who worked on a cluster or topic; totalCount counts persons.' })
export class PractitionerMatchConnection extends ConnectionOf(PractitionerMatchEdge, Practitioner, 'practitioners') {}

@ObjectType({ description: 'One step of a path: a relationship walked in either direction.' })
export class PathStep {
  @Field(() => Node, { description: 'Where the step starts.' })
  from!: Node;

  @Field(() => Node, { description: 'Where the step ends.' })
  to!: Node;

  @Field(() => String, { description: 'The relationship type, e.g. PARTICIPATED_IN.' })
  relationship!: string;

  @Field(() => String, { description: 'The relationship told as a sentence, e.g. "Ada Obi took part in Waste Dialogue."' })
  sentence!: string;
}

@ObjectType({ description: 'A node of a subgraph, light enough to draw.' })
export class GraphNode {
  @Field(() => ID, { description: 'Global id, e.g. "City:lagos"; `node(id:)` fetches the details.' })
  id!: string;

  @Field(() => NodeKind, { description: 'What kind of node it is.' })
  kind!: string;

  @Field(() => String, { description: 'Its name or title, to show.' })
  label!: string;

  @Field(() => Int, { description: 'Steps from the centre of a neighbourhood, or from the start of a path (0 for the centre or start itself).' })
  depth!: number;
}

@ObjectType({ description: 'A shortest path between two nodes, over relationships of either direction.' })
export class Path {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [GraphNode], { description: 'The nodes from start to end (length + 1 of them), with kind and label as a neighbourhood gives them; `node(id:)` or the steps give the details.' })
  @SizedByParent(1, 1)
  nodes!: GraphNode[];

  @Field(() => [PathStep], { description: 'The steps in order.' })
  @SizedByParent()
  steps!: PathStep[];
}

@ObjectType({ description: 'A relationship of a subgraph, in its own direction.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Global id of the start node.' })
  source!: string;

  @Field(() => ID, { description: 'Global id of the end node.' })
  target!: string;

  @Field(() => String, { description: 'The relationship type, e.g. BASED_IN.' })
  type!: string;
}

@ObjectType({ description: 'The neighbourhood of a node: nodes within some steps and the relationships walked between them.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'The centre first, then by distance (at most `limit`).' })
  @SizedByParent()
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: `Relationships between the nodes, as walked (at most ${EDGES_PER_NODE} per node).` })
  @SizedByParent(EDGES_PER_NODE)
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit was reached before the walk was complete: nodes may have been left out.' })
  truncated!: boolean;
}

@ObjectType({ description: 'Someone a practitioner has not met yet but should.' })
export class PeerRecommendation {
  @Field(() => Practitioner, { description: 'The recommended peer.' })
  practitioner!: Practitioner;

  @Field(() => Float, { description: '1 per shared topic, +0.5 (same country) or +0.25 (same region) for an outcome in a similar city, +0.25 per shared cluster.' })
  score!: number;

  @Field(() => [String], { description: 'Why, in sentences.' })
  reasons!: string[];
}

@ObjectType({ description: 'A solution that travelled from one city to another (one per ADAPTED_FROM).' })
export class KnowledgeTransfer {
  @Field(() => Outcome, { description: 'The original outcome.' })
  source!: Outcome;

  @Field(() => Outcome, { description: 'The outcome that adapted it.' })
  target!: Outcome;

  @Field(() => City, { nullable: true, description: 'Where the original is implemented (the first city by id); null while it has none.' })
  fromCity!: City | null;

  @Field(() => City, { nullable: true, description: 'Where the adaptation is implemented (the first city by id); null while it has none.' })
  toCity!: City | null;

  @Field(() => [Event], { description: `The events the adaptation emerged from, in date order (at most ${LINKS.outcomeEvents.max}).` })
  @BoundedList(LINKS.outcomeEvents.max!)
  via!: Event[];
}
