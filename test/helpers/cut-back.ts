import { seedFiles, seedOracle } from './seed-oracle';
import { tmpDir, writeFiles } from './tmp';

/**
 * A dataset's CSV files cut back to a day, written to a directory of their own: events not yet
 * begun, outcomes not yet dated (by `startedOn`, else their earliest event), practitioners not
 * yet active, and employments and partnerships whose `since` is later removed. Loaded, the cut
 * graph answers now what the whole graph should answer asOf the day.
 */
export function cutBack(dir: string, day: string): string {
  const seed = seedOracle(dir);
  const year = Number(day.slice(0, 4));
  const eventDate = (e: string) => seed.nodes.get('Event')!.get(e)!.startDate;
  const outcomeDate = (o: string) => seed.nodes.get('Outcome')!.get(o)!.startedOn || (seed.out('EMERGED_FROM', o, 'Event').map(eventDate).sort()[0] ?? null);
  const events = new Set(seed.ids('Event').filter((e) => eventDate(e) <= day));
  const outcomes = new Set(seed.ids('Outcome').filter((o) => outcomeDate(o) === null || outcomeDate(o)! <= day));
  const practitioners = new Set(
    seed.ids('Practitioner').filter((p) => {
      const [ev, oc] = [seed.out('PARTICIPATED_IN', p, 'Event'), seed.out('CONTRIBUTED_TO', p, 'Outcome')];
      return ev.length + oc.length === 0 || ev.some((e) => events.has(e)) || oc.some((o) => outcomes.has(o));
    }),
  );
  const kept: Record<string, Set<string>> = { Event: events, Outcome: outcomes, Practitioner: practitioners };
  const keeps = (label: string, id: string) => !kept[label] || kept[label].has(id);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n';
  const files = seedFiles(dir);
  const out: Record<string, string> = {};
  files.nodes.forEach((f, i) => (out[`nodes/${f.kind}.${i}.csv`] = csv(f.header, f.rows.filter((r) => keeps(f.kind, r[0])))));
  files.relationships.forEach((f, i) => {
    const [fromLabel, toLabel] = [/START_ID\((\w+)\)/.exec(f.header[0])![1], /END_ID\((\w+)\)/.exec(f.header[1])![1]];
    const since = f.header.findIndex((h) => h.split(':')[0] === 'since');
    const rows = f.rows.filter((r) => keeps(fromLabel, r[0]) && keeps(toLabel, r[1]) && (since < 0 || r[since] === '' || Number(r[since]) <= year));
    out[`relationships/${f.kind}.${i}.csv`] = csv(f.header, rows);
  });
  return writeFiles(tmpDir('cg-as-of-'), out);
}
