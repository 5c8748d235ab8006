/**
 * "Worked on" (DESIGN.md): expert in a topic, took part in an event addressing it, or contributed
 * to an outcome addressing it. Each is a kind of evidence an answer carries.
 */
export const EVIDENCE_KINDS = ['EXPERTISE', 'EVENT', 'OUTCOME'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceFacts {
  readonly kind: EvidenceKind;
  /** Name or title of the topic, event or outcome. */
  readonly subject: string;
  readonly topic: string;
  /** Role at the event or in the outcome, e.g. SPEAKER or LEAD. */
  readonly role?: string | null;
  /** Year the event started, or the outcome was started. */
  readonly year?: number | null;
}

const lower = (role: string) => role.toLowerCase().replace(/_/g, ' ');

/** One sentence a person understands, e.g. "Took part in Waste Dialogue (2019) as speaker; it addressed recycling." */
export function describeEvidence(e: EvidenceFacts): string {
  const when = e.year ? ` (${e.year})` : '';
  const as = e.role ? ` as ${lower(e.role)}` : '';
  switch (e.kind) {
    case 'EXPERTISE':
      return `Expert in ${e.topic}.`;
    case 'EVENT':
      return `Took part in ${e.subject}${when}${as}; it addressed ${e.topic}.`;
    case 'OUTCOME':
      return `Contributed to ${e.subject}${when}${as}; it addresses ${e.topic}.`;
  }
}

/** Evidence in a stable order: expertise, events, outcomes; then by subject and topic. */
export function compareEvidence(
  a: { kind: EvidenceKind; subjectKey: string; topicKey: string },
  b: { kind: EvidenceKind; subjectKey: string; topicKey: string },
): number {
  return (
    EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind) ||
    a.subjectKey.localeCompare(b.subjectKey) ||
    a.topicKey.localeCompare(b.topicKey)
  );
}
