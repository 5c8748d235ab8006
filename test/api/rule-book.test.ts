import path from 'node:path';
import { formatCell, LABEL_SPECS, type Label } from '../../src/domain';
import { mintToken } from '../../src/server/auth/mint-token';
import { readDataset } from '../../src/seed/csv/reader';
import { DatasetError } from '../../src/seed/dataset';
import { graphqlOver, startSeededApi, type SeededApi } from '../helpers/api';
import { tmpDir, writeFiles } from '../helpers/tmp';

/**
 * One rule book, three ways in: a value gets the same verdict, on the same field, in the same
 * words, whether it comes as a GraphQL create input, an importRecords record or a CSV cell.
 */
const SECRET = 'rule-book-test-secret-of-at-least-32-chars';

type Record_ = Record<string, unknown>;

/** A valid record of each label the table uses (ids are made unique per case). */
const GOOD: Partial<Record<Label, Record_>> = {
  Practitioner: { id: 'rb-p', name: 'Emeka Rulebook', languages: ['en', 'ig'], email: 'emeka@example.org', phone: '+234 1 234 5678', sources: ['S1'] },
  City: { id: 'rb-c', name: 'Rule City', countryCode: 'NG', lat: 9.07, lon: 7.4, population: 1200 },
  Country: { id: 'ng', code: 'NG', name: 'Nigeria', region: 'AFRICA' },
  Cluster: { id: 'MUNICIPAL_SERVICES', name: 'Municipal Services', nameDe: 'Kommunale Dienstleistungen' },
  Event: { id: 'rb-e', title: 'Rule workshop', kind: 'PROJECT_WORKSHOP', startDate: '2019-01-02', endDate: '2019-01-03', datePrecision: 'DAY', phase: 3, virtual: false },
  Outcome: { id: 'rb-o', title: 'Rule outcome', kind: 'PILOT', status: 'PLANNED', note: 'fine' },
};

const DATE_RULE = 'a day written YYYY-MM-DD in the years 1900 to 2100, e.g. "2019-01-31"';

/** [label, the bad fields, the field the refusal names, its message]: one violation each, but for the two dates. */
const CASES: [Label, Record_, string, string][] = [
  ['City', { countryCode: 'XX' }, 'countryCode', 'countryCode must be an ISO 3166-1 alpha-2 country code in capitals, such as "NG" (got "XX")'],
  ['City', { countryCode: 'ng' }, 'countryCode', 'countryCode must be an ISO 3166-1 alpha-2 country code in capitals, such as "NG" (got "ng")'],
  ['City', { lat: 91 }, 'lat', 'lat must be -90 to 90 (got 91)'],
  ['City', { population: -1 }, 'population', 'population must be at least 0 (got -1)'],
  ['Practitioner', { languages: ['en', 'zz'] }, 'languages', 'languages items must be an ISO 639-1 language code in lower case, such as "en" (got "zz")'],
  ['Practitioner', { sources: Array.from({ length: 500 }, (_, i) => `S${i}`) }, 'sources', 'sources must have at most 50 items (got 500)'],
  ['Practitioner', { sources: ['S'.repeat(51)] }, 'sources', 'sources items must be 1 to 50 characters long (got 51)'],
  ['Practitioner', { id: 'bad id!' }, 'id', 'id must be 1 to 100 letters, digits, _ . or -, starting with a letter or digit (got "bad id!")'],
  ['Practitioner', { name: 'n'.repeat(5000) }, 'name', 'name must be 1 to 300 characters long (got 5000)'],
  ['Practitioner', { email: 'emeka@example' }, 'email', 'email must be an e-mail address such as "name@example.org" (got "emeka@example")'],
  ['Practitioner', { phone: '12' }, 'phone', 'phone must be a phone number: digits, spaces, ()./- and an optional leading +, e.g. "+234 1 234 5678" (got "12")'],
  ['Country', { id: 'nigeria' }, 'id', 'id must be code in lower case, "ng" (got "nigeria")'],
  ['Cluster', { id: 'HOUSING' }, 'id', 'id must be one of GOOD_URBAN_GOVERNANCE, INTEGRATED_URBAN_DEVELOPMENT, MUNICIPAL_SERVICES, LOCAL_ECONOMIC_DEVELOPMENT (got "HOUSING")'],
  ['Event', { phase: 5 }, 'phase', 'phase must be 1 to 4 (got 5)'],
  ['Event', { kind: 'PICNIC' }, 'kind', 'kind must be one of DIALOGUE_EVENT, PROJECT_WORKSHOP, CONFERENCE, STUDY_TOUR, EXPERT_MISSION, WEBINAR, NETWORKING (got "PICNIC")'],
  ['Event', { datePrecision: 'WEEK' }, 'datePrecision', 'datePrecision must be one of DAY, MONTH, SEASON, YEAR (got "WEEK")'],
  ['Event', { startDate: '1850-01-02' }, 'startDate', `startDate must be ${DATE_RULE} (got "1850-01-02")`],
  ['Event', { endDate: '2101-01-03' }, 'endDate', `endDate must be ${DATE_RULE} (got "2101-01-03")`],
  ['Event', { startDate: '2019-02-30' }, 'startDate', `startDate must be ${DATE_RULE} (got "2019-02-30")`],
  ['Event', { startDate: '2019-01-05' }, 'endDate', 'endDate (2019-01-03) is before startDate (2019-01-05)'],
  ['Outcome', { note: 'x'.repeat(2001) }, 'note', 'note must be 1 to 2000 characters long (got 2001)'],
];

/** The record as one row of a neo4j-admin CSV file of its label, header typed from the model. */
function csvFile(label: Label, record: Record_): string {
  const specs = LABEL_SPECS[label].properties;
  const columns = Object.keys(record).filter((k) => k !== 'id');
  const header = [`id:ID(${label})`, ...columns.map((c) => {
    const type = specs.find((p) => p.name === c)!.type;
    return type === 'string' ? c : `${c}:${type}`;
  })];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${header.join(',')}\n${[record.id, ...columns.map((c) => record[c])].map((v) => quote(formatCell(v))).join(',')}\n`;
}

/** Read as `npm run import` reads a file into a graph that holds the rest (its ends may be there). */
async function csvProblems(label: Label, record: Record_): Promise<string[]> {
  try {
    await readDataset(writeFiles(tmpDir(), { [`nodes/${label}.csv`]: csvFile(label, record) }), { allowDangling: true });
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.problems.map((p) => p.replace(/^nodes\/\w+\.csv:2: /, ''));
  }
}

describe('the rule book, on all three write paths', () => {
  let api: SeededApi;
  let admin: string;
  let seq = 0;

  function gql(query: string, variables: Record_) {
    return graphqlOver(api.server.url, query, variables, admin);
  }

  /** The refusal of each path as (field, message) pairs; empty when the path accepts the record. */
  async function verdicts(label: Label, record: Record_) {
    const created = await gql(`mutation($input: ${label}Input!) { create${label}(input: $input) { id } }`, { input: record });
    const imported = await gql('mutation($nodes: [NodeRecordInput!]) { importRecords(nodes: $nodes, dryRun: true) { nodesCreated } }', {
      nodes: [{ kind: label.toUpperCase(), properties: record }],
    });
    type Violations = { field: string; problems: string[] }[];
    const errors: { message: string; extensions: { code: string; violations?: Violations } }[] = created.errors ?? [];
    return {
      graphql: errors.flatMap((e) => (e.extensions.violations ?? [{ field: '?', problems: [e.message] }]).flatMap((v) => v.problems.map((message) => ({ field: v.field, message })))),
      graphqlCode: errors[0]?.extensions.code,
      importRecords: (imported.errors?.[0]?.extensions.problems ?? []).map((p: { field: string; message: string }) => ({ field: p.field, message: p.message })),
      csv: await csvProblems(label, record),
    };
  }

  beforeAll(async () => {
    api = await startSeededApi({ auth: { secret: SECRET } });
    admin = await mintToken(SECRET, { role: 'ADMIN', subject: 'rules', ttl: '10m' });
  });
  afterAll(() => api.close());

  it.each(CASES.map(([label, bad, field, message]) => [`${label} ${Object.keys(bad).join(', ')}`, label, bad, field, message] as const))(
    'refuses a bad %s alike everywhere',
    async (_name, label, bad, field, message) => {
      const unique = GOOD[label]!.id === 'ng' || label === 'Cluster' ? {} : { id: `${GOOD[label]!.id}-${++seq}` };
      const record = { ...GOOD[label], ...unique, ...bad };
      const found = await verdicts(label, record);
      expect(found).toEqual({ graphql: [{ field, message }], graphqlCode: 'BAD_USER_INPUT', importRecords: [{ field, message }], csv: [message] });
    },
  );

  it('accepts a good record of each label on every path', async () => {
    for (const [label, good] of Object.entries(GOOD) as [Label, Record_][]) {
      // A CSV of one label is read on its own; the API already holds Nigeria and the clusters.
      expect(await csvProblems(label, good)).toEqual([]);
      if (label === 'Country' || label === 'Cluster') continue;
      const found = await verdicts(label, { ...good, id: `${good.id}-good` });
      expect({ label, ...found }).toEqual({ label, graphql: [], graphqlCode: undefined, importRecords: [], csv: [] });
    }
  });

  it('refuses a relationship property alike: link, importRecords and a CSV relationship file', async () => {
    const message = 'since must be 1900 to 2100 (got 1850)';
    const linked = await gql('mutation($input: LinkInput!) { link(input: $input) { created } }', {
      input: { type: 'WORKS_AT', from: 'Practitioner:lagos-01', to: 'Institution:giz', since: 1850 },
    });
    expect(linked.errors[0]).toMatchObject({ message: `${message}.`, extensions: { code: 'BAD_USER_INPUT' } });
    const imported = await gql('mutation($r: [RelationshipRecordInput!]) { importRecords(relationships: $r, dryRun: true) { relationships } }', {
      r: [{ type: 'WORKS_AT', from: 'Practitioner:lagos-01', to: 'Institution:giz', properties: { since: 1850 } }],
    });
    expect(imported.errors[0].extensions.problems.map((p: { message: string }) => p.message)).toEqual([message]);
    const dir = writeFiles(tmpDir(), {
      'nodes/Practitioner.csv': 'id:ID(Practitioner),name\np1,Ada\n',
      'nodes/Institution.csv': 'id:ID(Institution),name,kind\ngiz,GIZ,DEVELOPMENT_AGENCY\n',
      'relationships/WORKS_AT.csv': ':START_ID(Practitioner),:END_ID(Institution),since:int\np1,giz,1850\n',
    });
    await expect(readDataset(dir)).rejects.toThrow(`${path.join('relationships', 'WORKS_AT.csv')}:2: ${message}`);
  });
});
