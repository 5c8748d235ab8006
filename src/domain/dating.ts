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

/** An outcome's year: when work on it started, else the year of the event it emerged from. */
export function outcomeYear(startedOn: unknown, eventYear: number | null): number | null {
  return yearOfDate(startedOn) ?? eventYear;
}
