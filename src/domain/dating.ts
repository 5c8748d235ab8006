import { findRelationshipSpec, type Label, type RelationshipType } from './model';

/**
 * How the model dates what can be dated, by year: an event by its start, a participation by its
 * event, an outcome (and a contribution to it, and an adaptation of it) by when work on it
 * started or else by the event it emerged from, an employment or a partnership by its `since`.
 * A window is inclusive at both ends; either end may be open.
 */

export interface YearWindow {
  readonly from?: number | null;
  readonly to?: number | null;
}

export function inWindow(year: number, window: YearWindow): boolean {
  return (window.from == null || year >= window.from) && (window.to == null || year <= window.to);
}

/** The year of an ISO date ("2019-03-01", "2019-03", "2019"); null when there is none. */
export function yearOfDate(date: unknown): number | null {
  if (typeof date !== 'string' || !/^\d{4}/.test(date)) return null;
  return Number(date.slice(0, 4));
}

/** An outcome's date: when work on it started, else the earliest event it emerged from; null when neither is known. */
export function outcomeDate(startedOn: unknown, eventDates: readonly unknown[]): string | null {
  if (typeof startedOn === 'string' && startedOn !== '') return startedOn;
  const dates = eventDates.filter((d): d is string => typeof d === 'string' && d !== '').sort();
  return dates[0] ?? null;
}

/**
 * The network as it stood on a day (`asOf`): an event exists from its start, an outcome from its
 * date (outcomeDate; an undated one always), a participation or contribution with its event or
 * outcome, an employment or a partnership from the year of its `since` (an undated one always).
 * A practitioner counts from their first participation or contribution; one with none, always.
 * Other nodes are not dated.
 */
export const startedBy = (date: string | null, asOf: string) => date === null || date.slice(0, 10) <= asOf;

/** Whether a relationship that began in year `since` (null: unknown) existed on `asOf`. */
export const sinceBy = (since: unknown, asOf: string) => typeof since !== 'number' || since <= Number(asOf.slice(0, 4));

/** Whether a relationship between the labels is dated by its own `since`. */
export function datedBySince(type: RelationshipType, from: Label, to: Label): boolean {
  return findRelationshipSpec(type, from, to)?.properties.some((p) => p.name === 'since') ?? false;
}
