import { printSchema, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from './schema';

/**
 * The SDL of the API as clients see it (GraphiQL's Docs, /schema.graphql): types and fields in the
 * order the classes declare them, arguments in reading order. The build is deterministic, so the
 * committed file changes only when the schema does.
 */
export async function printApiSchema(schema?: GraphQLSchema): Promise<string> {
  return `${printSchema(schema ?? (await buildApiSchema()))}\n`;
}
