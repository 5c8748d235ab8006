import { rankPeers, type PeerProfile } from '../../domain';
import type { GraphStore } from '../../graph/store';
import { peers } from '../../graph/queries';
import { SIZES, sizeOf } from '../limits/list-sizes';
import type { NodeObject } from '../read/node-object';
import type { GraphReader } from '../read/reader';

export interface PeerRecommendationObject {
  practitioner: NodeObject;
  score: number;
  reasons: string[];
}

/**
 * How many candidates (those sharing most topics) are weighed in full: a topic may have 16,000
 * experts, and the other parts of the score add at most 0.5 + 0.25 per cluster.
 */
const POOL = 300;

/** Peers for a practitioner, optionally on one topic (then every candidate is an expert in it). */
export async function recommendPeers(
  store: GraphStore,
  reader: GraphReader,
  args: { practitioner: string; topic?: string | null; first?: number | null },
): Promise<PeerRecommendationObject[]> {
  const first = sizeOf(SIZES.recommendPeers, args.first);
  const [key, topic] = await Promise.all([
    reader.keyNamed('Practitioner', args.practitioner, 'practitioner'),
    args.topic == null ? null : reader.keyNamed('Topic', args.topic, 'topic'),
  ]);
  const [me] = await store.read<PeerProfile & Record<string, unknown>>(peers.peerProfiles, { keys: [key] });
  const topics = topic !== null ? [topic] : me.topics.map((t) => t.key);
  if (first === 0 || topics.length === 0) return [];
  const pool = await store.read<{ key: string }>(peers.peerCandidates, { id: key, topics, pool: POOL });
  const profiles = await store.read<PeerProfile & Record<string, unknown>>(peers.peerProfiles, { keys: pool.map((p) => p.key) });
  const ranked = rankPeers(me, profiles, first, topic ?? undefined);
  const nodes = await Promise.all(ranked.map((r) => reader.node('Practitioner', r.key)));
  return ranked.map((r, i) => ({ practitioner: nodes[i]!, score: r.score, reasons: r.reasons }));
}
