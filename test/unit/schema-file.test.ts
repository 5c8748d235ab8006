import fs from 'node:fs';
import path from 'node:path';
import { GraphQLFloat, GraphQLInt, GraphQLInterfaceType, GraphQLObjectType, isSpecifiedScalarType } from 'graphql';
import { printApiSchema } from '../../src/api/print-schema';
import { buildApiSchema } from '../../src/api/schema';
import { REPO_ROOT } from '../helpers/tmp';

describe('schema/schema.graphql', () => {
  it('is what the TypeGraphQL classes emit (run `npm run schema` after changing them)', async () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, 'schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });

  it('describes every type, field and argument (root operation types excepted)', async () => {
    const schema = await buildApiSchema();
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      if (!roots.has(type as GraphQLObjectType) && !type.description) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('sends new ties as Float: they grow with the square of the people (a year at 1M had 3,497,457,809)', async () => {
    const year = (await buildApiSchema()).getType('NetworkYear') as GraphQLObjectType;
    const ties = ['newTies', 'newTiesAcrossCountries', 'newTiesAcrossRegions'].map((name) => String(year.getFields()[name]!.type));
    expect(ties).toEqual(['Float!', 'Float!', 'Float!']);
    expect(() => GraphQLInt.serialize(3_497_457_809)).toThrow(/32-bit/);
    expect(GraphQLFloat.serialize(3_497_457_809)).toBe(3_497_457_809);
  });
});
