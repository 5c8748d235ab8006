import { CLUSTER_CODES, REGIONS } from './enums';
import type { Label } from './model';
import { hopName, hopsOf, type Hop } from './figure-hops';
import { along, FigureMasks, type MaskAspect, type MaskSource } from './figure-masks';
import { FrozenLists } from './frozen-lists';
import { ADDRESSES_TOPIC, HOME_CITY, path, then, TOPIC_OF_CLUSTER, WORKED_ON, type Path } from './paths';
import { CONTRIBUTION, COUNTED, OUTCOME_EVENT, PARTICIPATION, SCOPE_PATHS, type Counted } from './scopes';
import { outcomeDate, sinceBy, startedBy, yearOfDate } from './dating';
import type { Activity } from './evolution';

export { hopName, hopsOf, type Hop } from './figure-hops';

/** The collaboration projection's rows, as analytics/projection.ts takes them. */
export interface ProjectionSource {
  participations: { practitioner: string; item: string }[];
  contributions: { practitioner: string; item: string }[];
  expertiseClusters: { key: string; cluster: string }[];
  eventClusters: { key: string; cluster: string }[];
  outcomeClusters: { key: string; cluster: string }[];
}

/** Which part of the network figures are asked for (see scopes.ts). */
export type FigureScope =
  | { kind: 'network' }
  | { kind: 'phase'; phase: number }
  | { kind: 'region'; region: string }
  | { kind: 'phaseRegion'; phase: number; region: string }
  | { kind: 'city'; city: string }
  | { kind: 'cluster'; cluster: string };

/** Who came to an event from where: the home cities of its live participants, with how many came from each. */
export interface EventCities {
  readonly event: string;
  readonly year: number;
  /** The clusters its topics belong to, as bits in CLUSTER_CODES order. */
  readonly clusters: number;
  /** Indices into `cityKeys`, ascending; `counts[i]` participants came from `cities[i]`. */
  readonly cities: Int32Array;
  readonly counts: Int32Array;
}

export interface EventCityTable {
  readonly cityKeys: readonly string[];
  readonly events: readonly EventCities[];
}

export interface Figures {
  practitioners: number;
  events: number;
  outcomes: number;
  byCluster: { cluster: string; practitioners: number; events: number; outcomes: number }[];
  byRegion: { region: string; practitioners: number; events: number; outcomes: number }[];
  byYear: { year: number; events: number; participants: number }[];
}

class LabelNodes {
  constructor(
    readonly index = new Map<string, number>(),
    readonly keys: string[] = [],
    readonly alive: boolean[] = [],
    readonly props: Record<string, unknown>[] = [],
  ) {}

  /** The same nodes, with other ones alive (a view as of a day; never written). */
  withAlive(alive: boolean[]): LabelNodes {
    return new LabelNodes(this.index, this.keys, alive, this.props);
  }

  intern(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.index.set(key, i);
      this.keys.push(key);
      this.alive.push(false);
      this.props.push({});
    }
    return i;
  }
}

const bit = (i: number) => (i < 0 ? 0 : 1 << i);

/** A relationship as the store reads it for the figures: its ends' keys, and the year it began where the model dates it. */
export interface EdgeRow {
  readonly from: string;
  readonly to: string;
  readonly since?: number | null;
}

/** What a view shares with the graph it is made from. */
interface GraphParts {
  readonly nodes: Map<Label, LabelNodes>;
  readonly out: Map<string, number[][]>;
  readonly into: Map<string, number[][]>;
  readonly since: Map<string, Map<number, number>>;
}

/** Days the graph keeps a view of (a time slider's years), the oldest dropped first. */
const KEPT_VIEWS = 16;

/**
 * The part of the graph the network's figures are made of, kept in memory: the nodes the
 * figures count or reach, the relationships of the scope paths (both ways, so either end can be
 * written again) and an event's phase and year, a country's region. Figures of any scope are
 * computed from it in one pass over the counted nodes, with per-node masks of clusters, regions
 * and phases shared by every scope until the next change. Pure: the store feeds it.
 */
export class FigureGraph {
  private readonly nodes: Map<Label, LabelNodes>;
  private readonly out: Map<string, number[][]>;
  private readonly into: Map<string, number[][]>;
  /** The year each relationship of a hop dated by `since` began, by from * 2^26 + to. */
  private readonly since: Map<string, Map<number, number>>;
  /** Views of the graph as of a day (asOf), kept until the next change. */
  private readonly views = new Map<string, FigureGraph>();

  constructor(parts?: GraphParts) {
    this.nodes = parts?.nodes ?? new Map();
    this.out = parts?.out ?? new Map();
    this.into = parts?.into ?? new Map();
    this.since = parts?.since ?? new Map();
  }

  /** Something changed: what is computed from the graph is computed again when next asked. */
  private changed(): void {
    this.computed.clear();
    this.views.clear();
  }
  /** What is computed from the graph (event cities, activity), kept until the next change. */
  private readonly computed = new Map<string, unknown>();
  /** The counted nodes' masks, kept through changes (figure-masks.ts). */
  private readonly masks = new FigureMasks(this.maskSource());
  /** Lists frozen into typed arrays (`out:` or `into:` and the hop), kept through changes with the changed nodes marked. */
  private readonly frozen = new Map<string, FrozenLists>();

  private maskSource(): MaskSource {
    return {
      size: (label) => this.of(label).keys.length,
      alive: (label) => this.of(label).alive,
      lists: (direction, hop) => this.lists(direction === 'out' ? this.out : this.into, hop),
      end: (label, aspect) => {
        const n = this.of(label);
        if (aspect === 'cluster') return (i) => bit(CLUSTER_CODES.indexOf(n.keys[i] as never));
        if (aspect === 'region') return (i) => bit(REGIONS.indexOf(n.props[i]!.region as never));
        return (i) => bit(Number(n.props[i]!.phase) - 1);
      },
    };
  }

  private of(label: Label): LabelNodes {
    let n = this.nodes.get(label);
    if (!n) this.nodes.set(label, (n = new LabelNodes()));
    return n;
  }

  /** Where a hop's lists one way are kept frozen (FrozenLists), by direction and hop. */
  private frozenKey(direction: 'out' | 'into', hop: Hop): string {
    return `${direction}:${hopName(hop)}`;
  }

  private lists(map: Map<string, number[][]>, hop: Hop): number[][] {
    let l = map.get(hopName(hop));
    if (!l) map.set(hopName(hop), (l = []));
    return l;
  }

  /** The live city most practitioners are based in, if any. */
  busiestCity(): string | undefined {
    const [cities, based] = [this.of('City'), this.lists(this.into, hopsOf(HOME_CITY).at(-1)!)];
    let best: number | undefined;
    for (let i = 0; i < cities.keys.length; i++) {
      if (cities.alive[i] && (best === undefined || (based[i]?.length ?? 0) > (based[best]?.length ?? 0))) best = i;
    }
    return best === undefined ? undefined : cities.keys[best];
  }

  /** A node as it now is, or gone (null). */
  setNode(label: Label, key: string, props: Record<string, unknown> | null): void {
    const n = this.of(label);
    const i = n.intern(key);
    if (n.alive[i] === (props !== null) && sameProps(n.props[i]!, props ?? {})) return;
    n.alive[i] = props !== null;
    n.props[i] = props ?? {};
    this.masks.touched(label, [i]);
    this.changed();
  }

  /** Adds relationships (a first reading of the graph). */
  addEdges(hop: Hop, rows: readonly EdgeRow[]): void {
    const [a, b] = [this.of(hop.from), this.of(hop.to)];
    const [out, into] = [this.lists(this.out, hop), this.lists(this.into, hop)];
    for (const r of rows) {
      const [f, t] = [a.intern(r.from), b.intern(r.to)];
      (out[f] ??= []).push(t);
      (into[t] ??= []).push(f);
      this.setSince(hop, f, t, r.since);
    }
    this.masks.clear();
    this.frozen.clear();
    this.changed();
  }

  private setSince(hop: Hop, f: number, t: number, since: number | null | undefined): void {
    const key = f * 2 ** 26 + t;
    if (typeof since === 'number') (this.since.get(hopName(hop)) ?? this.since.set(hopName(hop), new Map()).get(hopName(hop))!).set(key, since);
    else this.since.get(hopName(hop))?.delete(key);
  }

  /** The relationships a node has along a hop as it is now: `side` says which end it is. */
  setEdgesOf(hop: Hop, side: 'from' | 'to', key: string, rows: readonly EdgeRow[]): void {
    const [mine, theirs] = side === 'from' ? [this.of(hop.from), this.of(hop.to)] : [this.of(hop.to), this.of(hop.from)];
    const [own, back] = side === 'from' ? [this.lists(this.out, hop), this.lists(this.into, hop)] : [this.lists(this.into, hop), this.lists(this.out, hop)];
    const i = mine.intern(key);
    const before = own[i] ?? [];
    const after = rows.map((r) => theirs.intern(side === 'from' ? r.to : r.from));
    const years = this.since.get(hopName(hop));
    const sinceOf = (j: number) => years?.get(side === 'from' ? i * 2 ** 26 + j : j * 2 ** 26 + i) ?? null;
    const unchanged = sameMembers(before, after) && rows.every((r, k) => (typeof r.since === 'number' ? r.since : null) === sinceOf(after[k]!));
    if (unchanged) return;
    for (const j of before) {
      const list = back[j]!;
      list.splice(list.indexOf(i), 1);
    }
    own[i] = after;
    this.frozen.get(this.frozenKey(side === 'from' ? 'out' : 'into', hop))?.touch(i);
    const frozenBack = this.frozen.get(this.frozenKey(side === 'from' ? 'into' : 'out', hop));
    for (const j of frozenBack ? [...before, ...after] : []) frozenBack!.touch(j);
    after.forEach((j, k) => {
      (back[j] ??= []).push(i);
      this.setSince(hop, side === 'from' ? i : j, side === 'from' ? j : i, rows[k]!.since);
    });
    // The masks follow relationships from their start: the starts whose relationships changed
    // (a hub city's new resident changes one practitioner's, not the other ten thousand's).
    this.masks.touched(hop.from, side === 'from' ? [i] : changedMembers(before, after));
    this.changed();
  }

  /**
   * The graph as it stood on a day (dating.ts): events not yet begun, outcomes not yet dated,
   * practitioners not yet active, and employments and partnerships not yet begun are left out.
   * A view sharing this graph's nodes and relationships, kept until the next change.
   */
  asOf(date: string): FigureGraph {
    const found = this.views.get(date);
    if (found) return found;
    const [events, outcomes, people] = [this.of('Event'), this.of('Outcome'), this.of('Practitioner')];
    const [took] = hopsOf(PARTICIPATION).map((h) => this.lists(this.out, h));
    const [made] = hopsOf(CONTRIBUTION).map((h) => this.lists(this.out, h));
    const eventAlive = events.alive.map((a, e) => a && startedBy((events.props[e]!.startDate as string | undefined) ?? null, date));
    const outcomeAlive = outcomes.alive.map((a, o) => a && startedBy(this.outcomeDateOf(o), date));
    const peopleAlive = people.alive.map((a, p) => {
      const [ev, oc] = [(took![p] ?? []).filter((e) => events.alive[e]), (made![p] ?? []).filter((o) => outcomes.alive[o])];
      return a && (ev.length + oc.length === 0 || ev.some((e) => eventAlive[e]) || oc.some((o) => outcomeAlive[o]));
    });
    const nodes = new Map(this.nodes);
    nodes.set('Event', events.withAlive(eventAlive));
    nodes.set('Outcome', outcomes.withAlive(outcomeAlive));
    nodes.set('Practitioner', people.withAlive(peopleAlive));
    const [out, into] = [new Map(this.out), new Map(this.into)];
    for (const [name, years] of this.since) {
      const begun = (f: number, t: number) => sinceBy(years.get(f * 2 ** 26 + t), date);
      out.set(name, this.out.get(name)!.map((ts, f) => ts?.filter((t) => begun(f, t))));
      into.set(name, this.into.get(name)!.map((fs, t) => fs?.filter((f) => begun(f, t))));
    }
    const view = new FigureGraph({ nodes, out, into, since: new Map() });
    if (this.views.size >= KEPT_VIEWS) this.views.delete(this.views.keys().next().value!);
    this.views.set(date, view);
    return view;
  }

  /** Computes every mask the figures use, so that no first ask after start or an import pays for them. */
  prepare(): void {
    for (const c of COUNTED) for (const aspect of ['cluster', 'region', 'phase'] as const) this.mask(c, aspect);
    this.eventPhases();
    const [took] = hopsOf(PARTICIPATION);
    this.frozen.set(this.frozenKey('out', took!), new FrozenLists(this.lists(this.out, took!)));
  }

  figures(scope: FigureScope): Figures {
    const members = Object.fromEntries(COUNTED.map((c) => [c, this.members(c, scope)])) as Record<Counted, Int32Array>;
    const counts = COUNTED.map((c) => {
      const [clusters, regions] = [this.mask(c, 'cluster'), this.mask(c, 'region')];
      // How many members have each mask, then each bit's count from those: one step a member.
      const [clusterMasks, regionMasks] = [new Int32Array(1 << CLUSTER_CODES.length), new Int32Array(1 << REGIONS.length)];
      for (const i of members[c]) {
        clusterMasks[clusters[i]!]!++;
        regionMasks[regions[i]!]!++;
      }
      const perBit = (masks: Int32Array, bits: number) => Array.from({ length: bits }, (_, k) => masks.reduce((n, count, m) => n + ((m >> k) & 1) * count, 0));
      return { total: members[c].length, byCluster: perBit(clusterMasks, CLUSTER_CODES.length), byRegion: perBit(regionMasks, REGIONS.length) };
    });
    const [p, e, o] = counts;
    return {
      practitioners: p!.total,
      events: e!.total,
      outcomes: o!.total,
      byCluster: CLUSTER_CODES.map((cluster, k) => ({ cluster, practitioners: p!.byCluster[k]!, events: e!.byCluster[k]!, outcomes: o!.byCluster[k]! })),
      byRegion: REGIONS.map((region, k) => ({ region, practitioners: p!.byRegion[k]!, events: e!.byRegion[k]!, outcomes: o!.byRegion[k]! })),
      byYear: this.years(members.Event),
    };
  }

  /**
   * The rows the network analytics project (analytics/projection.ts): who took part in which
   * event and contributed to which outcome, and the clusters of each practitioner's expertise
   * and of each event and outcome, by the same paths as the statements in queries/analytics.ts.
   */
  projection(): ProjectionSource {
    const pairs = (p: Path) => {
      const [hop] = hopsOf(p);
      const [from, to] = [this.of(hop!.from), this.of(hop!.to)];
      const out = this.lists(this.out, hop!);
      const rows: { practitioner: string; item: string }[] = [];
      for (let i = 0; i < from.keys.length; i++) {
        if (!from.alive[i]) continue;
        for (const j of out[i] ?? []) if (to.alive[j]) rows.push({ practitioner: from.keys[i]!, item: to.keys[j]! });
      }
      return rows;
    };
    const clusters = (p: Path) => {
      const n = this.of(p.from);
      const clusterNodes = this.of('Cluster');
      const masks = along(this.maskSource(), then(p, TOPIC_OF_CLUSTER), (i) => bit(CLUSTER_CODES.indexOf(clusterNodes.keys[i] as never)));
      const rows: { key: string; cluster: string }[] = [];
      for (let i = 0; i < masks.length; i++) {
        for (let k = 0; k < CLUSTER_CODES.length; k++) if ((masks[i]! >> k) & 1) rows.push({ key: n.keys[i]!, cluster: CLUSTER_CODES[k]! });
      }
      return rows;
    };
    return {
      participations: pairs(WORKED_ON.EVENT),
      contributions: pairs(WORKED_ON.OUTCOME),
      expertiseClusters: clusters(WORKED_ON.EXPERTISE),
      eventClusters: clusters(ADDRESSES_TOPIC.Event),
      outcomeClusters: clusters(ADDRESSES_TOPIC.Outcome),
    };
  }

  /** Every live event with the home cities of its participants (HOME_CITY), kept until the next change. */
  eventCities(): EventCityTable {
    return this.memo('eventCities', () => {
      const [events, people, cities] = [this.of('Event'), this.of('Practitioner'), this.of('City')];
      const [took] = hopsOf(PARTICIPATION).map((h) => this.lists(this.into, h));
      const [home] = hopsOf(HOME_CITY).map((h) => this.lists(this.out, h));
      const clusters = this.mask('Event', 'cluster');
      const table: EventCities[] = [];
      const perCity = new Map<number, number>();
      for (let e = 0; e < events.keys.length; e++) {
        if (!events.alive[e]) continue;
        perCity.clear();
        for (const p of took![e] ?? []) {
          if (!people.alive[p]) continue;
          for (const c of home![p] ?? []) if (cities.alive[c]) perCity.set(c, (perCity.get(c) ?? 0) + 1);
        }
        const ordered = [...perCity.keys()].sort((a, b) => a - b);
        table.push({
          event: events.keys[e]!,
          year: Number(events.props[e]!.year),
          clusters: clusters[e]!,
          cities: Int32Array.from(ordered),
          counts: Int32Array.from(ordered, (c) => perCity.get(c)!),
        });
      }
      return { cityKeys: cities.keys, events: table };
    });
  }

  /** An outcome's date (dating.ts): when work started, else the earliest live event it emerged from. */
  private outcomeDateOf(o: number): string | null {
    const events = this.of('Event');
    const [emerged] = hopsOf(OUTCOME_EVENT).map((h) => this.lists(this.out, h));
    const eventDates = (emerged![o] ?? []).filter((e) => events.alive[e]).map((e) => events.props[e]!.startDate);
    return outcomeDate(this.of('Outcome').props[o]!.startedOn, eventDates);
  }

  /** Who was active when (domain/evolution.ts): live events and outcomes by year, with their people. */
  activity(): Activity {
    return this.memo('activity', () => {
      const [events, outcomes, people, countries] = [this.of('Event'), this.of('Outcome'), this.of('Practitioner'), this.of('Country')];
      const [took] = hopsOf(PARTICIPATION).map((h) => this.lists(this.into, h));
      const [made] = hopsOf(CONTRIBUTION).map((h) => this.lists(this.into, h));
      const eventYear = (e: number) => (events.alive[e] ? Number(events.props[e]!.year) : null);
      const liveOf = (list: readonly number[] | undefined) => Int32Array.from((list ?? []).filter((p) => people.alive[p]));
      const dated = (n: LabelNodes, year: (i: number) => number | null, members: (i: number) => Int32Array) => {
        const out: { year: number; people: Int32Array }[] = [];
        for (let i = 0; i < n.keys.length; i++) {
          const y = n.alive[i] ? year(i) : null;
          if (y !== null && Number.isFinite(y)) out.push({ year: y, people: members(i) });
        }
        return out;
      };
      // A practitioner's country and region: those of their home city (the first, should there be more).
      const [home] = hopsOf(HOME_CITY).map((h) => this.lists(this.out, h));
      const [inCountry] = hopsOf(path('City', ['IN_COUNTRY', 'Country'])).map((h) => this.lists(this.out, h));
      const country = Int32Array.from({ length: people.keys.length }, (_, p) => {
        const city = home![p]?.[0];
        const c = city === undefined ? undefined : inCountry![city]?.[0];
        return c === undefined || !countries.alive[c] ? -1 : c;
      });
      return {
        practitioners: people.keys.length,
        alive: Uint8Array.from(people.alive, (a) => (a ? 1 : 0)),
        country,
        region: country.map((c) => (c < 0 ? -1 : REGIONS.indexOf(countries.props[c]!.region as never))),
        events: dated(events, eventYear, (e) => liveOf(took![e])),
        outcomes: dated(outcomes, (o) => yearOfDate(this.outcomeDateOf(o)), (o) => liveOf(made![o])),
      };
    });
  }

  /**
   * Per year of the scope's events: how many, and how many practitioners took part in them, with
   * each event's year as a bit (tight passes: a first ask after a write at a million practitioners
   * must not walk objects). Events whose participations are many (half as many as practitioners,
   * or more): each practitioner's events once; fewer: each event's participants, marked with its
   * year's bit. A participation marked costs about twice a practitioner passed (it lands anywhere
   * in memory): at 1,000,000 practitioners, 800,000 participations took 105-156 ms one way and
   * 67-93 ms the other. Events without a year count their participants in sets.
   */
  private years(scoped: Int32Array): Figures['byYear'] {
    const people = this.of('Practitioner');
    const { year, first, span } = this.eventYears();
    const byYear = new Map<number, { events: number; participants: number }>();
    const entry = (y: number) => byYear.get(y) ?? byYear.set(y, { events: 0, participants: 0 }).get(y)!;
    for (const i of scoped) entry(year[i]!).events++;
    const [hop] = hopsOf(PARTICIPATION);
    const took = this.lists(this.into, hop!);
    if (span > 31) {
      const perYear = new Map<number, Set<number>>();
      for (const e of scoped) {
        const set = perYear.get(year[e]!) ?? perYear.set(year[e]!, new Set()).get(year[e]!)!;
        for (const p of took[e] ?? []) if (people.alive[p]) set.add(p);
      }
      for (const [y, set] of perYear) entry(y).participants = set.size;
    } else {
      const counts = new Int32Array(span + 1);
      let participations = 0;
      for (const e of scoped) participations += took[e]?.length ?? 0;
      if (participations * 2 >= people.keys.length) this.countByPeople(scoped, counts);
      else this.countByEvents(scoped, counts, took, participations);
      counts.forEach((n, k) => {
        if (n > 0) entry(first + k).participants = n;
      });
    }
    return [...byYear].map(([y, f]) => ({ year: y, ...f })).sort((a, b) => a.year - b.year);
  }

  /**
   * Most events: each practitioner's events once, in order (the events' bits are few), from the
   * frozen lists where the graph was prepared (at 1M 33-53 ms, from the arrays 61-89 ms). Counts go to
   * `counts[year − first]`.
   */
  private countByPeople(scoped: Int32Array, counts: Int32Array): void {
    const people = this.of('Practitioner');
    const { year, first } = this.eventYears();
    const bits = new Int32Array(year.length);
    for (const e of scoped) bits[e] = 1 << (year[e]! - first);
    const [hop] = hopsOf(PARTICIPATION);
    const took = this.lists(this.out, hop!);
    const frozen = this.frozen.get(this.frozenKey('out', hop!));
    const [offsets, targets, stale] = frozen ? [frozen.offsets, frozen.targets, frozen.stale] : [new Int32Array(1), new Int32Array(0), new Uint8Array(0)];
    const [alive, size, frozenSize] = [people.alive, people.keys.length, stale.length];
    for (let i = 0; i < size; i++) {
      if (!alive[i]) continue;
      let m = 0;
      if (i < frozenSize && stale[i] === 0) {
        for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) m |= bits[targets[k]!]!;
      } else {
        const events = took[i];
        if (!events) continue;
        for (let k = 0; k < events.length; k++) m |= bits[events[k]!]!;
      }
      for (; m !== 0; m &= m - 1) counts[31 - Math.clz32(m & -m)]!++;
    }
  }

  /**
   * Fewer participations (`participations` of the scoped events, `took` their participants'
   * lists): each scoped event's participants, marked with its year's bit in a
   * scratch array kept between asks and cleared after use, so a small scope costs its
   * participations only.
   */
  private countByEvents(scoped: Int32Array, counts: Int32Array, took: readonly (readonly number[])[], participations: number): void {
    const people = this.of('Practitioner');
    const { year, first } = this.eventYears();
    const seen = this.scratch(people.keys.length);
    for (const e of scoped) {
      const k = year[e]! - first;
      const b = 1 << k;
      for (const p of took[e] ?? []) {
        if ((seen[p]! & b) === 0 && people.alive[p]) {
          seen[p]! |= b;
          counts[k]!++;
        }
      }
    }
    // Cleared whole when that is cheaper than finding each mark again.
    if (participations * 32 > people.keys.length) seen.fill(0, 0, people.keys.length);
    else for (const e of scoped) for (const p of took[e] ?? []) seen[p] = 0;
  }

  private scratchBits = new Int32Array(0);

  /** The distinct numbers below `size` that `each` adds, in the order first added: marked in the scratch array, cleared after. */
  private distinct(size: number, each: (add: (i: number) => void) => void): number[] {
    const seen = this.scratch(size);
    const out: number[] = [];
    each((i) => {
      if (seen[i] === 0) {
        seen[i] = 1;
        out.push(i);
      }
    });
    for (const i of out) seen[i] = 0;
    return out;
  }

  /** A zeroed array of at least `size` (it is zeroed again by whoever used it). */
  private scratch(size: number): Int32Array {
    if (this.scratchBits.length < size) this.scratchBits = new Int32Array(Math.max(size, this.scratchBits.length * 2));
    return this.scratchBits;
  }

  /** Every event's year, and the span of the live events' years (their first, and last − first). */
  private eventYears(): { year: Float64Array; first: number; span: number } {
    return this.memo('eventYears', () => {
      const events = this.of('Event');
      const year = Float64Array.from(events.props, (p) => Number(p.year));
      let [first, last] = [Infinity, -Infinity];
      events.props.forEach((p, i) => {
        if (!events.alive[i]) return;
        // An event without a year spans everything: the figures then take the way without bits.
        const y = typeof p.year === 'number' || typeof p.year === 'string' ? Number(p.year) : NaN;
        first = Math.min(first, Number.isFinite(y) ? y : -Infinity);
        last = Math.max(last, Number.isFinite(y) ? y : Infinity);
      });
      return { year, first: Number.isFinite(first) ? first : 0, span: last - first };
    });
  }

  /** The live nodes of a counted label in the scope: a city's by walking back from it, the others by their masks. */
  private members(c: Counted, scope: FigureScope): Int32Array {
    const n = this.of(c);
    if (scope.kind === 'city') {
      // Marked in a scratch array: a hub city reaches a tenth of a million practitioners (in
      // sets, 100-120 ms), most cities a few hundred (no pass over every node for them). The
      // walks back reach live nodes only, each once; counting needs no order.
      const city = this.of('City').index.get(scope.city);
      const reached = city === undefined ? [] : SCOPE_PATHS[c].city.map((p) => this.back(p, city));
      return Int32Array.from(
        this.distinct(n.keys.length, (add) => {
          for (const list of reached) for (const i of list) add(i);
        }),
      );
    }
    const out = new Int32Array(n.keys.length);
    let size = 0;
    const pick = this.selector(c, scope);
    for (let i = 0; i < n.keys.length; i++) if (n.alive[i] && pick(i)) out[size++] = i;
    return out.subarray(0, size);
  }

  /** The nodes of the path's first label from which it reaches the end node, walking it backwards over live nodes. */
  private back(p: Path, end: number): number[] {
    let at: number[] = this.of(p.hops.at(-1)!.to).alive[end] ? [end] : [];
    for (const hop of [...hopsOf(p)].reverse()) {
      const into = this.lists(this.into, hop);
      const from = this.of(hop.from);
      const reached = at;
      at = this.distinct(from.keys.length, (add) => {
        for (const j of reached) for (const i of into[j] ?? []) if (from.alive[i]) add(i);
      });
    }
    return at;
  }

  private selector(c: Counted, scope: Exclude<FigureScope, { kind: 'city' }>): (i: number) => boolean {
    const phaseOf = () => (c === 'Event' ? this.eventPhases() : this.mask(c, 'phase'));
    switch (scope.kind) {
      case 'network':
        return () => true;
      case 'phase': {
        const [m, b] = [phaseOf(), bit(scope.phase - 1)];
        return (i) => (m[i]! & b) !== 0;
      }
      case 'region': {
        const [m, b] = [this.mask(c, 'region'), bit(REGIONS.indexOf(scope.region as never))];
        return (i) => (m[i]! & b) !== 0;
      }
      case 'phaseRegion': {
        const [pm, pb, rm, rb] = [phaseOf(), bit(scope.phase - 1), this.mask(c, 'region'), bit(REGIONS.indexOf(scope.region as never))];
        return (i) => (pm[i]! & pb) !== 0 && (rm[i]! & rb) !== 0;
      }
      case 'cluster': {
        const [m, b] = [this.mask(c, 'cluster'), bit(CLUSTER_CODES.indexOf(scope.cluster as never))];
        return (i) => (m[i]! & b) !== 0;
      }
    }
  }

  private eventPhases(): Int32Array {
    const n = this.of('Event');
    return this.memo('Event:ownPhase', () => Int32Array.from(n.props, (p, i) => (n.alive[i] ? bit(Number(p.phase) - 1) : 0)));
  }

  /** Per node of a counted label: the clusters, regions or phases its paths reach, as bits. */
  private mask(c: Counted, aspect: MaskAspect): Int32Array {
    return this.masks.mask(c, aspect);
  }

  private memo<T>(key: string, compute: () => T): T {
    let m = this.computed.get(key) as T | undefined;
    if (!m) this.computed.set(key, (m = compute()));
    return m;
  }
}

/** Whether two nodes' properties (the few the figures read) are the same. */
function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

/** The members one list holds more often than the other, either way. */
function changedMembers(a: readonly number[], b: readonly number[]): Set<number> {
  const balance = new Map<number, number>();
  for (const x of a) balance.set(x, (balance.get(x) ?? 0) + 1);
  for (const x of b) balance.set(x, (balance.get(x) ?? 0) - 1);
  return new Set([...balance].filter(([, n]) => n !== 0).map(([x]) => x));
}

/** Whether two lists hold the same members as often. */
function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (l: readonly number[]) => Int32Array.from(l).sort();
  const [x, y] = [sorted(a), sorted(b)];
  return x.every((v, k) => v === y[k]);
}
