import fc from 'fast-check';
import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildApiSchema } from '../../src/api/schema';
import { queryCost } from '../../src/api/limits/query-cost';
import { COST_EXTENSION, type CostRule } from '../../src/api/limits/cost-rules';
import { LABELS } from '../../src/domain';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { seedOracle } from '../helpers/seed-oracle';
import { SEED_DIR } from '../helpers/tmp';

/**
 * The estimate is never below what the resolvers return: random operations over the whole schema
 * (every argument that sizes a list at random, null and absent included; named and inline
 * fragments; real ids) run on the seed graph, and the fields of each answer are counted against
 * its estimate. Mutations, subscriptions and the audit log (ADMIN) are left out.
 */

const seed = seedOracle(SEED_DIR);
const globalIds = LABELS.flatMap((label) => seed.ids(label).map((key) => `${label}:${key}`));
const keysOf = (label: string) => seed.ids(label);
const quote = (value: string) => JSON.stringify(value);

/** The fields of an answer, as the estimate counts them: each key of each object, at every depth. */
function fieldsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + fieldsIn(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + 1 + fieldsIn(item), 0);
  return 0;
}

/** A value for a required argument, from the seed (the lookups' own label where the field says it). */
function requiredValue(field: GraphQLField<unknown, unknown>, arg: GraphQLArgument): fc.Arbitrary<string> | undefined {
  const byField: Record<string, string> = { city: 'City', country: 'Country', institution: 'Institution', cluster: 'Cluster', topic: 'Topic', event: 'Event', outcome: 'Outcome', practitioner: 'Practitioner' };
  if (arg.name === 'ids') return fc.subarray(globalIds, { maxLength: 12 }).map((ids) => `[${ids.map(quote).join(', ')}]`);
  if (arg.name === 'text') return fc.constantFrom('lagos', 'waste', 'a', 'water supply', 'bonn').map(quote);
  if (field.name === 'practitionersWorkingOn' && arg.name === 'city') return fc.constantFrom('lagos', 'bonn', 'amman', 'Nairobi').map(quote);
  if (field.name === 'recommendPeers') return fc.constantFrom(...keysOf('Practitioner').slice(0, 40)).map(quote);
  const label = byField[field.name];
  if (label) return fc.constantFrom(...keysOf(label)).map(quote);
  if (['id', 'from', 'to'].includes(arg.name)) return fc.constantFrom(...globalIds).map(quote);
  return undefined;
}

/** The arguments of a field: required ones from the seed, size arguments at random (absent, null, any allowed value). */
function argumentsOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> | undefined {
  const parts: fc.Arbitrary<string>[] = [];
  const rule = field.extensions?.[COST_EXTENSION] as CostRule | undefined;
  for (const arg of field.args) {
    if (isNonNullType(arg.type)) {
      const value = requiredValue(field, arg);
      if (!value) return undefined;
      parts.push(value.map((v) => `${arg.name}: ${v}`));
    } else if (rule?.kind === 'sized' && arg.name === rule.size.argument) {
      const { min, max } = rule.size;
      parts.push(fc.oneof(fc.constant(''), fc.constant(`${arg.name}: null`), fc.integer({ min, max }).map((n) => `${arg.name}: ${n}`), fc.constant(`${arg.name}: ${max}`)));
    } else if (field.name === 'practitionersWorkingOn' && arg.name === 'cluster') {
      parts.push(fc.constantFrom('MUNICIPAL_SERVICES', 'GOOD_URBAN_GOVERNANCE').map((c) => `cluster: ${c}`));
    } else if (field.name === 'neighbourhood' && arg.name === 'depth') {
      parts.push(fc.constantFrom('', 'depth: 1', 'depth: 2'));
    }
  }
  if (parts.length === 0) return fc.constant('');
  return fc.tuple(...parts).map((values) => {
    const given = values.filter(Boolean);
    return given.length ? `(${given.join(', ')})` : '';
  });
}

interface Generated {
  selection: string;
  fragments: string[];
}

const LEFT_OUT = new Set(['auditLog', 'networkAnalytics']);

/** A random selection set on `type`, `depth` levels deep at most; some parts as named fragments. */
function selectionOn(schema: GraphQLSchema, type: GraphQLCompositeType, depth: number, counter: { n: number }): fc.Arbitrary<Generated> {
  const objects: readonly GraphQLObjectType[] = isAbstractType(type) ? schema.getPossibleTypes(type) : [type as GraphQLObjectType];
  const own = isObjectType(type) || !isAbstractType(type) ? (type as GraphQLObjectType).getFields() : {};
  const fields = Object.values(own).filter((f) => !LEFT_OUT.has(f.name) && (depth > 0 || !isCompositeType(getNamedType(f.type))));
  const choices: fc.Arbitrary<Generated>[] = [];
  for (const field of fields) {
    const args = argumentsOf(field);
    if (!args) continue;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) {
      choices.push(args.map((a) => ({ selection: `${field.name}${a}`, fragments: [] })));
    } else {
      choices.push(
        fc.tuple(args, fc.constant(null).chain(() => selectionOn(schema, named, depth - 1, counter))).map(([a, inner]) => ({
          selection: `${field.name}${a} { ${inner.selection} }`,
          fragments: inner.fragments,
        })),
      );
    }
  }
  // On an interface, fields come through inline fragments on its implementations.
  if (isAbstractType(type) && depth > 0) {
    for (const object of objects) {
      choices.push(selectionOn(schema, object, depth - 1, counter).map((inner) => ({ selection: `... on ${object.name} { ${inner.selection} }`, fragments: inner.fragments })));
    }
  }
  choices.push(fc.constant({ selection: '__typename', fragments: [] }));
  return fc
    .tuple(fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([parts, named]) => {
      const selection = parts.map((p) => p.selection).join(' ');
      const fragments = parts.flatMap((p) => p.fragments);
      if (!named) return { selection, fragments };
      // The same selection as a named fragment, spread twice: it runs once.
      const name = `F${++counter.n}`;
      return { selection: `...${name} ...${name}`, fragments: [...fragments, `fragment ${name} on ${type.name} { ${selection} }`] };
    });
}

describe('the cost estimate against the answers', () => {
  let api: SeededApi;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
    api = await startSeededApi({ limits: { cost: 1_000_000_000, depth: 20 } });
  });
  afterAll(() => api.close());

  it('is never below the fields an answer holds, for 200 random operations', async () => {
    const query = schema.getQueryType()!;
    const operations = fc.integer({ min: 1, max: 4 }).chain((depth) => {
      const counter = { n: 0 };
      return selectionOn(schema, query, depth, counter).map((g) => `query { ${g.selection} }\n${g.fragments.join('\n')}`);
    });
    let answered = 0;
    let largest = 0;
    await fc.assert(
      fc.asyncProperty(operations, async (text) => {
        const document = parse(text);
        const estimate = queryCost(schema, document, getOperationAST(document), {});
        expect(estimate.ok).toBe(true);
        const { status, body } = await api.post({ query: text });
        expect(status).toBeLessThan(500);
        if (body.data) {
          answered++;
          const actual = fieldsIn(body.data);
          largest = Math.max(largest, actual);
          expect({ text, actual, atLeast: estimate.ok && estimate.cost >= actual }).toEqual({ text, actual, atLeast: true });
        }
      }),
      { numRuns: 200, seed: 2026 },
    );
    // The operations answered, and some answers were large: the property is not about empty answers.
    expect(answered).toBeGreaterThan(150);
    expect(largest).toBeGreaterThan(1000);
  }, 120_000);
});
