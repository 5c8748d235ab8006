import type { GraphStore } from '../graph/store';

/** What every resolver of one request receives. */
export interface ApiContext {
  store: GraphStore;
}
