import { ANONYMOUS, parseGlobalId, type Viewer } from '../domain';
import type { GraphStore } from '../graph/store';
import { ScanLane, scanLaneStore } from '../graph/scan-lane';
import { timedStore } from '../graph/timed-store';
import { GraphReader } from './read/reader';
import { openNameIndex } from '../graph/names/open-index';
import type { NameIndex } from '../graph/names/name-index';
import type { NodeRef } from '../graph/written-nodes';
import { meteredStore, type StoreMeter } from './read/metered-store';
import type { LoaderOptions } from './read/loaders';
import { KeptFigures } from './traverse/network-stats';
import { Traversals } from './traverse/traversals';
import { NodeWriter } from './write/node-writer';
import { LinkWriter } from './write/link-writer';
import { AnalyticsCache } from '../analytics/analytics-cache';
import { DatedAnalytics } from '../analytics/dated-analytics';
import { createNetworkPubSub, NETWORK_CHANGED, type GraphChange, type NetworkPubSub } from './changes';

/** What every resolver of one request receives: the caller, the request's reader, traversals and store meter. */
export interface ApiContext {
  viewer: Viewer;
  /** Who the request counts against in admission and the scan lane: the token's subject, else the address. */
  caller: string;
  /** Whether the server verifies tokens at all (AUTH_SECRET or AUTH_JWKS_URL). */
  acceptsTokens: boolean;
  reader: GraphReader;
  traversals: Traversals;
  writer: NodeWriter;
  links: LinkWriter;
  meter: StoreMeter;
  analytics: AnalyticsCache;
  datedAnalytics: DatedAnalytics;
  /** Added to the response's `extensions` (see plugins/store-meter). */
  extensions: Record<string, unknown>;
}

export interface ServiceOptions {
  /** Whether the server verifies tokens (AUTH_SECRET or AUTH_JWKS_URL): without, nothing writes. */
  acceptsTokens: boolean;
  /** How long a request waits for one store read (STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /** Whole-label statements that run at once, per lane (MAX_CONCURRENT_SCANS). */
  maxConcurrentScans: number;
}

/** What outlives a request: built once per server. */
export interface ApiServices extends ServiceOptions {
  /** The engine's store, untimed and unscheduled: every request wraps it in its own way. */
  store: GraphStore;
  /** Request scans (listings), caller by caller. */
  scans: ScanLane;
  /** Whole-graph computations kept for all (figures, analytics): a lane of their own, so a cold figure never holds up a search. */
  background: ScanLane;
  /** The network's figures, kept current as writes commit. */
  figures: KeptFigures;
  analytics: AnalyticsCache;
  /** The analytics as of a day. */
  datedAnalytics: DatedAnalytics;
  /** Every node's name, for search and the suggestions of a name that matches nothing. */
  nameIndex: NameIndex;
  /**
   * Called after every committed write, awaited before the write answers: the text index takes
   * the written names, cached whole-graph answers are dropped, subscribers are told.
   */
  changed(change: GraphChange): Promise<void>;
}

const DEFAULTS: ServiceOptions = { acceptsTokens: false, statementTimeoutMs: Infinity, maxConcurrentScans: 1 };

/** `pubSub`: where writes announce themselves to `networkChanged` subscribers (the schema's). */
export function createApiServices(store: GraphStore, options: Partial<ServiceOptions> = {}, pubSub: NetworkPubSub = createNetworkPubSub()): ApiServices {
  const settings = { ...DEFAULTS, ...options };
  const scans = new ScanLane(settings.maxConcurrentScans, settings.statementTimeoutMs);
  const background = new ScanLane(settings.maxConcurrentScans);
  const computing = scanLaneStore(store, background, 'background');
  const figures = new KeptFigures(computing, settings.statementTimeoutMs);
  const analytics = new AnalyticsCache(computing, {}, () => figures.projection());
  const datedAnalytics = new DatedAnalytics(computing, (day) => figures.projection(day));
  const nameIndex = openNameIndex(store.engine, computing);
  const changed = async (change: GraphChange) => {
    analytics.invalidate();
    datedAnalytics.invalidate();
    try {
      // An import names no nodes: it may have written any.
      const nodes = nodeRefs(change.ids);
      await Promise.all(change.ids.length ? [nameIndex.refresh(nodes), figures.refresh(nodes)] : [nameIndex.rebuild(), figures.rebuild()]);
    } finally {
      pubSub.publish(NETWORK_CHANGED, { ...change, at: new Date().toISOString() });
    }
  };
  return { ...settings, store, scans, background, figures, analytics, datedAnalytics, nameIndex, changed };
}

function nodeRefs(ids: readonly string[]): NodeRef[] {
  return ids.flatMap((id) => {
    const parsed = parseGlobalId(id);
    return parsed.ok ? [{ label: parsed.label, key: parsed.key }] : [];
  });
}

/**
 * A fresh context per request: loaders cache and batch within one request only. The request's
 * store: its scans in the caller's turn, each read within the statement timeout, all metered.
 */
export function createApiContext(services: ApiServices, options: LoaderOptions, viewer: Viewer = ANONYMOUS, caller = 'anonymous'): ApiContext {
  const meter: StoreMeter = { roundTrips: 0, storeMs: 0, batches: [] };
  const scheduled = scanLaneStore(services.store, services.scans, caller);
  const timed = Number.isFinite(services.statementTimeoutMs) ? timedStore(scheduled, services.statementTimeoutMs) : scheduled;
  const metered = meteredStore(timed, meter);
  const reader = new GraphReader(metered, { ...options, onBatch: (loader, size) => meter.batches.push({ loader, size }) }, services.nameIndex);
  const writer = new NodeWriter(metered, reader, viewer, services.acceptsTokens, services.changed);
  const links = new LinkWriter(metered, reader, viewer, services.acceptsTokens, services.changed);
  return {
    viewer,
    caller,
    acceptsTokens: services.acceptsTokens,
    meter,
    reader,
    writer,
    links,
    traversals: new Traversals(metered, reader, services.figures),
    analytics: services.analytics,
    datedAnalytics: services.datedAnalytics,
    extensions: {},
  };
}
