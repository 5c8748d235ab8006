import { compareEvidence, describeEvidence, EVIDENCE_KINDS, parseKey, type EvidenceKind, type Label, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { workingOn } from '../../graph/queries';
import { ApiError } from '../errors';
import { toConnection, type ConnectionObject } from '../read/connection';
import { decodeCursor } from '../read/cursor';
import { MAX_EVIDENCE, MAX_EVIDENCE_TOPICS, SIZES, sizeOf } from '../limits/list-sizes';
import { toNodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { asOfParamsOf } from '../read/as-of';


export interface WorkingOnRequest {
  city: string;
  cluster?: string | null;
  topic?: string | null;
  via?: readonly EvidenceKind[] | null;
  first?: number | null;
  after?: string | null;
  /** Answer as the network stood on this day (ISO). */
  asOf?: string | null;
}

/** Evidence as the API hands it on: keys of subject and topics, which the Evidence type loads when asked. */
export interface EvidenceObject {
  kind: EvidenceKind;
  subjectLabel: Label;
  subjectKey: string;
  /** The first of topicKeys, by key. */
  topicKey: string;
  /** The topics asked about that the subject addressed, by key. */
  topicKeys: string[];
  role: string | null;
  description: string;
}

interface EvidenceRow {
  /** Index in EVIDENCE_KINDS. */
  kind: number;
  subject: string;
  subjectName: string;
  /** The event's year, or the outcome's start date. */
  date: number | string | null;
  role: string | null;
  topic: string;
  topicName: string;
}

const SUBJECT_LABEL = { EXPERTISE: 'Topic', EVENT: 'Event', OUTCOME: 'Outcome' } as const;

/** The evidence of one practitioner: one piece per expertise, event or outcome, with every topic it addressed. */
function toEvidence(rows: readonly EvidenceRow[]): EvidenceObject[] {
  const bySubject = new Map<string, EvidenceRow[]>();
  for (const row of rows) {
    const key = `${row.kind}|${row.subject}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), row]);
  }
  return [...bySubject.values()].map((same) => {
    const [row] = same;
    const kind = EVIDENCE_KINDS[row.kind];
    const topics = [...new Map(same.map((r) => [r.topic, r.topicName])).entries()].sort(([a], [b]) => a.localeCompare(b)).slice(0, MAX_EVIDENCE_TOPICS);
    const year = row.date == null ? null : Number(String(row.date).slice(0, 4));
    const description = describeEvidence({ kind, subject: row.subjectName, topics: topics.map(([, name]) => name), role: row.role, year });
    const topicKeys = topics.map(([key]) => key);
    return { kind, subjectLabel: SUBJECT_LABEL[kind], subjectKey: row.subject, topicKey: topicKeys[0], topicKeys, role: row.role ?? null, description };
  });
}

/** What the question is about: exactly one of cluster or topic (the topic's key as guessed from the argument). */
function subjectOf(req: WorkingOnRequest): { subject: workingOn.Subject; key: string | null } {
  const given = [req.cluster, req.topic].filter((v) => v != null).length;
  if (given !== 1) {
    throw new ApiError('BAD_USER_INPUT', 'Give exactly one of cluster or topic.', { argument: req.cluster == null ? 'cluster' : 'topic' });
  }
  return req.topic != null ? { subject: 'topic', key: guessKey('Topic', req.topic) } : { subject: 'cluster', key: String(req.cluster) };
}

/** The key an argument would be if it is an id; null when it cannot be one (it is then a name, or wrong). */
function guessKey(label: Label, value: string): string | null {
  const parsed = parseKey(label, value.trim());
  return parsed.ok ? parsed.key : null;
}

/**
 * "Who in <city> worked on <cluster or topic>": each practitioner once, in id order, with every
 * piece of evidence; totalCount counts persons. The city and topic arguments are taken for ids
 * first: a page with rows (which carry the count) is the whole answer, in one statement. After an
 * empty page they are read the one way node names are (an id, else a name, else NOT_FOUND with
 * suggestions), and a name costs the page once more.
 */
export async function practitionersWorkingOn(store: GraphStore, reader: GraphReader, req: WorkingOnRequest): Promise<ConnectionObject> {
  const first = sizeOf(SIZES.page, req.first);
  const cursor = req.after == null ? null : decodeCursor(req.after, 'id');
  const via = req.via?.length ? req.via : EVIDENCE_KINDS;
  const { subject, key: subjectGuess } = subjectOf(req);
  const cityGuess = guessKey('City', req.city);
  const dated = req.asOf != null;
  const pageStmt = workingOn.workingOnPage(subject, via, dated);
  const countStmt = workingOn.workingOnCount(subject, via, dated);
  const page = (city: string, key: string) =>
    store.read<{ total: number; node: Properties; evidence: EvidenceRow[] }>(pageStmt, {
      city,
      [subject]: key,
      after: cursor?.id ?? null,
      limit: first + 1,
      ...asOfParamsOf(pageStmt, req.asOf),
    });
  const firstTry = cityGuess === null || subjectGuess === null ? [] : await page(cityGuess, subjectGuess);
  const found = firstTry.length > 0;
  const [city, key] = found
    ? [cityGuess!, subjectGuess!]
    : await Promise.all([reader.keyNamed('City', req.city, 'city'), subject === 'topic' ? reader.keyNamed('Topic', req.topic!, 'topic') : subjectGuess!]);
  const rows = found || (city === cityGuess && key === subjectGuess) ? firstTry : await page(city, key);
  const count = async () => (await store.read<{ total: number }>(countStmt, { city, [subject]: key, ...asOfParamsOf(countStmt, req.asOf) }))[0]?.total ?? 0;
  const total = rows.length > 0 ? rows[0].total : cursor === null ? 0 : count;
  const pageRows = rows.map((r) => ({
    node: toNodeObject('Practitioner', r.node),
    sortValue: null,
    edge: {
      evidence: toEvidence(r.evidence).sort(compareEvidence).slice(0, MAX_EVIDENCE),
    },
  }));
  return toConnection(pageRows, first, 'id', cursor !== null, total);
}
