import 'reflect-metadata';
import {
  buildSchema,
  execute,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { buildApiSchema } from '../../src/api/schema';
import { queryCost } from '../../src/api/limits/query-cost';
import { COST_EXTENSION, SCAN_COST, type CostRule } from '../../src/api/limits/cost-rules';
import { SIZES } from '../../src/api/limits/list-sizes';

const estimate = (schema: GraphQLSchema, text: string, variables: Record<string, unknown> = {}) => {
  const document = parse(text);
  return queryCost(schema, document, getOperationAST(document), variables);
};

const fieldsIn = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + fieldsIn(item), 0)
    : value && typeof value === 'object'
      ? Object.values(value).reduce((sum: number, item) => sum + 1 + fieldsIn(item), 0)
      : 0;

describe('query cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('finds a length rule on every list of objects in the schema; lists sized by their parent only under sized fields', () => {
    const missing: string[] = [];
    const parentSized = new Set<string>();
    const sizedTypes = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const rule = field.extensions?.[COST_EXTENSION] as CostRule | undefined;
        const list = isListType(getNullableType(field.type));
        if (list && isCompositeType(getNamedType(field.type)) && !rule) missing.push(`${type.name}.${field.name}`);
        if (rule?.kind === 'parent') parentSized.add(type.name);
        if (rule?.kind === 'sized' && !list) sizedTypes.add(getNamedType(field.type).name);
      }
    }
    expect(missing).toEqual([]);
    // Every type with lists sized by its parent is only ever reached through a field that gives a size.
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type).name;
        const rule = field.extensions?.[COST_EXTENSION] as CostRule | undefined;
        if (parentSized.has(named)) expect({ field: `${type.name}.${field.name}`, sized: rule?.kind === 'sized' }).toEqual({ field: `${type.name}.${field.name}`, sized: true });
      }
    }
    expect([...parentSized].every((t) => sizedTypes.has(t))).toBe(true);
  });

  it('counts a connection by its first, the default for null and absent, its whole-label reads, and a fragment spread twice once', () => {
    const cost = (first: string) => estimate(schema, `{ cities${first} { nodes { key } } }`);
    expect(cost('(first: 7)')).toEqual({ ok: true, cost: 1 + 2 * SCAN_COST + 1 + 7 });
    expect(cost('(first: null)')).toEqual({ ok: true, cost: 1 + 2 * SCAN_COST + 1 + SIZES.page.default });
    expect(cost('')).toEqual(cost('(first: null)'));
    // Out of range: the resolver refuses it, the estimate assumes the maximum.
    expect(cost('(first: 5000)')).toEqual({ ok: true, cost: 1 + 2 * SCAN_COST + 1 + SIZES.page.max });
    expect(estimate(schema, '{ cities(first: 7) { ...N ...N } } fragment N on CityListing { nodes { key } }')).toEqual(cost('(first: 7)'));
    expect(estimate(schema, 'query($skip: Boolean!) { cities(first: 7) { nodes { key name @skip(if: $skip) } } }', { skip: true })).toEqual(cost('(first: 7)'));
  });

  it('counts an interface at its most expensive implementation', () => {
    const cheap = estimate(schema, '{ node(id: "City:lagos") { id } }');
    const dear = estimate(schema, '{ node(id: "City:lagos") { id ... on City { practitioners(first: 10) { nodes { key } } } ... on Topic { name } } }');
    expect(cheap).toEqual({ ok: true, cost: 2 });
    expect(dear).toEqual({ ok: true, cost: 2 + 1 + 1 + 10 });
  });

  it('counts introspection exactly: as many as the answer holds', async () => {
    for (const text of [getIntrospectionQuery(), '{ __schema { types { fields { type { ofType { fields { name } } } } } } }', '{ __type(name: "City") { name fields { name } } }']) {
      const answer = await execute({ schema, document: parse(text) });
      expect(estimate(schema, text)).toEqual({ ok: true, cost: fieldsIn(answer.data) });
    }
  });

  it('refuses what it cannot estimate: a list without a rule, a parent that gives no size, too many selections', () => {
    const bare = buildSchema('type Query { cities: [City!]! } type City { name: String }');
    expect(estimate(bare, '{ cities { name } }')).toEqual({ ok: false, reason: 'the length of Query.cities has no rule' });
    expect(estimate(bare, '{ __typename }')).toEqual({ ok: true, cost: 1 });
    const City = new GraphQLObjectType({ name: 'City', fields: { name: { type: GraphQLString } } });
    const Page = new GraphQLObjectType({ name: 'Page', fields: { items: { type: new GraphQLList(City), extensions: { [COST_EXTENSION]: { kind: 'parent', factor: 1, plus: 0 } } } } });
    const unsized = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { page: { type: Page } } }) });
    expect(estimate(unsized, '{ page { items { name } } }')).toEqual({ ok: false, reason: 'Page.items is sized by a field that gives no size' });
    const deep = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: city(id: "lagos") { name country { name } }`).join(' ')} }`;
    const document = parse(deep);
    expect(queryCost(schema, document, getOperationAST(document), {}, 20)).toEqual({ ok: false, reason: 'it expands to more than 20 selections' });
  });

  it('estimates a document asked again as a fresh one: by the values of the variables it reads', () => {
    // One parsed document for every request, as Apollo Server hands out; the expected estimate from a new parse each time.
    const text = `query($n: Int, $m: Int, $deep: Boolean!, $id: ID!, $ids: [ID!]!) {
      node(id: $id) { id }
      cities(first: $n) { nodes { key practitioners(first: $m) @include(if: $deep) { nodes { key } } } }
      byIds: nodes(ids: $ids) { id }
    }`;
    const shared = parse(text);
    const asked = [];
    for (const n of [3, 7, null]) {
      for (const m of [2, 9]) {
        for (const deep of [true, false]) {
          for (const ids of [['City:lagos'], ['City:lagos', 'City:accra', 'Topic:waste']]) {
            for (const id of ['City:lagos', 'Topic:waste']) asked.push({ n, m, deep, id, ids });
          }
        }
      }
    }
    // Twice over, in two orders: every estimate once made and once found again.
    for (const variables of [...asked, ...asked.reverse()]) {
      expect({ variables, estimate: queryCost(schema, shared, getOperationAST(shared), variables) }).toEqual({ variables, estimate: estimate(schema, text, variables) });
    }
    // The estimates differ by what they read: the cities' first, and the practitioners' only when included.
    const costs = new Set(asked.map((variables) => JSON.stringify(queryCost(schema, shared, getOperationAST(shared), variables))));
    expect(costs.size).toBeGreaterThan(8);
  });

  it('costs nothing when the variables do not fit the operation: execution refuses them before any resolver', () => {
    expect(estimate(schema, 'query($n: Int!) { cities(first: $n) { nodes { key } } }', { n: 'many' })).toEqual({ ok: true, cost: 0 });
  });
});
