/**
 * Peer recommendations: people worth meeting who have not met yet (no event in common). The score
 * adds what a practitioner would weigh when choosing whom to call:
 *   1 per topic both are experts in (the core of it), or 1 for expertise in the topic asked about,
 *   0.5 when the peer contributed to an outcome in a city of the same country, else 0.25 for the same region
 *     (a solution from a similar place travels better),
 *   0.25 per cluster both have worked on beyond the shared topics (a wider common ground).
 */

export interface Named {
  readonly key: string;
  readonly name: string;
}

export interface Place {
  readonly city: string;
  readonly country: string;
  readonly region: string;
}

export interface PeerProfile {
  readonly key: string;
  readonly topics: readonly Named[];
  readonly clusters: readonly Named[];
  readonly events: readonly string[];
  readonly outcomePlaces: readonly (Place & { outcome: string })[];
  readonly home: readonly Place[];
}

export interface PeerScore {
  readonly key: string;
  readonly score: number;
  readonly reasons: string[];
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

function uniqueByKey(items: readonly Named[]): Named[] {
  return [...new Map(items.map((i) => [i.key, i])).values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The score and reasons of one candidate for `me`; null when they have already met at an event. */
export function scorePeer(me: PeerProfile, peer: PeerProfile, focus?: string): PeerScore | null {
  if (peer.key === me.key) return null;
  const myEvents = new Set(me.events);
  if (peer.events.some((e) => myEvents.has(e))) return null;
  const reasons: string[] = [];
  let score = 0;

  const myTopics = new Set(me.topics.map((t) => t.key));
  const shared = uniqueByKey(peer.topics).filter((t) => myTopics.has(t.key));
  if (shared.length > 0) {
    score += shared.length;
    reasons.push(`You are both experts in ${list(shared.map((t) => t.name))}.`);
  }
  const focused = focus === undefined || shared.some((t) => t.key === focus) ? undefined : peer.topics.find((t) => t.key === focus);
  if (focused) {
    score += 1;
    reasons.push(`Expert in ${focused.name}, the topic you asked about.`);
  }

  const home = me.home[0];
  const places = [...peer.outcomePlaces].sort((a, b) => a.outcome.localeCompare(b.outcome));
  const sameCountry = home && places.find((p) => p.country === home.country);
  const sameRegion = home && places.find((p) => p.region === home.region);
  if (sameCountry) {
    score += 0.5;
    reasons.push(`Contributed to "${sameCountry.outcome}" in ${sameCountry.city}, in your country.`);
  } else if (sameRegion) {
    score += 0.25;
    reasons.push(`Contributed to "${sameRegion.outcome}" in ${sameRegion.city}, a city in your region.`);
  }

  const myClusters = new Set(me.clusters.map((c) => c.key));
  const sharedClusters = uniqueByKey(peer.clusters).filter((c) => myClusters.has(c.key));
  if (sharedClusters.length > 0) {
    score += 0.25 * sharedClusters.length;
    reasons.push(`You have both worked on ${list(sharedClusters.map((c) => c.name))}.`);
  }
  reasons.push('You have not met at any event yet.');
  return { key: peer.key, score, reasons };
}

/** The best `first` peers: highest score first, then by key. */
export function rankPeers(me: PeerProfile, candidates: readonly PeerProfile[], first: number, focus?: string): PeerScore[] {
  return candidates
    .map((c) => scorePeer(me, c, focus))
    .filter((s): s is PeerScore => s !== null && s.score > 0)
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, first);
}
