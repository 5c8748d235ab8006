import type { GraphStore } from '../../graph/store';
import { transfers } from '../../graph/queries';
import { SIZES, sizeOf } from '../limits/list-sizes';
import { LINKS, type Properties } from '../../domain';
import { toNodeObject, type NodeObject } from '../read/node-object';


export interface KnowledgeTransferObject {
  source: NodeObject;
  target: NodeObject;
  fromCity: NodeObject | null;
  toCity: NodeObject | null;
  via: NodeObject[];
}

/** Solutions that travelled between cities (one per ADAPTED_FROM), filtered by cluster and regions. */
export async function knowledgeTransfers(
  store: GraphStore,
  args: { cluster?: string | null; fromRegion?: string | null; toRegion?: string | null; first?: number | null },
): Promise<KnowledgeTransferObject[]> {
  const first = sizeOf(SIZES.knowledgeTransfers, args.first);
  const rows = await store.read<{ source: Properties; target: Properties; fromCity: Properties | null; toCity: Properties | null; via: Properties[] }>(transfers.knowledgeTransfers, {
    cluster: args.cluster ?? null,
    fromRegion: args.fromRegion ?? null,
    toRegion: args.toRegion ?? null,
    limit: first,
  });
  return rows.map((r) => ({
    source: toNodeObject('Outcome', r.source),
    target: toNodeObject('Outcome', r.target),
    fromCity: r.fromCity ? toNodeObject('City', r.fromCity) : null,
    toCity: r.toCity ? toNodeObject('City', r.toCity) : null,
    via: [...new Map(r.via.map((e) => [String(e.id), toNodeObject('Event', e)])).values()]
      .sort((a, b) => String(a.startDate).localeCompare(String(b.startDate)) || a.key.localeCompare(b.key))
      .slice(0, LINKS.outcomeEvents.max),
  }));
}
