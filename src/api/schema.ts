import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { isInterfaceType, isNonNullType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLSchema } from 'graphql';
import { COST_EXTENSION, type CostRule } from './limits/cost-rules';
import { GraphStatsResolver } from './resolvers/graph-stats';
import { NodeResolver } from './resolvers/node';
import { PractitionerResolver } from './resolvers/practitioner';
import { CityResolver } from './resolvers/city';
import { CountryResolver } from './resolvers/country';
import { InstitutionResolver } from './resolvers/institution';
import { ClusterResolver } from './resolvers/cluster';
import { TopicResolver } from './resolvers/topic';
import { EventResolver } from './resolvers/event';
import { OutcomeResolver } from './resolvers/outcome';
import { TraversalResolver } from './resolvers/traversals';
import { EvidenceResolver } from './resolvers/evidence';
import { City, Cluster, Country, Event, Institution, Outcome, Practitioner, Topic } from './types/labels';
import { NodeMutations } from './resolvers/node-mutations';
import { LinkMutations } from './resolvers/link-mutations';
import { AuditResolver } from './resolvers/audit';
import { ImportRecordsResolver } from './resolvers/import-records';
import { ClusterBridgeResolver, CommunityResolver, NetworkAnalyticsResolver, NetworkChangedResolver } from './resolvers/analytics';
import { createNetworkPubSub, type NetworkPubSub } from './changes';

const TYPES = { Practitioner, City, Country, Institution, Cluster, Topic, Event, Outcome } as const;

export const RESOLVERS = [
  NodeResolver,
  PractitionerResolver,
  CityResolver,
  CountryResolver,
  InstitutionResolver,
  ClusterResolver,
  TopicResolver,
  EventResolver,
  OutcomeResolver,
  GraphStatsResolver,
  TraversalResolver,
  EvidenceResolver,
  ...Object.entries(TYPES).map(([label, type]) => NodeMutations(label as keyof typeof TYPES, type)),
  LinkMutations,
  AuditResolver,
  ImportRecordsResolver,
  NetworkAnalyticsResolver,
  CommunityResolver,
  ClusterBridgeResolver,
  NetworkChangedResolver,
] as const;

/**
 * Arguments in the order a person reads them: what (the required ones), then how (the other
 * filters), then how many (the argument the field's size rule names), then where to continue
 * (`after`). Within each group, as declared: TypeGraphQL lists a method's arguments last first.
 */
function orderArguments(schema: GraphQLSchema): GraphQLSchema {
  const rank = (field: GraphQLField<unknown, unknown>, arg: GraphQLArgument) => {
    const rule = field.extensions?.[COST_EXTENSION] as CostRule | undefined;
    if (isNonNullType(arg.type)) return 0;
    if (rule?.kind === 'sized' && arg.name === rule.size.argument) return 2;
    return arg.name === 'after' ? 3 : 1;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const ordered = [...field.args].reverse().sort((a, b) => rank(field, a) - rank(field, b));
      (field as { args: readonly GraphQLArgument[] }).args = ordered;
    }
  }
  return schema;
}

/** The executable schema, built from the TypeGraphQL classes (the single source of the schema). */
export async function buildApiSchema(pubSub: NetworkPubSub = createNetworkPubSub()): Promise<GraphQLSchema> {
  return orderArguments(await buildSchema({
    pubSub,
    resolvers: [...RESOLVERS],
    // Types reached only through the Node interface still belong in the schema.
    orphanedTypes: [Practitioner, City, Country, Institution, Cluster, Topic, Event, Outcome],
  }));
}
