import { CLUSTER_CODES, datedBySince, figurePaths, FigureGraph, hopName, hopsOf, HOME_CITY, PARTICIPATION, REGIONS, SCOPE_PATHS, type FigureScope, type Hop, type Label, type Path } from '../../src/domain';
import { Random } from '../../src/seed/random';

/**
 * The figures' graph kept through writes (its masks brought up to date node by node, its frozen
 * lists marked where they changed) against the same graph read whole: after every batch of
 * random writes, every scope's figures agree.
 */

const HOPS: Hop[] = [...new Map(figurePaths().flatMap(hopsOf).map((h) => [hopName(h), h])).values()];
const LABELS: Label[] = [...new Set(HOPS.flatMap((h) => [h.from, h.to]))];
const random = new Random(11);

type Props = Record<string, unknown>;

/** The graph as the store would hold it: nodes (null: deleted) and each hop's relationships. */
interface State {
  nodes: Map<Label, Map<string, Props | null>>;
  edges: Map<string, { from: string; to: string; since: number | null }[]>;
}

const keysOf = (label: Label) => (label === 'Cluster' ? [...CLUSTER_CODES] : Array.from({ length: label === 'Practitioner' ? 60 : 12 }, (_, i) => `${label[0]}${i}`));

function propsOf(label: Label): Props {
  if (label === 'Event') {
    const year = random.int(2014, 2024);
    return { phase: random.int(1, 3), year, startDate: `${year}-0${random.int(1, 9)}-10` };
  }
  if (label === 'Country') return { region: random.pick(REGIONS) };
  if (label === 'Outcome') return { startedOn: random.chance(0.5) ? null : `${random.int(2014, 2024)}-05-01` };
  return {};
}

function randomEdges(hop: Hop, state: State, count: number) {
  const live = (label: Label) => [...state.nodes.get(label)!].filter(([, p]) => p !== null).map(([k]) => k);
  const [froms, tos] = [live(hop.from), live(hop.to)];
  return Array.from({ length: count }, () => ({
    from: random.pick(froms),
    to: random.pick(tos),
    since: datedBySince(hop.type, hop.from, hop.to) && random.chance(0.7) ? random.int(2014, 2024) : null,
  }));
}

/** Every node of the small world, and random relationships along every hop. */
function randomState(): State {
  const state: State = { nodes: new Map(), edges: new Map() };
  for (const label of LABELS) state.nodes.set(label, new Map(keysOf(label).map((k) => [k, { ...propsOf(label) }])));
  for (const hop of HOPS) state.edges.set(hopName(hop), randomEdges(hop, state, hop.from === 'Practitioner' ? 150 : 25));
  return state;
}

/** The graph read whole, as the service reads it at start. */
function readWhole(state: State): FigureGraph {
  const graph = new FigureGraph();
  for (const [label, nodes] of state.nodes) for (const [key, props] of nodes) if (props) graph.setNode(label, key, { key, ...props });
  for (const hop of HOPS) graph.addEdges(hop, state.edges.get(hopName(hop))!);
  return graph;
}

/** How many live nodes one of the paths leads from to `end`, walked plainly forwards over live nodes. */
function reaching(state: State, paths: readonly Path[], end: string): number {
  const live = (label: Label, key: string) => Boolean(state.nodes.get(label)?.get(key));
  const found = new Set<string>();
  for (const p of paths) {
    for (const [key, props] of state.nodes.get(p.from)!) {
      let at = new Set(props ? [key] : []);
      for (const hop of hopsOf(p)) {
        const next = new Set<string>();
        for (const e of state.edges.get(hopName(hop))!) if (at.has(e.from) && live(hop.to, e.to)) next.add(e.to);
        at = next;
      }
      if (at.has(end)) found.add(key);
    }
  }
  return found.size;
}

const CITIES = ['C0', 'C3', 'C7'];

const SCOPES: FigureScope[] = [
  { kind: 'network' },
  ...[1, 2, 3].map((phase) => ({ kind: 'phase' as const, phase })),
  ...REGIONS.map((region) => ({ kind: 'region' as const, region })),
  { kind: 'phaseRegion', phase: 2, region: 'AFRICA' },
  ...CLUSTER_CODES.map((cluster) => ({ kind: 'cluster' as const, cluster })),
  ...CITIES.map((city) => ({ kind: 'city' as const, city })),
];

describe('the figures graph kept through writes', () => {
  it('answers every scope as the graph read whole does, and a city as a plain walk, after each batch of random writes', () => {
    const state = randomState();
    const kept = readWhole(state);
    // As the service does once the graph is read: the masks computed, the participations frozen.
    kept.prepare();
    let updated = 0;

    for (let batch = 0; batch < 40; batch++) {
      // Asked before the writes, so the masks exist and must follow them.
      for (const scope of SCOPES) kept.figures(scope);
      for (let w = 0; w < random.int(1, 4); w++) {
        const label = random.pick(LABELS);
        const key = random.pick(keysOf(label));
        const roll = random.int(0, 9);
        const touchedHops = HOPS.filter((h) => h.from === label || h.to === label);
        if (roll < 2 && label !== 'Cluster') {
          // Deleted with its relationships (or brought back with none).
          const props = state.nodes.get(label)!.get(key) ? null : propsOf(label);
          state.nodes.get(label)!.set(key, props);
          for (const hop of touchedHops) state.edges.set(hopName(hop), state.edges.get(hopName(hop))!.filter((e) => !((hop.from === label && e.from === key) || (hop.to === label && e.to === key))));
          kept.setNode(label, key, props && { key, ...props });
        } else if (roll < 4) {
          const props = state.nodes.get(label)!.get(key) && propsOf(label);
          state.nodes.get(label)!.set(key, props ?? null);
          kept.setNode(label, key, props ? { key, ...props } : null);
        } else if (touchedHops.length > 0 && state.nodes.get(label)!.get(key)) {
          const hop = random.pick(touchedHops);
          const side = hop.from === label ? 'from' : 'to';
          const kept_ = state.edges.get(hopName(hop))!.filter((e) => e[side] !== key || random.chance(0.5));
          const added = randomEdges(hop, state, random.int(0, 3)).map((e) => ({ ...e, [side]: key }));
          state.edges.set(hopName(hop), [...kept_, ...added]);
        }
        // The service reads each written node again, its relationships both ways.
        for (const hop of touchedHops) {
          for (const side of ['from', 'to'] as const) {
            if (hop[side] === label) kept.setEdgesOf(hop, side, key, state.edges.get(hopName(hop))!.filter((e) => e[side] === key));
          }
        }
      }
      const whole = readWhole(state);
      for (const scope of SCOPES) expect({ batch, scope, figures: kept.figures(scope) }).toEqual({ batch, scope, figures: whole.figures(scope) });
      // A city's members, each once though reached by several paths or neighbours, as a plain walk finds them.
      for (const city of CITIES) {
        const { practitioners, events, outcomes } = kept.figures({ kind: 'city', city });
        expect({ batch, city, practitioners, events, outcomes }).toEqual({
          batch,
          city,
          practitioners: reaching(state, SCOPE_PATHS.Practitioner.city, city),
          events: reaching(state, SCOPE_PATHS.Event.city, city),
          outcomes: reaching(state, SCOPE_PATHS.Outcome.city, city),
        });
      }
      updated++;
    }
    expect(updated).toBe(40);
  });

  it("counts each year's participants after events' participants are written from the events' side", () => {
    const state = randomState();
    const kept = readWhole(state);
    kept.prepare();
    const [took] = hopsOf(PARTICIPATION);
    const name = hopName(took!);
    for (const event of keysOf('Event')) {
      // The practitioners' lists change only through the event's: each one dropped or added is read again from its arrays.
      const others = state.edges.get(name)!.filter((e) => e.to !== event);
      const participants = randomEdges(took!, state, random.int(0, 12)).map((e) => ({ ...e, to: event }));
      state.edges.set(name, [...others, ...new Map(participants.map((e) => [e.from, e])).values()]);
      kept.setEdgesOf(took!, 'to', event, state.edges.get(name)!.filter((e) => e.to === event));
      const whole = readWhole(state);
      for (const scope of SCOPES.slice(0, 4)) expect({ event, scope, byYear: kept.figures(scope).byYear }).toEqual({ event, scope, byYear: whole.figures(scope).byYear });
    }
  });

  it('names the live city most practitioners are based in, the one whose figures a start computes', () => {
    const graph = new FigureGraph();
    const [based] = hopsOf(HOME_CITY);
    for (const key of ['C1', 'C2', 'C3']) graph.setNode('City', key, { key });
    for (const key of ['P1', 'P2', 'P3', 'P4']) graph.setNode('Practitioner', key, { key });
    expect(graph.busiestCity()).toBe('C1');
    graph.addEdges(based!, [
      { from: 'P1', to: 'C2' },
      { from: 'P2', to: 'C2' },
      { from: 'P3', to: 'C3' },
    ]);
    expect(graph.busiestCity()).toBe('C2');
    graph.setNode('City', 'C2', null);
    expect(graph.busiestCity()).toBe('C3');
    expect(new FigureGraph().busiestCity()).toBeUndefined();
  });
});
