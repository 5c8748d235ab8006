import { LABELS, ROLES, type Label, type Role } from '../../src/domain';
import { prepareGraph } from '../../src/server/bootstrap';
import { startServer, type RunningServer } from '../../src/server/app';
import { mintToken } from '../../src/server/auth/mint-token';
import type { GraphStore } from '../../src/graph/store';
import { memoryStore } from '../helpers/graph';
import { SEED_DIR } from '../helpers/tmp';

/** Node writes over HTTP: who may, what is valid, versions, concurrency. */
const SECRET = 'writes-test-secret-of-at-least-32-chars';

/** A valid new node of each label, with every required property. */
const VALID: Record<Label, Record<string, unknown>> = {
  Practitioner: { name: 'Amara Test', position: 'planner', languages: ['en', 'yo'], email: 'amara@example.org', phone: '+234 1 234 5678' },
  City: { name: 'Testville', countryCode: 'NG', lat: 6.5, lon: 3.4, population: 1000 },
  Country: { code: 'NE', name: 'Niger', region: 'AFRICA' },
  Institution: { name: 'Test Works', kind: 'MUNICIPALITY' },
  Cluster: { name: 'Good Urban Governance', nameDe: 'Gute Stadtführung' },
  Topic: { name: 'Testing' },
  Event: { title: 'Test Dialogue', kind: 'WEBINAR', startDate: '2024-05-01', endDate: '2024-05-02', phase: 4, virtual: true },
  Outcome: { title: 'Test Plan', kind: 'ACTION_PLAN', status: 'PLANNED', startedOn: '2024-06-01' },
};
/** One field each label's update changes. */
const PATCH: Record<Label, Record<string, unknown>> = {
  Practitioner: { position: 'head of planning' },
  City: { population: 2000 },
  Country: { name: 'Niger (changed)' },
  Institution: { name: 'Test Works Ltd' },
  Cluster: { nameDe: 'Gute Stadtführung (neu)' },
  Topic: { name: 'Testing more' },
  Event: { title: 'Test Dialogue II' },
  Outcome: { status: 'IN_PROGRESS' },
};

let counter = 0;
const newId = (label: Label) => (label === 'Cluster' ? 'GOOD_URBAN_GOVERNANCE' : label === 'Country' ? 'ne' : `t-${label.toLowerCase()}-${++counter}`);


describe('node writes over HTTP', () => {
  let store: GraphStore;
  let server: RunningServer;
  let readOnly: RunningServer;
  const tokens = {} as Record<Role, string>;

  async function post(url: string, query: string, token?: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const gql = (query: string, role?: Role, variables?: Record<string, unknown>) => post(server.url, query, role && tokens[role], variables);
  const createQuery = (label: Label) => `mutation($input: ${label}Input!) { create${label}(input: $input) { id key version } }`;
  const create = (label: Label, input: Record<string, unknown>, role?: Role) => gql(createQuery(label), role, { input });
  const update = (label: Label, id: string, version: number, patch: Record<string, unknown>, role?: Role) =>
    gql(`mutation($id: ID!, $version: Int!, $patch: ${label}Patch!) { update${label}(id: $id, version: $version, patch: $patch) { id version } }`, role, { id, version, patch });
  const remove = (label: Label, id: string, version: number, role?: Role) => gql(`mutation { delete${label}(id: "${id}", version: ${version}) { id version } }`, role);
  const read = async (label: Label, key: string) => (await gql(`{ node(id: "${label}:${key}") { id ... on ${label} { version updatedBy } } }`, 'ADMIN')).body.data.node;

  beforeAll(async () => {
    store = await memoryStore();
    await prepareGraph(store, { seedDir: SEED_DIR });
    const base = { port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true } as const;
    server = await startServer({ ...base, auth: { secret: SECRET } }, store);
    readOnly = await startServer(base, store);
    for (const role of ROLES) tokens[role] = await mintToken(SECRET, { role, subject: `${role.toLowerCase()}-user`, ttl: '10m' });
  });
  afterAll(async () => {
    await server.close();
    await readOnly.close();
    await store.close();
  });

  describe.each(LABELS.map((l) => [l]))('%s', (label: Label) => {
    it('create, update and delete: who may, and each change lands', async () => {
      // The cluster codes and countries are fixed sets: make room for the one this test creates.
      if (label === 'Cluster' || label === 'Country') {
        const key = newId(label);
        const existing = await read(label, key);
        if (existing) expect((await remove(label, key, existing.version, 'ADMIN')).body.errors).toBeUndefined();
      }
      const key = newId(label);
      const input = { id: key, ...VALID[label] };
      for (const role of [undefined, 'VIEWER', 'ANALYST'] as const) {
        const res = await create(label, input, role);
        expect({ role, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ role, code: role ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
      }
      const noSecret = await post(readOnly.url, createQuery(label), undefined, { input });
      expect(noSecret.body.errors[0]).toMatchObject({ message: expect.stringContaining('AUTH_SECRET'), extensions: { code: 'UNAUTHENTICATED' } });
      expect(await read(label, key)).toBeNull();

      const created = await create(label, input, 'EDITOR');
      expect(created.body).toMatchObject({ data: { [`create${label}`]: { id: `${label}:${key}`, key, version: 1 } } });
      expect(await read(label, key)).toEqual({ id: `${label}:${key}`, version: 1, updatedBy: 'editor-user' });

      for (const role of ['VIEWER', 'ANALYST'] as const) {
        expect((await update(label, key, 1, PATCH[label], role)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      }
      const updated = await update(label, key, 1, PATCH[label], 'ADMIN');
      expect(updated.body.data[`update${label}`]).toEqual({ id: `${label}:${key}`, version: 2 });
      const field = Object.keys(PATCH[label])[0];
      const seen = await gql(`{ node(id: "${label}:${key}") { ... on ${label} { ${field} } } }`, 'ADMIN');
      expect(seen.body.data.node[field]).toEqual(PATCH[label][field]);

      for (const role of ['VIEWER', 'ANALYST', 'EDITOR'] as const) {
        expect((await remove(label, key, 2, role)).body.errors[0].extensions.code).toBe('FORBIDDEN');
      }
      expect((await remove(label, key, 1, 'ADMIN')).body.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 2 } });
      expect((await remove(label, key, 2, 'ADMIN')).body.data[`delete${label}`]).toEqual({ id: `${label}:${key}`, version: 2 });
      expect(await read(label, key)).toBeNull();
      expect((await update(label, key, 2, PATCH[label], 'EDITOR')).body.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  it('asks who calls before it looks at the input: no token or a low role learns nothing about it', async () => {
    const bad = { id: 'bad id!', name: '', email: 'emeka@example', languages: ['zz'] };
    for (const role of [undefined, 'VIEWER'] as const) {
      const res = await create('Practitioner', bad, role);
      expect({ role, errors: res.body.errors.map((e: { extensions: Record<string, unknown> }) => e.extensions) }).toEqual({
        role,
        errors: [{ code: role ? 'FORBIDDEN' : 'UNAUTHENTICATED' }],
      });
    }
    const link = await gql('mutation { link(input: { type: BASED_IN, from: "nonsense", to: "City:lagos" }) { created } }', undefined);
    expect(link.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses invalid input naming every field, and writes nothing', async () => {
    const cases: [Label, Record<string, unknown>, string[]][] = [
      ['Practitioner', { name: '' }, ['name']],
      ['Practitioner', { email: 'not-an-address' }, ['email']],
      ['Practitioner', { phone: 'call me' }, ['phone']],
      ['Practitioner', { languages: ['english'] }, ['languages']],
      ['Practitioner', { name: 'x'.repeat(301) }, ['name']],
      ['City', { lat: 90.5 }, ['lat']],
      ['City', { lon: -181 }, ['lon']],
      ['City', { countryCode: 'ng' }, ['countryCode']],
      ['City', { countryCode: 'XX' }, ['countryCode']],
      ['City', { population: -1 }, ['population']],
      ['Country', { code: 'ZZ' }, ['code']],
      ['Event', { phase: 5 }, ['phase']],
      ['Event', { note: 'n'.repeat(2001) }, ['note']],
      ['Outcome', { sources: [''] }, ['sources']],
      ['Institution', { name: '', sources: Array(51).fill('S1') }, ['name', 'sources']],
    ];
    for (const [label, bad, fields] of cases) {
      const key = newId(label === 'Country' ? 'Topic' : label);
      const input = { ...VALID[label], ...bad, id: label === 'Country' ? 'zz' : key };
      const res = await create(label, input, 'EDITOR');
      expect(await read(label, String(input.id))).toBeNull();
      expect({ label, bad, code: res.body.errors?.[0]?.extensions?.code, fields: res.body.errors?.[0]?.extensions?.violations?.map((v: { field: string }) => v.field).sort() }).toEqual({
        label,
        bad,
        code: 'BAD_USER_INPUT',
        fields,
      });
    }
    const ids = [['bad id!', 'Topic'], ['', 'Topic'], ['WATER', 'Cluster']] as const;
    for (const [id, label] of ids) {
      expect((await create(label, { ...VALID[label], id }, 'EDITOR')).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const backwards = await create('Event', { ...VALID.Event, id: newId('Event'), startDate: '2024-05-03' }, 'EDITOR');
    expect(backwards.body.errors[0]).toMatchObject({ message: 'Invalid input: endDate (2024-05-02) is before startDate (2024-05-03).', extensions: { code: 'BAD_USER_INPUT', violations: [{ field: 'endDate', problems: ['endDate (2024-05-02) is before startDate (2024-05-03)'] }] } });
    const wrongEnum = await create('Institution', { ...VALID.Institution, id: newId('Institution'), kind: 'CASTLE' }, 'EDITOR');
    expect(wrongEnum.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const duplicate = await create('City', { ...VALID.City, id: 'lagos' }, 'EDITOR');
    expect(duplicate.body.errors[0]).toMatchObject({ message: 'A City with id "lagos" exists already.', extensions: { code: 'CONFLICT' } });
    const cleared = await update('City', 'lagos', 0, { name: null }, 'EDITOR');
    expect(cleared.body.errors[0]).toMatchObject({ message: expect.stringContaining('name cannot be cleared'), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await read('City', 'lagos')).version).toBe(0);
  });

  it('lets exactly one of 50 parallel updates at the same version win; nothing else changes', async () => {
    const key = newId('Topic');
    await create('Topic', { id: key, name: 'Race' }, 'EDITOR');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => update('Topic', key, 1, { name: `Race ${i}` }, 'EDITOR')));
    const won = results.filter((r) => !r.body.errors);
    const codes = results.filter((r) => r.body.errors).map((r) => r.body.errors[0].extensions.code);
    expect(won).toHaveLength(1);
    expect(codes).toEqual(Array(49).fill('CONFLICT'));
    const winner = won[0].body.data.updateTopic;
    expect(winner.version).toBe(2);
    const stored = (await gql(`{ topic(id: "${key}") { name version } }`)).body.data.topic;
    expect(stored.version).toBe(2);
    expect(stored.name).toMatch(/^Race \d+$/);
    // Next round: everyone reads version 2; again one wins, and versions never skip.
    const again = await Promise.all(Array.from({ length: 20 }, () => update('Topic', key, 2, { name: 'Second round' }, 'EDITOR')));
    expect(again.filter((r) => !r.body.errors)).toHaveLength(1);
    expect((await gql(`{ topic(id: "${key}") { version } }`)).body.data.topic.version).toBe(3);
  });

  it('creates one of 20 parallel creates of one id; the others are told it exists', async () => {
    const key = newId('Topic');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => create('Topic', { id: key, name: `Twin ${i}` }, 'EDITOR')));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => r.body.errors[0].message)).toEqual(Array(19).fill(`A Topic with id "${key}" exists already.`));
    expect((await gql(`{ topic(id: "${key}") { version } }`)).body.data.topic.version).toBe(1);
  });

  it('keeps a tombstone of deleted practitioners and institutions that only admins read', async () => {
    const key = newId('Practitioner');
    await create('Practitioner', { id: key, ...VALID.Practitioner }, 'EDITOR');
    const topic = newId('Topic');
    await create('Topic', { id: topic, name: 'Gone' }, 'EDITOR');
    expect((await remove('Practitioner', key, 1, 'ADMIN')).body.errors).toBeUndefined();
    expect((await remove('Topic', topic, 1, 'ADMIN')).body.errors).toBeUndefined();
    const log = await gql('{ auditLog(first: 10) { action kind key by at snapshot } }', 'ADMIN');
    const entry = log.body.data.auditLog.find((e: { key: string }) => e.key === key);
    expect(entry).toEqual({ action: 'DELETE', kind: 'PRACTITIONER', key, by: 'admin-user', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), snapshot: expect.any(String) });
    expect(JSON.parse(entry.snapshot)).toMatchObject({ id: key, name: VALID.Practitioner.name, email: VALID.Practitioner.email, version: 1 });
    expect(log.body.data.auditLog.some((e: { key: string }) => e.key === topic)).toBe(false);
    for (const role of ['VIEWER', 'ANALYST', 'EDITOR'] as const) {
      expect((await gql('{ auditLog { key } }', role)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await gql('{ auditLog { key } }')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The audit log is not part of the graph's figures.
    expect((await gql('{ graphStats { nodes { label } } }')).body.data.graphStats.nodes.map((n: { label: string }) => n.label)).not.toContain('AuditEntry');
  });

  it('keeps search and figures current: a renamed city is found by its new name, a new practitioner is counted', async () => {
    const key = newId('City');
    await create('City', { id: key, ...VALID.City, name: 'Oldtown' }, 'EDITOR');
    await update('City', key, 1, { name: 'Neustädt' }, 'EDITOR');
    const found = await gql(`{ search(text: "neustadt", kinds: [CITY]) { nodes { id } } }`);
    expect(found.body.data.search.nodes.map((n: { id: string }) => n.id)).toContain(`City:${key}`);
    const before = (await gql('{ networkStats { practitioners } }')).body.data.networkStats.practitioners;
    await create('Practitioner', { id: newId('Practitioner'), ...VALID.Practitioner }, 'EDITOR');
    expect((await gql('{ networkStats { practitioners } }')).body.data.networkStats.practitioners).toBe(before + 1);
  });
});
