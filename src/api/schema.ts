import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
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
import { validateInput } from './write/validate-input';
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

/** The executable schema, built from the TypeGraphQL classes (the single source of the schema). */
export function buildApiSchema(pubSub: NetworkPubSub = createNetworkPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub,
    resolvers: [...RESOLVERS],
    // Types reached only through the Node interface still belong in the schema.
    orphanedTypes: [Practitioner, City, Country, Institution, Cluster, Topic, Event, Outcome],
    validateFn: validateInput,
  });
}
