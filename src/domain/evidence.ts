/**
 * "Worked on": expert in a topic, took part in an event addressing it, or contributed
 * to an outcome addressing it. Each is a kind of evidence an answer carries.
 */
export const EVIDENCE_KINDS = ['EXPERTISE', 'EVENT', 'OUTCOME'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceFacts {
  readonly kind: EvidenceKind;
  /** Name or title of the topic, event or outcome. */
  readonly subject: string;
  /** Names of the topics the event or outcome addressed (of those asked about); the expertise's one topic. */
  readonly topics: readonly string[];
  /** Role at the event or in the outcome, e.g. SPEAKER or LEAD. */
  readonly role?: string | null;
  /** Year the event started, or the outcome was started. */
  readonly year?: number | null;
}

const lower = (role: string) => role.toLowerCase().replace(/_/g, ' ');

/**
 * Names as a person lists them: "A"; several quoted, since names have "and" in them:
 * “Wastewater and sanitation” and “Water supply and non-revenue water”.
 */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const quoted = names.map((name) => `“${name}”`);
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * One sentence a person understands, e.g. "Took part in Waste Dialogue (2019) as speaker; it
 * addressed recycling and composting." An event or outcome is one piece of evidence however many
 * of the topics asked about it addressed.
 */
export function describeEvidence(e: EvidenceFacts): string {
  const when = e.year ? ` (${e.year})` : '';
  const as = e.role ? ` as ${lower(e.role)}` : '';
  const topics = listNames(e.topics);
  switch (e.kind) {
    case 'EXPERTISE':
      return `Expert in ${topics}.`;
    case 'EVENT':
      return `Took part in ${e.subject}${when}${as}; it addressed ${topics}.`;
    case 'OUTCOME':
      return `Contributed to ${e.subject}${when}${as}; it addresses ${topics}.`;
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
