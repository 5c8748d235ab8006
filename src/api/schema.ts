import 'reflect-metadata';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { isInterfaceType, isNonNullType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLSchema } from 'graphql';
import { COST_EXTENSION, type CostRule } from './limits/cost-rules';
import { GraphStatsResolver } from './resolvers/graph-stats';
import { NodeResolver } from './resolvers/node';
import { PractitionerFields } from './resolvers/practitioner';
import { CityFields } from './resolvers/city';
import { ClusterFields } from './resolvers/cluster';
import { labelResolver } from './resolvers/label-resolver';
import { listingFieldsResolver } from './resolvers/listing-fields';
import { FACETED_LABELS } from './types/facets';
import { TraversalResolver } from './resolvers/traversals';
import { SubgraphExportResolver, ViewExportResolver } from './resolvers/export';
import { EvidenceResolver } from './resolvers/evidence';
import { LABEL_TYPES } from './types/labels';
import { LABELS } from '../domain';
import { NodeMutations } from './resolvers/node-mutations';
import { LinkMutations } from './resolvers/link-mutations';
import { AuditResolver } from './resolvers/audit';
import { ImportRecordsResolver } from './resolvers/import-records';
import { ClusterBridgeResolver, CommunityResolver, NetworkAnalyticsResolver, NetworkChangedResolver } from './resolvers/analytics';
import { createNetworkPubSub, type NetworkPubSub } from './changes';

let built: ClassType[] | undefined;

/** The resolvers, built once, when the first schema is: the model may have been extended before (a test does). */
export const resolvers = (): ClassType[] => (built ??= [
  NodeResolver,
  ...LABELS.map(labelResolver),
  ...FACETED_LABELS.map(listingFieldsResolver),
  PractitionerFields,
  CityFields,
  ClusterFields,
  GraphStatsResolver,
  TraversalResolver,
  SubgraphExportResolver,
  ViewExportResolver,
  EvidenceResolver,
  ...LABELS.map((label) => NodeMutations(label, LABEL_TYPES[label])),
  LinkMutations,
  AuditResolver,
  ImportRecordsResolver,
  NetworkAnalyticsResolver,
  CommunityResolver,
  ClusterBridgeResolver,
  NetworkChangedResolver,
]);

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
    resolvers: resolvers() as unknown as NonEmptyArray<ClassType>,
    // Types reached only through the Node interface still belong in the schema.
    orphanedTypes: Object.values(LABEL_TYPES),
  }));
}
