import type { Label, RelationshipType } from './model';

/**
 * How each relationship reads as a sentence, from its start node to its end node: a path is
 * told step by step ("Ada Obi took part in Dialogue on Waste"), whichever way it was walked.
 */
const VERBS: Record<RelationshipType, string> = {
  WORKS_AT: 'works at',
  BASED_IN: 'is based in',
  EXPERT_IN: 'is an expert in',
  PARTICIPATED_IN: 'took part in',
  CONTRIBUTED_TO: 'contributed to',
  LOCATED_IN: 'is located in',
  IN_COUNTRY: 'lies in',
  PART_OF: 'is part of',
  HELD_IN: 'was held in',
  ADDRESSES: 'addresses',
  ORGANISED_BY: 'was organised by',
  EMERGED_FROM: 'emerged from',
  IMPLEMENTED_IN: 'is implemented in',
  ADAPTED_FROM: 'adapted',
  PARTNER_OF: 'is a partner city of',
};

export interface NamedEnd {
  readonly label: Label;
  readonly name: string;
}

/** The sentence of one relationship, subject first: `start` is where the relationship starts. */
export function relationshipSentence(type: RelationshipType, start: NamedEnd, end: NamedEnd): string {
  // A topic's PART_OF says which kind of thing it joins; an institution's reads plainly.
  const verb = type === 'PART_OF' && end.label === 'Cluster' ? 'belongs to the cluster' : VERBS[type];
  return `${start.name} ${verb} ${end.name}.`;
}
