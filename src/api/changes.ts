import { createPubSub } from '@graphql-yoga/subscription';
import type { ChangeKind } from '../domain';

/**
 * What a write tells the rest of the service: caches of whole-graph answers drop what they hold,
 * and `networkChanged` subscribers (embeds, dashboards) hear about it.
 */

export interface GraphChange {
  kind: ChangeKind;
  /** Global ids of the nodes written (both ends of a relationship); empty for an import. */
  ids: string[];
}

export interface NetworkChangeObject extends GraphChange {
  at: string;
}

export const NETWORK_CHANGED = 'NETWORK_CHANGED';

export type NetworkPubSub = ReturnType<typeof createNetworkPubSub>;

export function createNetworkPubSub() {
  return createPubSub<{ [NETWORK_CHANGED]: [NetworkChangeObject] }>();
}

export type ChangeListener = (change: GraphChange) => Promise<void>;
