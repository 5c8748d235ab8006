import type { Label } from './model';

/**
 * The audit log: a tombstone for every deleted practitioner and institution (people and the
 * bodies they work for are what someone may later ask about). Kept as nodes of their own label,
 * outside the model: not exported, not counted, readable by admins only.
 */
export const AUDIT_LABEL = 'AuditEntry';
export const AUDITED_LABELS: readonly Label[] = ['Practitioner', 'Institution'];

export interface AuditEntry {
  readonly id: string;
  readonly action: 'DELETE';
  readonly label: Label;
  readonly key: string;
  /** ISO 8601 time of the change. */
  readonly at: string;
  /** Subject of the token that made it. */
  readonly by: string | null;
  /** The node's properties before the change, as JSON. */
  readonly snapshot: string;
}
