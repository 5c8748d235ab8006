import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { ImportReport, NodeRecordInput, RelationshipRecordInput } from '../types/writes';
import { MAX_RECORDS } from '../write/record-import';
import { Requires } from '../write/authorize';

@Resolver()
export class ImportRecordsResolver {
  @Mutation(() => ImportReport, {
    description: `Creates or updates up to ${MAX_RECORDS} nodes and relationships at once (ADMIN role): all of them or, when any record is wrong, none (BAD_USER_INPUT with every problem and its row in extensions.problems). dryRun only checks and reports.`,
  })
  @Requires('import')
  importRecords(
    @Arg('nodes', () => [NodeRecordInput], { nullable: true, defaultValue: [], description: 'Nodes, by kind.' }) nodes: NodeRecordInput[] | null,
    @Arg('relationships', () => [RelationshipRecordInput], { nullable: true, defaultValue: [], description: 'Relationships between nodes in the graph or in this batch.' })
    relationships: RelationshipRecordInput[] | null,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check and report, write nothing.' }) dryRun: boolean | null,
    @Ctx() { writer }: ApiContext,
  ) {
    return writer.importRecords({ nodes: nodes ?? [], relationships: relationships ?? [], dryRun: dryRun ?? false });
  }
}
