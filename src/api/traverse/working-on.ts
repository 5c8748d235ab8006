import { compareEvidence, describeEvidence, EVIDENCE_KINDS, type EvidenceKind, type Label, type Properties } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { workingOn } from '../../graph/queries';
import { ApiError } from '../errors';
import { toConnection, type ConnectionObject } from '../read/connection';
import { decodeCursor } from '../read/cursor';
import { MAX_EVIDENCE, MAX_EVIDENCE_TOPICS, SIZES, sizeOf } from '../limits/list-sizes';
import { keyArgument } from '../read/key-argument';
import { toNodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';
import { cityByName, cityExists, cityKeyOf, citiesNamed } from './city-argument';


export interface WorkingOnRequest {
  city: string;
  cluster?: string | null;
  topic?: string | null;
  via?: readonly EvidenceKind[] | null;
  first?: number | null;
  after?: string | null;
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

/** What the question is about: exactly one of cluster or topic. */
function subjectOf(req: WorkingOnRequest): { subject: workingOn.Subject; key: string } {
  const given = [req.cluster, req.topic].filter((v) => v != null).length;
  if (given !== 1) {
    throw new ApiError('BAD_USER_INPUT', 'Give exactly one of cluster or topic.', { argument: req.cluster == null ? 'cluster' : 'topic' });
  }
  return req.topic != null ? { subject: 'topic', key: keyArgument('Topic', req.topic, 'topic') } : { subject: 'cluster', key: String(req.cluster) };
}

/**
 * "Who in <city> worked on <cluster or topic>": each practitioner once, in id order, with every
 * piece of evidence; totalCount counts persons. The city argument is taken for an id first: a
 * page with rows (which carry the count) is the whole answer, in one statement; after an empty
 * page one round asks for the id and the name at once, and a city given by name costs the page
 * once more.
 */
export async function practitionersWorkingOn(store: GraphStore, reader: GraphReader, req: WorkingOnRequest): Promise<ConnectionObject> {
  const first = sizeOf(SIZES.page, req.first);
  const cursor = req.after == null ? null : decodeCursor(req.after, 'id');
  const via = req.via?.length ? req.via : EVIDENCE_KINDS;
  const { subject, key } = subjectOf(req);
  const guess = cityKeyOf(req.city);
  const page = (city: string) =>
    store.read<{ total: number; node: Properties; evidence: EvidenceRow[] }>(workingOn.workingOnPage(subject, via), {
      city,
      [subject]: key,
      after: cursor?.id ?? null,
      limit: first + 1,
    });
  const count = async (city: string) => (await store.read<{ total: number }>(workingOn.workingOnCount(subject, via), { city, [subject]: key }))[0]?.total ?? 0;
  const topicFound = subject === 'topic' ? reader.node('Topic', key).then(Boolean) : Promise.resolve(true);
  const [firstTry, topicOk] = await Promise.all([page(guess), topicFound]);
  if (!topicOk) throw new ApiError('NOT_FOUND', `topic: no topic has the id "${key}".`, { argument: 'topic' });
  // A row proves the city exists (the page matches it); an empty page asks, in one round, whether
  // a city has that id and which cities have that name.
  const [cityFound, named] = firstTry.length > 0 ? [true, []] : await Promise.all([cityExists(store, guess), citiesNamed(store, req.city)]);
  const city = cityFound ? guess : await cityByName(store, req.city, 'city', named);
  const rows = cityFound ? firstTry : await page(city);
  const total = rows.length > 0 ? rows[0].total : cursor === null ? 0 : () => count(city);
  const pageRows = rows.map((r) => ({
    node: toNodeObject('Practitioner', r.node),
    sortValue: null,
    edge: {
      evidence: toEvidence(r.evidence).sort(compareEvidence).slice(0, MAX_EVIDENCE),
    },
  }));
  return toConnection(pageRows, first, 'id', cursor !== null, total);
}
