import type { GraphStore } from '../graph/store';
import { GraphReader } from './read/reader';
import { meteredStore, type StoreMeter } from './read/metered-store';
import type { LoaderOptions } from './read/loaders';

/** What every resolver of one request receives: the request's reader and its store meter. */
export interface ApiContext {
  reader: GraphReader;
  meter: StoreMeter;
}

/** A fresh context per request: loaders cache and batch within one request only. */
export function createApiContext(store: GraphStore, options: LoaderOptions): ApiContext {
  const meter: StoreMeter = { roundTrips: 0, storeMs: 0 };
  return { meter, reader: new GraphReader(meteredStore(store, meter), options) };
}
