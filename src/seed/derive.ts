import { LABEL_SPECS, LABELS, withDerivedProperties, type Label, type Properties } from '../domain';
import type { GraphStore } from '../graph/store';
import { offline } from '../graph/queries';
import { DEFAULT_BATCH } from './dataset';

/**
 * After an offline load (`neo4j-admin database import`): what the service's own writes would have
 * stored besides the rows — a folded name, an event's year — and dates as `YYYY-MM-DD` strings
 * (neo4j-admin stores a `:date` column as a Neo4j Date, which the service's comparisons and its
 * LocalDate scalar do not take). Label by label, a batch per transaction.
 */

/** The properties a node lacks or holds in another form than the service writes them. */
export function serviceForm(label: Label, props: Properties): Properties {
  const dates: Properties = {};
  for (const spec of LABEL_SPECS[label].properties) {
    const value = props[spec.name];
    // A Neo4j Date prints as its ISO form, e.g. "2015-04-14".
    if (spec.type === 'date' && value != null && typeof value !== 'string') dates[spec.name] = String(value);
  }
  const derived = withDerivedProperties(label, { ...props, ...dates });
  const changed = Object.entries(derived).filter(([key, value]) => JSON.stringify(props[key]) !== JSON.stringify(value));
  return Object.fromEntries(changed);
}

export async function deriveInPlace(store: GraphStore, size = DEFAULT_BATCH, onProgress: (label: Label, done: number) => void = () => undefined): Promise<number> {
  let changed = 0;
  for (const label of LABELS) {
    let after = '';
    let done = 0;
    for (;;) {
      const page = await store.read<{ props: Properties }>(offline.nodePage(label), { after, limit: size });
      if (page.length === 0) break;
      const rows = page.map(({ props }) => ({ id: props.id, props: serviceForm(label, props) })).filter((r) => Object.keys(r.props).length > 0);
      if (rows.length > 0) await store.write(offline.setProperties(label), { rows });
      changed += rows.length;
      after = String(page[page.length - 1].props.id);
      onProgress(label, (done += page.length));
    }
  }
  return changed;
}
