import { LABEL_SPECS, type Label } from './model';
import { foldText } from './fold';

/**
 * Properties the store keeps beside the declared ones, ready to filter and sort on because the
 * engines share no date accessor or normalize(): a folded name for search, the event's year.
 * They are recomputed on every write and never exported.
 */
export const DERIVED_PROPERTIES = ['nameFolded', 'year'] as const;

export type Properties = Record<string, unknown>;

export function withDerivedProperties(label: Label, props: Properties): Properties {
  const spec = LABEL_SPECS[label];
  const out: Properties = { ...props };
  const name = props[spec.nameProperty];
  if (typeof name === 'string') out.nameFolded = foldText(name);
  if (label === 'Event' && typeof props.startDate === 'string') {
    out.year = Number(props.startDate.slice(0, 4));
  }
  return out;
}

/**
 * What the API's writes keep on every node they touch: the version an update must name (stale
 * versions are refused), and who changed it when. Not part of the dataset format either.
 */
export const BOOKKEEPING_PROPERTIES = ['version', 'createdAt', 'updatedAt', 'updatedBy'] as const;

export function withoutDerivedProperties(props: Properties): Properties {
  const out: Properties = { ...props };
  for (const key of [...DERIVED_PROPERTIES, ...BOOKKEEPING_PROPERTIES]) delete out[key];
  return out;
}
