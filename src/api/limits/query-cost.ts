import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isListType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { COST_EXTENSION, SCAN_COST, type CostRule } from './cost-rules';
import { assumedSize } from './list-sizes';

/** The estimate of an operation, or why none could be made (and the operation must not run). */
export type CostEstimate = { readonly ok: true; readonly cost: number } | { readonly ok: false; readonly reason: string };

/**
 * Distinct selections the estimate looks at before it gives up (and the operation is refused):
 * keeps the estimate itself cheap whatever the document.
 */
export const MAX_ESTIMATE_STEPS = 50_000;

class Unestimable extends Error {}

type FieldGroup = readonly FieldNode[];
type Vars = Record<string, unknown>;

/**
 * Walks the operation as graphql-js executes it: fields collected per runtime type with
 * fragments merged (a fragment spread twice runs once), @skip/@include applied, arguments with
 * their defaults. Each field costs 1, its scans SCAN_COST each, and a list its items' cost times
 * the length its rule allows; an interface costs its most expensive implementation. Results are
 * memoised per (type, selection), so fragment fan-outs cost the estimate no more than the
 * executor.
 */
class Estimator {
  private steps = 0;
  private readonly memo = new Map<string, number>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Vars,
    private readonly maxSteps: number,
  ) {}

  operation(operation: OperationDefinitionNode): number {
    const root = this.schema.getRootType(operation.operation);
    if (!root) throw new Unestimable(`the schema has no ${operation.operation} type`);
    return this.fields(root, collectFields(this.schema, this.fragments, this.variables, root, operation.selectionSet), undefined);
  }

  private step(): void {
    if (++this.steps > this.maxSteps) throw new Unestimable(`it expands to more than ${this.maxSteps} selections`);
  }

  private idOf(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = ++this.nextId));
    return id;
  }

  private key(parts: (object | string | number | undefined)[]): string {
    return parts.map((p) => (typeof p === 'object' ? this.idOf(p) : String(p))).join('|');
  }

  private fields(type: GraphQLObjectType, fields: Map<string, FieldGroup>, parentSize: number | undefined): number {
    let total = 0;
    for (const group of fields.values()) total += this.field(type, group, parentSize);
    return total;
  }

  private field(parent: GraphQLObjectType, group: FieldGroup, parentSize: number | undefined): number {
    this.step();
    const name = group[0].name.value;
    if (name === '__typename') return 1;
    if (name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name) {
      const def = name === SchemaMetaFieldDef.name ? SchemaMetaFieldDef : TypeMetaFieldDef;
      return this.introspection(def as GraphQLField<unknown, unknown>, this.schema, group);
    }
    const def = parent.getFields()[name];
    if (!def) throw new Unestimable(`${parent.name} has no field ${name}`);
    const rule = def.extensions?.[COST_EXTENSION] as CostRule | undefined;
    // Read only where a rule sizes by them: an estimate that reads no variable is kept for every request (see EstimateMemo).
    const argument = (name: string) => getArgumentValues({ ...def, args: def.args.filter((a) => a.name === name) }, group[0], this.variables)[name];
    const type = getNullableType(def.type);
    const list = isListType(type);
    if (list && isListType(getNullableType(type.ofType))) throw new Unestimable(`${parent.name}.${name} is a list of lists`);
    const named = getNamedType(def.type);
    let items = 1;
    let scans = 0;
    let sizeForChildren: number | undefined;
    switch (rule?.kind) {
      case 'sized': {
        const size = assumedSize(rule.size, argument(rule.size.argument));
        if (list) items = size;
        else sizeForChildren = size;
        scans = rule.scans ?? 0;
        break;
      }
      case 'ids': {
        const ids = argument(rule.argument);
        items = Array.isArray(ids) ? Math.min(ids.length, rule.max) : rule.max;
        break;
      }
      case 'bounded':
        items = rule.max;
        scans = rule.scans ?? 0;
        break;
      case 'parent':
        if (parentSize === undefined) throw new Unestimable(`${parent.name}.${name} is sized by a field that gives no size`);
        items = parentSize * rule.factor + rule.plus;
        break;
      case 'scans':
        scans = rule.scans;
        break;
      case undefined:
        if (list && isCompositeType(named)) throw new Unestimable(`the length of ${parent.name}.${name} has no rule`);
        break;
    }
    if (rule && rule.kind !== 'sized' && rule.kind !== 'scans' && !list) throw new Unestimable(`${parent.name}.${name} has a list rule but is no list`);
    const own = 1 + scans * SCAN_COST;
    // A scalar or a list of scalars is one value of the answer.
    if (!isCompositeType(named)) return own;
    return own + items * this.selection(named, group, sizeForChildren);
  }

  /** One item of a composite type: its most expensive possible runtime type. */
  private selection(type: GraphQLCompositeType, group: FieldGroup, parentSize: number | undefined): number {
    const runtimeTypes = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
    let worst = 0;
    for (const runtime of runtimeTypes) {
      const key = this.key([runtime.name, parentSize, ...group]);
      let cost = this.memo.get(key);
      if (cost === undefined) {
        this.step();
        cost = this.fields(runtime, collectSubfields(this.schema, this.fragments, this.variables, runtime, group), parentSize);
        this.memo.set(key, cost);
      }
      worst = Math.max(worst, cost);
    }
    return worst;
  }

  /**
   * Introspection answers from the schema in memory, but a nested selection can multiply
   * (types → fields → type → fields …): it is counted exactly, by resolving the meta fields on
   * the schema itself, memoised per schema element and selection.
   */
  private introspection(def: GraphQLField<unknown, unknown>, source: unknown, group: FieldGroup): number {
    const info = { schema: this.schema } as GraphQLResolveInfo;
    const value = def.resolve!(source, getArgumentValues(def, group[0], this.variables), undefined, info);
    const named = getNamedType(def.type);
    if (!isCompositeType(named) || value === null || value === undefined) return 1;
    const items = Array.isArray(value) ? value : [value];
    let total = 1;
    for (const item of items) {
      const runtime = (isAbstractType(named) ? undefined : named) as GraphQLObjectType | undefined;
      if (!runtime) throw new Unestimable(`introspection field ${def.name} returns an abstract type`);
      const key = this.key(['introspection', item as object, runtime.name, ...group]);
      let cost = this.memo.get(key);
      if (cost === undefined) {
        this.step();
        cost = 0;
        for (const sub of collectSubfields(this.schema, this.fragments, this.variables, runtime, group).values()) {
          this.step();
          const subName = sub[0].name.value;
          cost += subName === '__typename' ? 1 : this.introspection(runtime.getFields()[subName] as GraphQLField<unknown, unknown>, item, sub);
        }
        this.memo.set(key, cost);
      }
      total += cost;
    }
    return total;
  }
}

/** Variables that record which of them were read (by name; `has`, own-property checks and listing them count too). */
function recording(variables: Vars, read: Set<string>): Vars {
  return new Proxy(variables, {
    get(target, name, receiver) {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name, receiver);
    },
    has(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.has(target, name);
    },
    getOwnPropertyDescriptor(target, name) {
      if (typeof name === 'string') read.add(name);
      return Reflect.getOwnPropertyDescriptor(target, name);
    },
    // Listing them reads them all: an estimate that walks the variables depends on every one.
    ownKeys(target) {
      const keys = Reflect.ownKeys(target);
      for (const key of keys) if (typeof key === 'string') read.add(key);
      return keys;
    },
  });
}

/** Values of these variables as one key, or undefined when too long to keep. */
function valuesKey(names: readonly string[], variables: Vars): string | undefined {
  const key = JSON.stringify(names.map((name) => (Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : { absent: true })));
  return key.length <= MAX_KEPT_KEY ? key : undefined;
}

const MAX_KEPT_KEY = 1_000;
const MAX_KEPT_PER_OPERATION = 256;
/** Sets of variables read, per operation: each one is tried on every request (@include can make many). */
const MAX_READ_SETS = 8;

/**
 * Estimates kept per operation: Apollo Server hands the same parsed document to every request
 * of the same text. An estimate is a pure function of the variables it read, so a request whose
 * read variables have the same values gets the same estimate; a node lookup reads none (its id
 * sizes nothing), so its estimate is made once. Weak by schema and operation, and bounded.
 */
class EstimateMemo {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, { names: string[]; estimates: Map<string, CostEstimate> }>>>();

  private kept(schema: GraphQLSchema, operation: OperationDefinitionNode) {
    let byOperation = this.bySchema.get(schema);
    if (!byOperation) this.bySchema.set(schema, (byOperation = new WeakMap()));
    let reads = byOperation.get(operation);
    if (!reads) byOperation.set(operation, (reads = new Map()));
    return reads;
  }

  find(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Vars): CostEstimate | undefined {
    for (const { names, estimates } of this.kept(schema, operation).values()) {
      const key = valuesKey(names, variables);
      const known = key === undefined ? undefined : estimates.get(key);
      if (known) return known;
    }
    return undefined;
  }

  keep(schema: GraphQLSchema, operation: OperationDefinitionNode, read: Set<string>, variables: Vars, estimate: CostEstimate): void {
    const names = [...read].sort();
    const key = valuesKey(names, variables);
    if (key === undefined) return;
    const reads = this.kept(schema, operation);
    const namesKey = names.join(',');
    let entry = reads.get(namesKey);
    if (!entry) {
      if (reads.size >= MAX_READ_SETS) reads.clear();
      reads.set(namesKey, (entry = { names, estimates: new Map() }));
    }
    if (entry.estimates.size >= MAX_KEPT_PER_OPERATION) entry.estimates.clear();
    entry.estimates.set(key, estimate);
  }
}

const memo = new EstimateMemo();

/**
 * The estimated cost of the operation the server would execute, with the request's variables.
 * Never undefined: an operation whose cost cannot be estimated is answered with the reason, and
 * the caller refuses it. Variables that do not coerce cost nothing: execution refuses them
 * before any resolver runs.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined | null,
  inputs: Record<string, unknown> = {},
  maxSteps = MAX_ESTIMATE_STEPS,
): CostEstimate {
  try {
    if (!operation) return { ok: true, cost: 0 }; // execution fails: no operation to run
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 1 });
    if (coerced.errors) return { ok: true, cost: 0 };
    const variables = coerced.coerced;
    const kept = maxSteps === MAX_ESTIMATE_STEPS ? memo.find(schema, operation, variables) : undefined;
    if (kept) return kept;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
    }
    const read = new Set<string>();
    const estimate = estimateOf(() => new Estimator(schema, fragments, recording(variables, read), maxSteps).operation(operation));
    if (maxSteps === MAX_ESTIMATE_STEPS) memo.keep(schema, operation, read, variables, estimate);
    return estimate;
  } catch (error) {
    return refusal(error);
  }
}

function estimateOf(walk: () => number): CostEstimate {
  try {
    return { ok: true, cost: walk() };
  } catch (error) {
    return refusal(error);
  }
}

function refusal(error: unknown): CostEstimate {
  return { ok: false, reason: error instanceof Unestimable ? error.message : 'its cost could not be estimated' };
}
