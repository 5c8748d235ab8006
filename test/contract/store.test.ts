import { LABEL_SPECS, LABELS, RELATIONSHIP_SPECS, findRelationshipSpec, searchTokens, type Label } from '../../src/domain';
import { GraphConstraintError, GraphUnavailableError } from '../../src/graph/errors';
import { allStatements, analytics, figures, listing, listingStatements, lookup, names, neighbours, nodes, relationships, schema, stats, workingOn, writes, audit } from '../../src/graph/queries';
import { seedOracle } from '../helpers/seed-oracle';
import { ALL_LINKS } from '../../src/domain';
import { canonical, loadDir } from '../helpers/graph';
import { readDataset } from '../../src/seed/csv/reader';
import { exportGraph } from '../../src/seed/exporter';
import { importDataset } from '../../src/seed/importer';
import { deriveInPlace } from '../../src/seed/derive';
import { SEED_DIR } from '../helpers/tmp';
import { applySchema, schemaStatements } from '../../src/graph/schema';
import type { GraphStore } from '../../src/graph/store';
import { intercept } from '../../src/graph/intercept';
import { runsOn, type Statement } from '../../src/graph/statement';
import { openNameIndex } from '../../src/graph/names/open-index';
import { readFigureGraph, refreshFigureGraph } from '../../src/graph/figure-reader';
import { readProjection } from '../../src/analytics/analytics-cache';
import { storeFactories } from '../helpers/stores';
import { ROWS_PER_TURN } from '../../src/graph/turns';

/** Records which catalogue statements ran, so the suite can prove it ran every one. */
function recording(store: GraphStore, seen: Set<string>): GraphStore {
  return intercept(store, {
    statement: (stmt, _params, run) => {
      seen.add(stmt.name);
      return run();
    },
  });
}

const CITY = findRelationshipSpec('IN_COUNTRY', 'City', 'Country')!;

describe.each(storeFactories())('GraphStore contract on %s', (engine, open) => {
  const seen = new Set<string>();
  let raw: GraphStore;
  let store: GraphStore;

  beforeAll(async () => {
    raw = open();
    store = recording(raw, seen);
    await applySchema(store);
  });
  afterAll(() => raw.close());

  async function clearAll() {
    while ((await store.write<{ count: number }>(nodes.deleteNodesBatch, { limit: 1000 }))[0].count > 0);
  }

  beforeEach(clearAll);

  it('applies the schema idempotently', async () => {
    await applySchema(store);
    await applySchema(store);
    for (const stmt of schemaStatements(store.engine)) seen.add(stmt.name);
  });

  it('creates, finds and exports nodes with every property type', async () => {
    const [{ count }] = await store.write<{ count: number }>(nodes.createNodes('City'), {
      rows: [
        { id: 'lagos', name: 'Lagos', countryCode: 'NG', lat: 6.5244, lon: 3.3792, population: 15000000, sources: ['S1', 'S2'], synthetic: false },
        { id: 'bonn', name: 'Bonn', countryCode: 'DE', lat: 50.7, lon: 7.1 },
      ],
    });
    expect(count).toBe(2);
    expect(await store.read(nodes.existingIds('City'), { ids: ['bonn', 'nowhere', 'lagos'] })).toEqual(
      expect.arrayContaining([{ id: 'bonn' }, { id: 'lagos' }]),
    );
    expect((await store.read(nodes.existingIds('City'), { ids: ['nowhere'] })).length).toBe(0);
    expect(await store.read(nodes.exportNodes('City'))).toEqual([
      { props: { id: 'bonn', name: 'Bonn', countryCode: 'DE', lat: 50.7, lon: 7.1 } },
      { props: { id: 'lagos', name: 'Lagos', countryCode: 'NG', lat: 6.5244, lon: 3.3792, population: 15000000, sources: ['S1', 'S2'], synthetic: false } },
    ]);
  });

  it('upserts nodes by id, replacing their properties', async () => {
    await store.write(nodes.createNodes('Country'), { rows: [{ id: 'ng', code: 'NG', name: 'Nigeria', region: 'AFRICA', sources: ['x'] }] });
    await store.write(nodes.upsertNodes('Country'), {
      rows: [{ id: 'ng', code: 'NG', name: 'Federal Republic of Nigeria', region: 'AFRICA' }, { id: 'de', code: 'DE', name: 'Germany', region: 'EUROPE' }],
    });
    expect(await store.read(nodes.exportNodes('Country'))).toEqual([
      { props: { id: 'de', code: 'DE', name: 'Germany', region: 'EUROPE' } },
      { props: { id: 'ng', code: 'NG', name: 'Federal Republic of Nigeria', region: 'AFRICA' } },
    ]);
  });

  it('refuses a duplicate id atomically: the whole statement writes nothing', async () => {
    await store.write(nodes.createNodes('Topic'), { rows: [{ id: 't1', name: 'Waste' }] });
    await expect(
      store.write(nodes.createNodes('Topic'), { rows: [{ id: 't2', name: 'Water' }, { id: 't1', name: 'Again' }] }),
    ).rejects.toBeInstanceOf(GraphConstraintError);
    expect(await store.read(nodes.exportNodes('Topic'))).toEqual([{ props: { id: 't1', name: 'Waste' } }]);
  });

  it('creates relationships only between existing ends and reports how many', async () => {
    await store.write(nodes.createNodes('City'), { rows: [{ id: 'lagos', name: 'Lagos' }, { id: 'bonn', name: 'Bonn' }] });
    await store.write(nodes.createNodes('Country'), { rows: [{ id: 'ng', name: 'Nigeria' }, { id: 'de', name: 'Germany' }] });
    const [{ count }] = await store.write<{ count: number }>(relationships.createRelationships(CITY), {
      rows: [
        { from: 'lagos', to: 'ng', props: { synthetic: false } },
        { from: 'bonn', to: 'de', props: {} },
        { from: 'atlantis', to: 'ng', props: {} },
      ],
    });
    expect(count).toBe(2);
    await store.write(relationships.upsertRelationships(CITY), { rows: [{ from: 'lagos', to: 'ng', props: { sources: ['S9'] } }] });
    expect(await store.read(relationships.exportRelationships(CITY))).toEqual([
      { from: 'bonn', to: 'de', props: {} },
      { from: 'lagos', to: 'ng', props: { sources: ['S9'] } },
    ]);
  });

  it('counts nodes per label and relationships per type', async () => {
    await store.write(nodes.createNodes('City'), { rows: [{ id: 'a' }, { id: 'b' }] });
    await store.write(nodes.createNodes('Country'), { rows: [{ id: 'x' }] });
    await store.write(relationships.createRelationships(CITY), { rows: [{ from: 'a', to: 'x', props: {} }, { from: 'b', to: 'x', props: {} }] });
    expect(await store.read(stats.totalNodes)).toEqual([{ count: 3 }]);
    expect(new Set(await store.read(stats.nodeCountsByLabel))).toEqual(new Set([{ label: 'City', count: 2 }, { label: 'Country', count: 1 }]));
    expect(await store.read(stats.relationshipCountsByType)).toEqual([{ type: 'IN_COUNTRY', count: 2 }]);
  });

  it('deletes in batches with the relationships', async () => {
    await store.write(nodes.createNodes('City'), { rows: Array.from({ length: 25 }, (_, i) => ({ id: `c${i}` })) });
    await store.write(nodes.createNodes('Country'), { rows: [{ id: 'x' }] });
    await store.write(relationships.createRelationships(CITY), { rows: [{ from: 'c1', to: 'x', props: {} }] });
    expect(await store.write(nodes.deleteNodesBatch, { limit: 10 })).toEqual([{ count: 10 }]);
    await clearAll();
    expect(await store.read(stats.totalNodes)).toEqual([{ count: 0 }]);
    expect(await store.read(stats.relationshipCountsByType)).toEqual([]);
  });

  it('commits a transaction when its function resolves and rolls it back when it throws', async () => {
    await store.transaction(async (tx) => {
      await tx.run(nodes.createNodes('Topic'), { rows: [{ id: 'kept' }] });
    });
    await expect(
      store.transaction(async (tx) => {
        await tx.run(nodes.createNodes('Topic'), { rows: [{ id: 'gone' }] });
        expect(await tx.run(nodes.existingIds('Topic'), { ids: ['gone'] })).toEqual([{ id: 'gone' }]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.read(nodes.exportNodes('Topic'))).toEqual([{ props: { id: 'kept' } }]);
  });

  it('refuses parameters a statement does not declare, and missing ones', async () => {
    await expect(store.read(nodes.existingIds('City'), {})).rejects.toThrow('parameter $ids is missing');
    await expect(store.read(nodes.existingIds('City'), { ids: [], extra: 1 })).rejects.toThrow('parameter $extra is not declared');
  });

  it('routes by the declared mode: a write statement is refused as a read, a read as a write, and writes nothing', async () => {
    await expect(store.read(nodes.createNodes('Topic'), { rows: [{ id: 'sneaked' }] })).rejects.toThrow('is declared write and cannot run as a read');
    await expect(store.write(nodes.existingIds('Topic'), { ids: [] })).rejects.toThrow('is declared read and cannot run as a write');
    expect(await store.read(nodes.existingIds('Topic'), { ids: ['sneaked'] })).toEqual([]);
  });

  it('reports health', async () => {
    expect(await store.health()).toEqual({ ok: true, engine });
  });

  it('runs every relationship spec and label of the catalogue', async () => {
    const labelRows = (label: string) => [{ id: `${label}-1` }, { id: `${label}-2` }];
    for (const label of LABELS) {
      await store.write(nodes.createNodes(label), { rows: labelRows(label) });
      await store.write(nodes.upsertNodes(label), { rows: labelRows(label) });
      await store.read(nodes.existingIds(label), { ids: [`${label}-1`] });
      expect(await store.read(nodes.exportNodes(label))).toHaveLength(2);
    }
    for (const spec of RELATIONSHIP_SPECS) {
      const rows = [{ from: `${spec.from}-1`, to: `${spec.to}-2`, props: {} }];
      expect(await store.write(relationships.createRelationships(spec), { rows })).toEqual([{ count: 1 }]);
      expect(await store.write(relationships.upsertRelationships(spec), { rows })).toEqual([{ count: 1 }]);
      expect(await store.read(relationships.exportRelationships(spec))).toEqual([{ ...rows[0] }]);
    }
    for (const label of LABELS) {
      seen.add(schema.idConstraint(label).name);
      seen.add(schema.nameIndex(label).name);
    }
  });

  it('writes single nodes at a version: create, update (null removes), delete; a stale version matches nothing', async () => {
    for (const label of LABELS) {
      const props = { id: 'w1', name: 'A', title: 'A', note: 'n', version: 1 };
      const [created] = await store.write<{ node: Record<string, unknown>; created: boolean }>(writes.createNode(label), { id: 'w1', props });
      expect(created).toMatchObject({ node: { id: 'w1', version: 1 }, created: true });
      // A retried transaction that had committed finds its own node; anyone else finds the id taken.
      expect(await store.write(writes.createNode(label), { id: 'w1', props })).toEqual([{ node: props, created: true }]);
      expect(await store.write(writes.createNode(label), { id: 'w1', props: { ...props, name: 'Other' } })).toEqual([{ node: props, created: false }]);
      expect(await store.write(writes.lockNode(label), { id: 'w1' })).toEqual([{ node: props }]);
      expect(await store.write(writes.lockNode(label), { id: 'nobody' })).toEqual([]);
      const stale = await store.write(writes.updateNode(label), { id: 'w1', version: 0, changes: { name: 'B' } });
      expect(stale).toEqual([]);
      const [updated] = await store.write<{ node: Record<string, unknown> }>(writes.updateNode(label), { id: 'w1', version: 1, changes: { name: 'B', note: null } });
      expect(updated.node).toEqual({ id: 'w1', name: 'B', title: 'A', version: 2 });
      expect(await store.write(writes.deleteNode(label), { id: 'w1', version: 1 })).toEqual([]);
      const [deleted] = await store.write<{ node: Record<string, unknown> }>(writes.deleteNode(label), { id: 'w1', version: 2 });
      expect(deleted.node).toMatchObject({ id: 'w1', version: 2 });
      expect(await store.read(lookup.nodesByKeys(label), { keys: ['w1'] })).toEqual([]);
    }
  });

  it('links once per pair and type, and unlinks', async () => {
    for (const spec of RELATIONSHIP_SPECS) {
      await store.write(nodes.createNodes(spec.from), { rows: [{ id: 'l-a' }] });
      if (spec.to !== spec.from) await store.write(nodes.createNodes(spec.to), { rows: [{ id: 'l-b' }] });
      const b = spec.to === spec.from ? 'l-a' : 'l-b';
      const first = await store.write<{ created: boolean }>(writes.linkNodes(spec), { from: 'l-a', to: b, props: { sources: ['S1'] } });
      const again = await store.write<{ created: boolean; rel: Record<string, unknown> }>(writes.linkNodes(spec), { from: 'l-a', to: b, props: { sources: ['S2'] } });
      expect([first[0].created, again[0].created, again[0].rel]).toEqual([true, false, { sources: ['S2'] }]);
      expect(await store.write(writes.linkNodes(spec), { from: 'l-a', to: 'missing', props: {} })).toEqual([]);
      expect(await store.write(writes.unlinkNodes(spec), { from: 'l-a', to: b })).toEqual([{ removed: 1 }]);
      expect(await store.write(writes.unlinkNodes(spec), { from: 'l-a', to: b })).toEqual([{ removed: 0 }]);
      await clearAll();
    }
  });

  it('detaches what a reference pointed at, from the nodes given only', async () => {
    for (const spec of RELATIONSHIP_SPECS) {
      const ends = spec.to === spec.from ? ['d-a', 'd-b', 'd-c'] : ['d-a', 'd-c'];
      await store.write(nodes.createNodes(spec.from), { rows: ends.map((id) => ({ id })) });
      if (spec.to !== spec.from) await store.write(nodes.createNodes(spec.to), { rows: [{ id: 'd-b' }] });
      const rows = [{ from: 'd-a', to: 'd-b', props: {} }, { from: 'd-c', to: 'd-b', props: {} }];
      await store.write(relationships.createRelationships(spec), { rows });
      expect(await store.write(writes.detachReferences(spec), { keys: ['d-a', 'missing'] })).toEqual([{ removed: 1 }]);
      expect(await store.read(relationships.exportRelationships(spec))).toEqual([rows[1]]);
      await clearAll();
    }
  });

  it('finds nodes by folded name, a few at most, and lists every name of a label', async () => {
    for (const label of LABELS) {
      const rows = Array.from({ length: names.NAMED_LIMIT + 2 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, name: 'Twin', title: 'Twin', nameFolded: 'twin' }));
      await store.write(nodes.createNodes(label), { rows: [...rows, { id: 'other', name: 'Other', title: 'Other', nameFolded: 'other' }] });
      const named = await store.read<{ node: { id: string } }>(names.nodesNamed(label), { name: 'twin' });
      expect(named.map((r) => r.node.id)).toEqual(rows.slice(0, names.NAMED_LIMIT).map((r) => r.id));
      const list = await store.read<{ key: string; name: string; folded: string }>(names.nameList(label));
      expect(list.find((r) => r.key === 'other')).toEqual({ key: 'other', name: 'Other', folded: 'other' });
      await clearAll();
    }
  });

  it('imports batches of nodes by id (new ones at version 1, known ones one up) and of links', async () => {
    for (const label of LABELS) {
      await store.write(writes.importNodes(label), { rows: [{ id: 'i1', name: 'A' }], now: 't1', by: 'x' });
      const [{ count }] = await store.write<{ count: number }>(writes.importNodes(label), { rows: [{ id: 'i1', name: 'B' }, { id: 'i2' }], now: 't2', by: 'y' });
      expect(count).toBe(2);
      const rows = await store.read<{ node: Record<string, unknown> }>(lookup.nodesByKeys(label), { keys: ['i1', 'i2'] });
      expect(rows.map((r) => r.node).sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
        { id: 'i1', name: 'B', version: 2, createdAt: 't1', updatedAt: 't2', updatedBy: 'y' },
        { id: 'i2', version: 1, createdAt: 't2', updatedAt: 't2', updatedBy: 'y' },
      ]);
    }
    for (const spec of RELATIONSHIP_SPECS) {
      const rows = [{ from: 'i1', to: 'i2', props: { sources: ['S'] } }, { from: 'i1', to: 'missing', props: {} }];
      expect(await store.write(writes.importLinks(spec), { rows })).toEqual([{ count: 1 }]);
    }
  });

  it('records and reads audit entries, newest first', async () => {
    for (const [i, at] of ['2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-02-01T00:00:00Z'].entries()) {
      await store.write(audit.recordEntry, { entry: { id: `a${i}`, action: 'DELETE', label: 'Practitioner', key: `p${i}`, at, by: 'x', snapshot: '{}' } });
    }
    const rows = await store.read<{ entry: { key: string } }>(audit.latestEntries, { limit: 2 });
    expect(rows.map((r) => r.entry.key)).toEqual(['p1', 'p2']);
  });

  it('imports in staged batches (a new graph, a dry run, a replace, an upsert) and derives in place', async () => {
    const { dataset } = await readDataset(SEED_DIR);
    await importDataset(store, dataset, { staged: true, batchSize: 500 });
    await importDataset(store, dataset, { staged: true, replace: true, dryRun: true, batchSize: 500 });
    await importDataset(store, dataset, { staged: true, replace: true, batchSize: 500 });
    expect(await importDataset(store, dataset, { staged: true, batchSize: 500 })).toMatchObject({ mode: 'upsert' });
    expect(canonical(await exportGraph(store))).toEqual(canonical(dataset));
    expect(await deriveInPlace(store, 500)).toBe(0);
    // A node of each label the way neo4j-admin leaves it: no folded name.
    for (const label of LABELS) await store.write(nodes.createNodes(label), { rows: [{ id: 'offline', [LABEL_SPECS[label].nameProperty]: 'Offline' }] });
    expect(await deriveInPlace(store, 500)).toBe(LABELS.length);
  });

  describe('read statements on the seed dataset', () => {
    /** A value for every listing parameter that selects something in the seed. */
    const LISTING_VALUES: Record<string, unknown> = {
      text: ['a'], city: 'lagos', country: 'ng', region: 'AFRICA', institution: 'lagos-urban-services-bureau',
      topic: 'solid-waste-management', cluster: 'MUNICIPAL_SERVICES', event: 'e2020-ssa-virtual-water',
      kind: 'CONFERENCE', phase: 1, virtual: false, from: '2015-01-01', to: '2021-12-31', status: 'IMPLEMENTED',
      limit: 5, afterValue: 'a', afterId: 'a',
    };

    // The outer beforeEach has just emptied the graph.
    beforeEach(() => loadDir(store, SEED_DIR));

    it('looks nodes up by key, leaving out keys that do not exist', async () => {
      for (const label of LABELS) await store.read(lookup.nodesByKeys(label), { keys: [] });
      const rows = await store.read<{ key: string; node: { name: string } }>(lookup.nodesByKeys('City'), { keys: ['lagos', 'atlantis', 'bonn'] });
      expect(rows.map((r) => [r.key, r.node.name]).sort()).toEqual([['bonn', 'Bonn'], ['lagos', 'Lagos']]);
    });

    it('follows every link in batches: lists whole, pages with a total', async () => {
      for (const link of ALL_LINKS) {
        if (link.cardinality === 'many') {
          const rows = await store.read<{ key: string; items: unknown[]; total: number }>(neighbours.neighbourPage(link), { keys: [], after: null, limit: 3 });
          expect(rows).toEqual([]);
        } else {
          await store.read(neighbours.neighbourList(link), { keys: [], limit: 3 });
        }
      }
      const page = await store.read<{ key: string; items: { node: { id: string }; rel: { role: string } }[]; total: number }>(
        neighbours.neighbourPage(ALL_LINKS.find((l) => l.name === 'Event.participants')!),
        { keys: ['e2020-ssa-virtual-water', 'atlantis'], after: null, limit: 100 },
      );
      expect(page).toHaveLength(1);
      expect(page[0].items.map((i) => i.node.id)).toContain('lagos-02');
      expect(page[0].total).toBe(page[0].items.length);
      const next = await store.read<{ items: { node: { id: string } }[]; total: number }>(
        neighbours.neighbourPage(ALL_LINKS.find((l) => l.name === 'Cluster.events')!),
        { keys: ['MUNICIPAL_SERVICES'], after: null, limit: 2 },
      );
      expect(next[0].items).toHaveLength(2);
      expect(next[0].total).toBeGreaterThan(2);
      const list = await store.read<{ key: string; node: { id: string } }>(
        neighbours.neighbourList(ALL_LINKS.find((l) => l.name === 'Practitioner.city')!),
        { keys: ['lagos-01', 'lagos-04'], limit: 3 },
      );
      expect(list.map((r) => [r.key, r.node.id])).toEqual([['lagos-01', 'lagos'], ['lagos-04', 'nairobi']]);
      // At most $limit per owner: the cluster with the most topics gives its first two by id, the other owner its own.
      const topics = await store.read<{ key: string; node: { id: string } }>(neighbours.neighbourList(ALL_LINKS.find((l) => l.name === 'Cluster.topics')!), {
        keys: ['INTEGRATED_URBAN_DEVELOPMENT', 'MUNICIPAL_SERVICES'],
        limit: 2,
      });
      const byOwner = (key: string) => topics.filter((r) => r.key === key).map((r) => r.node.id);
      expect(byOwner('INTEGRATED_URBAN_DEVELOPMENT')).toHaveLength(2);
      expect(byOwner('MUNICIPAL_SERVICES')).toHaveLength(2);
      expect(byOwner('INTEGRATED_URBAN_DEVELOPMENT')).toEqual([...byOwner('INTEGRATED_URBAN_DEVELOPMENT')].sort());
    });

    it('runs every listing composition, and the page agrees with the count', async () => {
      for (const label of LABELS) {
        for (const stmt of listingStatements(label)) {
          const params = Object.fromEntries(stmt.params.map((p) => [p, LISTING_VALUES[p]]));
          const rows = await store.read(stmt, params);
          if (stmt.name === `listing.count:${label}{}`) expect((rows[0] as { total: number }).total).toBeGreaterThan(0);
        }
      }
      const [{ total }] = await store.read<{ total: number }>(listingStatements('Practitioner').find((s) => s.name === 'listing.count:Practitioner{city}')!, { city: 'lagos' });
      expect(total).toBeGreaterThan(3);
    });

    it('runs every facet, unfiltered and with every filter, and a facet counts each listed node once per value', async () => {
      for (const label of LABELS) {
        for (const stmt of listing.facetStatements(label)) {
          const day: Record<string, unknown> = { limit: 100, asOf: '2020-01-01', asOfYear: 2020 };
          const params = Object.fromEntries(stmt.params.map((p) => [p, p in day ? day[p] : LISTING_VALUES[p]]));
          await store.read(stmt, params);
        }
      }
      // Every practitioner is based in one city: the facet's counts add up to the listing's count.
      const [{ total }] = await store.read<{ total: number }>(listing.listingCount({ label: 'Practitioner', filters: [] }), {});
      const byCity = await store.read<{ value: string | null; count: number }>(listing.listingFacet({ label: 'Practitioner', filters: [] }, 'city'), { limit: 1000 });
      expect(byCity.reduce((n, r) => n + r.count, 0)).toBe(total);
    });

    it('runs every traversal statement, and the who-works-on page agrees with its count', async () => {
      const someKey: Record<string, string> = {
        Practitioner: 'lagos-01', City: 'lagos', Country: 'ng', Institution: 'giz', Cluster: 'MUNICIPAL_SERVICES',
        Topic: 'solid-waste-management', Event: 'e2020-ssa-virtual-water', Outcome: 'o-lagos-cbo-waste-pilot',
      };
      const topics = ['solid-waste-management', 'water-supply', 'wastewater-sanitation'];
      const values: Record<string, unknown> = {
        city: 'lagos', topics, topic: 'solid-waste-management', after: null, limit: 50, name: 'lagos', cap: 3, id: 'lagos-01', pool: 20,
        cluster: 'MUNICIPAL_SERVICES', fromRegion: null, toRegion: null, phase: 3, region: 'AFRICA', asOf: '2020-01-01', asOfYear: 2020,
      };
      const traversal = /^(workingOn|cities|paths|peers|transfers|stats|dated)\./;
      for (const stmt of allStatements().filter((s) => traversal.test(s.name))) {
        const label = /^(?:paths|dated)\.\w+:(\w+)/.exec(stmt.name)?.[1];
        const params = Object.fromEntries(
          stmt.params.map((p) => [p, /^keys\d*$/.test(p) ? [label ? someKey[label] : 'lagos-01', 'nothing-here'] : /^targets\d*$/.test(p) ? Object.values(someKey) : values[p]]),
        );
        await store.read(stmt, params);
      }
      const page = await store.read<{ node: { id: string }; evidence: unknown[] }>(workingOn.workingOnPage('cluster', ['EXPERTISE', 'EVENT', 'OUTCOME']), {
        city: 'lagos', cluster: 'MUNICIPAL_SERVICES', after: null, limit: 100,
      });
      const [{ total }] = await store.read<{ total: number }>(workingOn.workingOnCount('cluster', ['EXPERTISE', 'EVENT', 'OUTCOME']), { city: 'lagos', cluster: 'MUNICIPAL_SERVICES' });
      // As of a day after every event and outcome, the dated statement answers what the plain one does.
      const day = { asOf: '2099-12-31', asOfYear: 2099 };
      const [{ total: then }] = await store.read<{ total: number }>(workingOn.workingOnCount('cluster', ['EXPERTISE', 'EVENT', 'OUTCOME'], true), { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', ...day });
      expect(then).toBe(total);
      expect(page.length).toBe(total);
      expect(total).toBeGreaterThan(2);
      for (const row of page) expect(row.evidence.length).toBeGreaterThan(0);
    });

    it('reads the analytics projection: every participation, contribution and cluster, as the seed files have them', async () => {
      const seed = seedOracle(SEED_DIR);
      const pairs = (type: string, toLabel?: string) =>
        seed.relationships.filter((r) => r.type === type && (!toLabel || r.toLabel === toLabel)).map((r) => `${r.from}>${r.to}`);
      const clustersVia = (type: string, fromLabel: string) =>
        [...new Set(seed.relationships.filter((r) => r.type === type && r.fromLabel === fromLabel).flatMap((r) => seed.out('PART_OF', r.to).map((c) => `${r.from}>${c}`)))];
      const read = async (stmt: Statement, a: string, b: string) => (await store.read<Record<string, string>>(stmt, {})).map((r) => `${r[a]}>${r[b]}`).sort();
      expect({
        participations: await read(analytics.participations, 'practitioner', 'item'),
        contributions: await read(analytics.contributions, 'practitioner', 'item'),
        expertise: await read(analytics.expertiseClusters, 'key', 'cluster'),
        events: await read(analytics.eventClusters, 'key', 'cluster'),
        outcomes: await read(analytics.outcomeClusters, 'key', 'cluster'),
      }).toEqual({
        participations: pairs('PARTICIPATED_IN').sort(),
        contributions: pairs('CONTRIBUTED_TO').sort(),
        expertise: clustersVia('EXPERT_IN', 'Practitioner').sort(),
        events: clustersVia('ADDRESSES', 'Event').sort(),
        outcomes: clustersVia('ADDRESSES', 'Outcome').sort(),
      });
    });

    it('has a name index whose orders are the listing statement\'s, from the start and after a cursor', async () => {
      const index = openNameIndex(store.engine, store);
      await index.rebuild();
      for (const label of LABELS) {
        for (const order of ['id', 'name'] as const) {
          for (const descending of [false, true]) {
            const points = await index.page(label, order, descending, null, 100_000);
            if (points === null) continue; // the engine orders by itself
            const run = async (after: { afterValue?: string; afterId: string } | null) =>
              (await store.read<{ node: { id: string } }>(listing.listingPage({ label, filters: [], order, descending, after: after !== null }), { ...after, limit: 100_000 })).map((r) => r.node.id);
            expect({ label, order, descending, keys: points.map((p) => p.key) }).toEqual({ label, order, descending, keys: await run(null) });
            const mid = points[Math.floor(points.length / 2)];
            if (!mid) continue;
            const after = order === 'id' ? { afterId: mid.key } : { afterValue: mid.value, afterId: mid.key };
            expect((await index.page(label, order, descending, mid, 100_000))!.map((p) => p.key)).toEqual(await run(after));
          }
        }
      }
    });

    it('reads the figures\' graph whole, and a node with its relationships again, to the same figures', async () => {
      const whole = await readFigureGraph(store);
      const again = await readFigureGraph(store);
      const one = (label: Label) => ({ label, key: String(LABEL_SPECS[label].exampleId) });
      await refreshFigureGraph(store, again, figures.figureLabels().map(one));
      for (const scope of [{ kind: 'network' }, { kind: 'phase', phase: 2 }, { kind: 'city', city: 'lagos' }, { kind: 'cluster', cluster: 'MUNICIPAL_SERVICES' }] as const) {
        expect(again.figures(scope)).toEqual(whole.figures(scope));
      }
      expect(whole.figures({ kind: 'network' }).practitioners).toBeGreaterThan(300);
      // The analytics' rows from the kept graph are the rows their statements read.
      const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(Object.values(r))).sort();
      const kept = whole.projection();
      const read = await readProjection(store);
      for (const part of Object.keys(read) as (keyof typeof read)[]) expect({ part, rows: sorted(kept[part]) }).toEqual({ part, rows: sorted(read[part]) });
    });

    it('has a text index that finds names whole, by prefix and with a typo', async () => {
      const index = openNameIndex(store.engine, store);
      await index.rebuild();
      const found = async (text: string, labels: Label[] = ['City']) =>
        (await index.candidates(store, { tokens: searchTokens(text), labels }, 50)).map((c) => `${c.label}:${c.key}`);
      expect(await found('são paulo')).toContain('City:sao-paulo');
      expect(await found('pau')).toContain('City:sao-paulo');
      expect(await found('paulp')).toContain('City:sao-paulo');
      expect(await found('paulo', ['Practitioner'])).not.toContain('City:sao-paulo');
      expect((await index.near(store, { tokens: searchTokens('sao poulu'), labels: ['City'] }, 50)).map((c) => c.key)).toContain('sao-paulo');
    });
  });

  it('ran every statement of the catalogue', () => {
    const all = allStatements()
      // Each engine gets its own indexes (schemaStatements) and runs only the statements made for it.
      .filter((s) => runsOn(s, store.engine))
      .map((s) => s.name)
      .filter((name) => !name.startsWith('schema.') || schemaStatements(store.engine).some((s) => s.name === name));
    expect(all.filter((name) => !seen.has(name))).toEqual([]);
  });
});

describe('EmbeddedStore large results', () => {
  it('returns a result it converts in slices whole and in order', async () => {
    const [, open] = storeFactories()[0];
    const store = open();
    const n = ROWS_PER_TURN * 2 + 7;
    const ids = Array.from({ length: n }, (_, i) => `t${String(i).padStart(6, '0')}`);
    await store.write(nodes.createNodes('Topic'), { rows: ids.map((id) => ({ id, name: id })) });
    const rows = await store.read<{ props: { id: string } }>(nodes.exportNodes('Topic'));
    expect(rows.map((r) => r.props.id)).toEqual(ids);
    await store.close();
  });
});

describe('EmbeddedStore lifecycle', () => {
  it('answers GraphUnavailableError once closed', async () => {
    const [, open] = storeFactories()[0];
    const store = open();
    await store.close();
    await expect(store.read(stats.totalNodes)).rejects.toBeInstanceOf(GraphUnavailableError);
    expect((await store.health()).ok).toBe(false);
  });
});
