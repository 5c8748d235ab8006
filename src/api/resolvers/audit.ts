import { Ctx, Query, Resolver } from 'type-graphql';
import type { AuditEntry as AuditEntryRecord } from '../../domain';
import type { ApiContext } from '../context';
import { SizedBy } from '../limits/cost-rules';
import { SIZES, SizeArg, sizeOf } from '../limits/list-sizes';
import { AuditEntry } from '../types/audit';
import { kindOfLabel } from '../types/enums';
import { authorize, Requires } from '../write/authorize';

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntry], { description: 'The audit log, newest first: tombstones of deleted practitioners and institutions (ADMIN role).' })
  @SizedBy(SIZES.auditLog, 1)
  @Requires('readAudit')
  async auditLog(
    @SizeArg(SIZES.auditLog, 'How many') first: number | null,
    @Ctx() { viewer, acceptsTokens, reader }: ApiContext,
  ) {
    authorize(viewer, acceptsTokens, 'readAudit');
    const limit = sizeOf(SIZES.auditLog, first);
    const rows = await reader.auditLog(limit);
    return rows.map((e: AuditEntryRecord) => ({ ...e, kind: kindOfLabel(e.label) }));
  }
}
