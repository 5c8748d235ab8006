import { ANONYMOUS, type Viewer } from '../domain';
import type { GraphStore } from '../graph/store';
import { GraphReader } from './read/reader';
import { meteredStore, type StoreMeter } from './read/metered-store';
import type { LoaderOptions } from './read/loaders';
import { StatsCache } from './traverse/network-stats';
import { Traversals } from './traverse/traversals';
import { NodeWriter } from './write/node-writer';
import { LinkWriter } from './write/link-writer';
import { AnalyticsCache } from './analytics/analytics-cache';
import { createNetworkPubSub, NETWORK_CHANGED, type GraphChange, type NetworkPubSub } from './changes';

/** What every resolver of one request receives: the caller, the request's reader, traversals and store meter. */
export interface ApiContext {
  viewer: Viewer;
  /** Whether the server verifies tokens at all (AUTH_SECRET or AUTH_JWKS_URL). */
  acceptsTokens: boolean;
  reader: GraphReader;
  traversals: Traversals;
  writer: NodeWriter;
  links: LinkWriter;
  meter: StoreMeter;
  analytics: AnalyticsCache;
  /** Added to the response's `extensions` (see plugins/store-meter). */
  extensions: Record<string, unknown>;
}

/** What outlives a request: built once per server. */
export interface ApiServices {
  statsCache: StatsCache;
  analytics: AnalyticsCache;
  /** Called after every committed write: drops cached whole-graph answers, tells subscribers. */
  changed(change: GraphChange): void;
  /** Whether the server verifies tokens (AUTH_SECRET or AUTH_JWKS_URL): without, nothing writes. */
  acceptsTokens: boolean;
}

/** `pubSub`: where writes announce themselves to `networkChanged` subscribers (the schema's). */
export function createApiServices(store: GraphStore, acceptsTokens = false, pubSub: NetworkPubSub = createNetworkPubSub()): ApiServices {
  const statsCache = new StatsCache(store);
  const analytics = new AnalyticsCache(store);
  const changed = (change: GraphChange) => {
    statsCache.invalidate();
    analytics.invalidate();
    pubSub.publish(NETWORK_CHANGED, { ...change, at: new Date().toISOString() });
  };
  return { statsCache, analytics, changed, acceptsTokens };
}

/** A fresh context per request: loaders cache and batch within one request only. */
export function createApiContext(store: GraphStore, options: LoaderOptions, services: ApiServices, viewer: Viewer = ANONYMOUS): ApiContext {
  const meter: StoreMeter = { roundTrips: 0, storeMs: 0, batches: [] };
  const metered = meteredStore(store, meter);
  const reader = new GraphReader(metered, { ...options, onBatch: (loader, size) => meter.batches.push({ loader, size }) });
  const writer = new NodeWriter(metered, viewer, services.acceptsTokens, services.changed);
  const links = new LinkWriter(metered, reader, viewer, services.acceptsTokens, services.changed);
  return {
    viewer,
    acceptsTokens: services.acceptsTokens,
    meter,
    reader,
    writer,
    links,
    traversals: new Traversals(metered, reader, services.statsCache),
    analytics: services.analytics,
    extensions: {},
  };
}
