import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { GraphStatsResolver } from './resolvers/graph-stats';

export const RESOLVERS = [GraphStatsResolver] as const;

/** The executable schema, built from the TypeGraphQL classes (the single source of the schema). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
