import { Extensions } from 'type-graphql';
import type { SizeArgument } from './list-sizes';

/**
 * What a field costs beyond 1, declared on the field itself (a TypeGraphQL extension) so the
 * estimate reads the schema the server executes. Every list of objects must say how long it can
 * be; the estimate refuses an operation that reaches a list without a rule.
 */
export type CostRule =
  /** As many items as an argument asks for: the field's own list, or the lists its object marks `parent`. */
  | { readonly kind: 'sized'; readonly size: SizeArgument; readonly scans?: number }
  /** One item per id of a list argument, at most `max`. */
  | { readonly kind: 'ids'; readonly argument: string; readonly max: number }
  /** A list the model bounds (the four clusters, a node's few neighbours). */
  | { readonly kind: 'bounded'; readonly max: number; readonly scans?: number }
  /** A list as long as the size its parent field was given, times `factor`, plus `plus`. */
  | { readonly kind: 'parent'; readonly factor: number; readonly plus: number }
  /** A single value whose resolver runs whole-graph statements (figures, counts). */
  | { readonly kind: 'scans'; readonly scans: number };

/**
 * A statement that reads a whole label (a listing's sort or count, a figure) costs as
 * much as this many fields: it is what makes a small answer expensive.
 */
export const SCAN_COST = 500;

/** The extension key the estimate reads. */
export const COST_EXTENSION = 'cost';

const cost = (rule: CostRule) => Extensions({ [COST_EXTENSION]: rule });

/** A field sized by an argument; `scans`: whole-label statements it runs besides. */
export const SizedBy = (size: SizeArgument, scans = 0) => cost({ kind: 'sized', size, scans });
/** One item per id given. */
export const SizedByIds = (argument: string, max: number) => cost({ kind: 'ids', argument, max });
/** A list the model bounds. */
export const BoundedList = (max: number, scans = 0) => cost({ kind: 'bounded', max, scans });
/** A list as long as the parent field's size (a connection's edges and nodes). */
export const SizedByParent = (factor = 1, plus = 0) => cost({ kind: 'parent', factor, plus });
/** A value computed by whole-graph statements. */
export const Scans = (scans: number) => cost({ kind: 'scans', scans });
