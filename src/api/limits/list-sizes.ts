import { Arg, Int } from 'type-graphql';
import { ApiError } from '../errors';

/**
 * How many items a list field returns at most. The resolvers apply these rules and the cost
 * estimate assumes them, so the two cannot disagree: an argument's default, its range and what
 * `null` means are written here once.
 */

/** An argument that sets how many items a field returns (`first`, `limit`, `maxHops`). */
export interface SizeArgument {
  readonly argument: string;
  /** Used when the argument is absent or null. */
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

const size = (argument: string, fallback: number, min: number, max: number): SizeArgument => ({ argument, default: fallback, min, max });

export const SIZES = {
  /** Connections, listings, search and practitionersWorkingOn. */
  page: size('first', 20, 0, 100),
  recommendPeers: size('first', 10, 0, 50),
  knowledgeTransfers: size('first', 50, 0, 200),
  auditLog: size('first', 50, 1, 500),
  brokers: size('first', 10, 0, 100),
  communities: size('first', 20, 0, 100),
  members: size('first', 10, 0, 100),
  neighbourhood: size('limit', 200, 1, 1000),
  pathHops: size('maxHops', 4, 1, 6),
  cityExchange: size('first', 50, 0, 500),
} as const satisfies Record<string, SizeArgument>;

/** `nodes(ids:)` answers one item per id given, at most this many. */
export const MAX_IDS = 100;

/** Evidence items per practitioner in practitionersWorkingOn: expertise, then events, then outcomes. */
export const MAX_EVIDENCE = 50;

/** Topics one piece of evidence names (an event addressing several topics of the cluster), by id. */
export const MAX_EVIDENCE_TOPICS = 5;

/** Nodes a view exported at once may have (the explorer draws a few hundred). */
export const MAX_VIEW_NODES = 500;

/** Values a facet answers at most (the most frequent); a listing's facets are at most all its dimensions. */
export const MAX_FACET_BUCKETS = 100;

/** Ties a city link shows: its partnerships and transfers, then its latest shared events. */
export const MAX_EXCHANGE_EVIDENCE = 10;

/** A neighbourhood answers at most this many relationships per node it answers (`truncated` when cut). */
export const EDGES_PER_NODE = 4;

/** The value a resolver uses: the default for absent or null, BAD_USER_INPUT outside the range. */
export function sizeOf(spec: SizeArgument, value: number | null | undefined): number {
  const n = value ?? spec.default;
  if (!Number.isInteger(n) || n < spec.min || n > spec.max) {
    throw new ApiError('BAD_USER_INPUT', `${spec.argument} must be between ${spec.min} and ${spec.max}; got ${n}.`, { argument: spec.argument });
  }
  return n;
}

/**
 * What the cost estimate assumes for an argument's value: what the resolver would use, or its
 * maximum when the resolver would refuse the value (it then returns nothing at all).
 */
export function assumedSize(spec: SizeArgument, value: unknown): number {
  if (value === null || value === undefined) return spec.default;
  return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max ? value : spec.max;
}

/** The argument's description: what it sets, then its range and default, from the rule. */
export function sizeDescription(spec: SizeArgument, what: string): string {
  return `${what}, ${spec.min}–${spec.max} (${spec.default} when absent or null).`;
}

/** The TypeGraphQL argument for a size rule: nullable, its default and range in the schema. */
export function SizeArg(spec: SizeArgument, what: string) {
  return Arg(spec.argument, () => Int, { nullable: true, defaultValue: spec.default, description: sizeDescription(spec, what) });
}
