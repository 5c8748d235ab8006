import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AuditEntry as AuditEntryRecord } from '../../domain';
import type { ApiContext } from '../context';
import { rangeArgument } from '../read/range-argument';
import { AuditEntry } from '../types/audit';
import { kindOfLabel } from '../types/enums';
import { authorize } from '../write/authorize';

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntry], { description: 'The audit log, newest first: tombstones of deleted practitioners and institutions (ADMIN role).' })
  async auditLog(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'How many, 1–500.' }) first: number | null,
    @Ctx() { viewer, acceptsTokens, reader }: ApiContext,
  ) {
    authorize(viewer, acceptsTokens, 'readAudit');
    const limit = rangeArgument(first ?? 50, 1, 500, 'first');
    const rows = await reader.auditLog(limit);
    return rows.map((e: AuditEntryRecord) => ({ ...e, kind: kindOfLabel(e.label) }));
  }
}
