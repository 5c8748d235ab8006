import { getOperationAST, Kind, parse, type SelectionSetNode } from 'graphql';
import { CLUSTER_CODES, EVIDENCE_KINDS, LABELS } from '../../src/domain';
import type { GraphStore } from '../../src/graph/store';
import type { Params, Statement } from '../../src/graph/statement';
import { figures, lookup, transfers, workingOn } from '../../src/graph/queries';
import * as networkStats from './figure-floor';
import type { Random } from '../../src/seed/random';
import * as floor from './floor-statements';

/** What the operations draw their arguments from: ids and names read from the graph once. */
export interface Samples {
  cities: string[];
  practitioners: { id: string; name: string }[];
}

/** One GraphQL operation of the mix and the statements that give the same answer directly. */
export interface Operation {
  name: string;
  query: string;
  /** The arguments of one request; the floor receives the same draw. */
  draw: (random: Random, samples: Samples) => Record<string, unknown>;
  floor: (args: Record<string, unknown>) => { stmt: Statement; params: Params }[];
  /**
   * A traversal walks the graph in rounds whose number depends on what it meets (breadth-first
   * search, capped neighbourhoods), so the bound of one round per level does not apply to it.
   */
  traversal?: true;
  /**
   * Nodes of this many kinds may share a level (a search page): the loaders look each kind up in
   * a statement of its own, so such a level may take one round trip per kind.
   */
  kinds?: number;
}

const FOUR_LEVELS_FIRST = 50;
const WORKING_ON_FIRST = 20;

/**
 * The nesting of fields that select fields, not counting a connection's plumbing (nodes, edges,
 * node, pageInfo): the number of levels the API may have to fetch, one store round each at best.
 */
export function queryDepth(query: string): number {
  const PLUMBING = new Set(['nodes', 'edges', 'node', 'pageInfo']);
  const depthOf = (set: SelectionSetNode | undefined, isRoot: boolean): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) continue;
        const own = isRoot || !PLUMBING.has(selection.name.value) ? 1 : 0;
        deepest = Math.max(deepest, own + depthOf(selection.selectionSet, false));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, isRoot));
      }
    }
    return deepest;
  };
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation && operation.kind === Kind.OPERATION_DEFINITION ? depthOf(operation.selectionSet, true) : 0;
}

const practitionerId = (random: Random, samples: Samples) => random.pick(samples.practitioners).id;

export const OPERATIONS: Operation[] = [
  {
    name: 'node',
    query: `query Node($id: ID!) { node(id: $id) { id ... on Practitioner { key name position } } }`,
    draw: (r, s) => ({ id: `Practitioner:${practitionerId(r, s)}` }),
    floor: (a) => [{ stmt: floor.nodeById, params: { id: String(a.id).slice('Practitioner:'.length) } }],
  },
  {
    name: 'four levels',
    query: `query FourLevels($first: Int!) {
      practitioners(first: $first) { nodes { key city { key country { key cities(first: 3) { nodes { key } } } } } }
    }`,
    draw: () => ({ first: FOUR_LEVELS_FIRST }),
    floor: (a) => [{ stmt: floor.fourLevels, params: { first: a.first as number } }],
  },
  {
    name: 'practitionersWorkingOn',
    query: `query WorkingOn($city: String!, $cluster: ClusterCode) {
      practitionersWorkingOn(city: $city, cluster: $cluster, first: ${WORKING_ON_FIRST}) {
        totalCount edges { node { key name } evidence { kind description } }
      }
    }`,
    draw: (r, s) => ({ city: r.pick(s.cities), cluster: r.pick(CLUSTER_CODES) }),
    floor: (a) => [
      {
        stmt: workingOn.workingOnPage('cluster', EVIDENCE_KINDS),
        params: { city: a.city as string, cluster: a.cluster as string, after: null, limit: WORKING_ON_FIRST },
      },
    ],
  },
  {
    name: 'connectionPath',
    traversal: true,
    query: `query Path($from: ID!, $to: ID!) { connectionPath(from: $from, to: $to, maxHops: 4) { length steps { sentence } } }`,
    draw: (r, s) => ({ from: `Practitioner:${practitionerId(r, s)}`, to: `Practitioner:${practitionerId(r, s)}` }),
    floor: (a) => [
      {
        stmt: floor.shortestPath,
        params: { from: String(a.from).slice('Practitioner:'.length), to: String(a.to).slice('Practitioner:'.length) },
      },
    ],
  },
  {
    name: 'neighbourhood',
    traversal: true,
    query: `query Around($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind label } edges { source target type } } }`,
    draw: (r, s) => ({ id: `Practitioner:${practitionerId(r, s)}` }),
    floor: (a) => [{ stmt: floor.neighbourhood, params: { id: String(a.id).slice('Practitioner:'.length), limit: 200 } }],
  },
  {
    name: 'networkStats',
    query: `query Figures($phase: Int) {
      networkStats(phase: $phase) { practitioners byCluster { cluster practitioners events outcomes } byRegion { region practitioners } byYear { year events participants } }
    }`,
    draw: (r) => ({ phase: r.chance(0.5) ? null : r.int(1, 4) }),
    floor: (a) => {
      const scope = a.phase == null ? 'network' : 'phase';
      const params: Params = a.phase == null ? {} : { phase: a.phase as number };
      return networkStats.STATS_PARTS.map((part) => ({ stmt: networkStats.statsStatement(scope, part), params }));
    },
  },
  {
    // A random city's figures: mostly a first ask of its scope, computed from the kept graph.
    name: 'city figures',
    query: `query CityFigures($city: ID!) {
      city(id: $city) { stats { practitioners events outcomes byCluster { cluster practitioners } byRegion { region practitioners } byYear { year events participants } } }
    }`,
    draw: (r, s) => ({ city: r.pick(s.cities) }),
    floor: (a) => networkStats.STATS_PARTS.map((part) => ({ stmt: networkStats.statsStatement('city', part), params: { city: a.city } })),
  },
  {
    // Kept until the graph changes: after the first ask, the answer of the kept figures.
    name: 'networkEvolution',
    query: `query Evolution($from: Int) { networkEvolution(from: $from) { tiesEstimated years { year activePractitioners joined events outcomes newTies newTiesAcrossCountries } } }`,
    draw: (r) => ({ from: r.chance(0.5) ? null : r.int(2014, 2024) }),
    floor: () => [{ stmt: figures.figureNodes('Event'), params: {} }],
  },
  ...exchangeOperations(),
  ...searchOperations(),
];

/**
 * The exchange between cities: one city's links (counted for it alone), and the whole network's
 * heaviest for a cluster or a window of years (counted once per filter until the graph changes).
 * The floor is what the store must do at least: read the partnerships and the transfers. Not held
 * to the per-level bound: the links are computed before any level is read (a city named by name
 * is looked up first, the ties read beside the kept graph), and their evidence names nodes of
 * three labels.
 */
function exchangeOperations(): Operation[] {
  const query = `query Exchange($city: String, $cluster: ClusterCode, $from: Int) {
    cityExchange(city: $city, cluster: $cluster, from: $from, first: 50) { totalCount links { cities { key name } weight evidence { kind description } } }
  }`;
  const floor = () => [
    { stmt: transfers.partnerships, params: {} },
    { stmt: transfers.exchangeTransfers, params: {} },
  ];
  return [
    { name: 'cityExchange (a city)', traversal: true, query, draw: (r, s) => ({ city: r.pick(s.cities) }), floor },
    {
      name: 'cityExchange (network)',
      traversal: true,
      query,
      draw: (r) => ({ cluster: r.chance(0.5) ? null : r.pick(CLUSTER_CODES), from: r.chance(0.5) ? null : r.int(2014, 2024) }),
      floor,
    },
  ];
}

/**
 * Search as people type: a whole surname, its first three letters, and with two neighbouring
 * letters swapped. The embedded engine's text index answers from memory, so the floor is what
 * the store must do at least: look up the practitioner the text was taken from (`key`, a draw
 * the query does not send; see `variablesOf`).
 */
function searchOperations(): Operation[] {
  const query = `query Search($text: String!) { search(text: $text, first: 10) { edges { score node { id ... on Practitioner { key name } } } } }`;
  const drawn = (change: (surname: string) => string) => (r: Random, s: Samples) => {
    const person = r.pick(s.practitioners);
    return { text: change(person.name.split(' ').slice(-1)[0]), key: person.id };
  };
  const swapped = (word: string) => (word.length < 4 ? word : word.slice(0, 2) + word[3] + word[2] + word.slice(4));
  const floor = (a: Record<string, unknown>) => [{ stmt: lookup.nodesByKeys('Practitioner'), params: { keys: [a.key] } }];
  const kinds = LABELS.length;
  return [
    { name: 'search', query, draw: drawn((w) => w), floor, kinds },
    { name: 'search prefix', query, draw: drawn((w) => w.slice(0, 3)), floor, kinds },
    { name: 'search typo', query, draw: drawn(swapped), floor, kinds },
  ];
}

/** The draw's values the query declares as variables: a draw may carry more for its floor. */
export function variablesOf(query: string, draw: Record<string, unknown>): Record<string, unknown> {
  const operation = getOperationAST(parse(query));
  const names = new Set((operation?.variableDefinitions ?? []).map((v) => v.variable.name.value));
  return Object.fromEntries(Object.entries(draw).filter(([name]) => names.has(name)));
}

/** Reads the samples once, straight from the store. */
export async function readSamples(store: GraphStore): Promise<Samples> {
  const cities = await store.read<{ id: string }>(floor.sampleCities, { limit: 100_000 });
  const practitioners = await store.read<{ id: string; name: string }>(floor.samplePractitioners, { limit: 5_000 });
  return { cities: cities.map((c) => c.id), practitioners };
}
