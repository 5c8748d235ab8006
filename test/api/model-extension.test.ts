import { defineFilters, extendLinks, extendModel, inn, link, out, path, rel, type Label, type RelationshipType } from '../../src/domain';

/**
 * A label and a relationship type added to the model reach the whole API with no other change:
 * the schema, the catalogue, the rule book and the store's indexes are all built from the model.
 * The model is extended before anything else of the service is loaded (jest gives each test file
 * a module registry of its own, so this extended model lives in this file only).
 */
const Project = 'Project' as Label;
const RUN_BY = 'RUN_BY' as RelationshipType;

extendModel({
  labels: [
    {
      label: Project,
      description: 'A change project run by an institution.',
      nameProperty: 'name',
      exampleId: 'clean-rivers',
      idDescription: 'The key, unique among projects, e.g. "clean-rivers".',
      properties: [
        { name: 'name', type: 'string', required: true, maxLength: 300, description: 'Name of the project, e.g. "Clean rivers".' },
        { name: 'budget', type: 'int', min: 0, description: 'Budget in euros, e.g. 250000.' },
      ],
    },
  ],
  relationshipTypes: ['RUN_BY'],
  relationships: [rel(RUN_BY, Project, 'Institution', [{ name: 'since', type: 'int', min: 1900, max: 2100, description: 'Year it began.' }])],
});
defineFilters(Project, [
  { kind: 'text', name: 'nameContains', description: 'Only projects whose name contains every word of this text.' },
  { kind: 'node', name: 'institution', path: path(Project, [RUN_BY, 'Institution']), description: 'Only projects run by this institution.' },
]);
extendLinks({
  projectRunBy: link(Project, 'runBy', 'one', [out(RUN_BY, 'Institution')], 'The institution that runs the project.'),
  institutionProjects: link('Institution', 'projects', 'many', [inn(RUN_BY, Project)], 'Projects the institution runs.'),
});

describe('a label and a relationship type added to the model', () => {
  const SECRET = 'extension-test-secret-of-at-least-32-chars';
  let url: string;
  let editor: string;
  let close: () => Promise<void>;

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
    return { data: body.data, errors: body.errors };
  }

  beforeAll(async () => {
    // Loaded now, after the model was extended.
    const { memoryStore } = require('../helpers/graph') as typeof import('../helpers/graph');
    const { startServer } = require('../../src/server/app') as typeof import('../../src/server/app');
    const { mintToken } = require('../../src/server/auth/mint-token') as typeof import('../../src/server/auth/mint-token');
    const store = await memoryStore();
    const server = await startServer({ port: 0, host: '127.0.0.1', nodeEnv: 'production', loaderBatching: true, auth: { secret: SECRET } }, store);
    url = server.url;
    editor = await mintToken(SECRET, { role: 'EDITOR', subject: 'extension', ttl: '10m' });
    close = async () => {
      await server.close();
      await store.close();
    };
  });
  afterAll(() => close());

  it('creates, looks up, lists with a filter, fetches by global id, links and follows the link both ways, over HTTP', async () => {
    expect((await gql('mutation { createInstitution(input: { id: "river-agency", name: "River Agency", kind: DEVELOPMENT_AGENCY }) { id } }')).data).toEqual({ createInstitution: { id: 'Institution:river-agency' } });
    const created = await gql('mutation($input: ProjectInput!) { createProject(input: $input) { id key name budget version } }', { input: { id: 'clean-rivers', name: 'Clean Rivers', budget: 250000 } });
    expect(created).toEqual({ data: { createProject: { id: 'Project:clean-rivers', key: 'clean-rivers', name: 'Clean Rivers', budget: 250000, version: 1 } }, errors: undefined });
    // The rule book holds for it as for any label.
    const refused = await gql('mutation { createProject(input: { id: "bad", name: "Bad", budget: -5 }) { id } }');
    expect(refused.errors![0]).toMatchObject({ message: 'Invalid input: budget must be at least 0 (got -5).', extensions: { code: 'BAD_USER_INPUT' } });

    expect((await gql('{ byId: project(id: "clean-rivers") { key } byName: project(id: "clean rivers") { key } }')).data).toEqual({ byId: { key: 'clean-rivers' }, byName: { key: 'clean-rivers' } });
    expect((await gql('{ projects(filter: { nameContains: "RIVERS" }) { totalCount nodes { key } } }')).data).toEqual({ projects: { totalCount: 1, nodes: [{ key: 'clean-rivers' }] } });
    expect((await gql('{ node(id: "Project:clean-rivers") { id ... on Project { name } } }')).data).toEqual({ node: { id: 'Project:clean-rivers', name: 'Clean Rivers' } });

    const linked = await gql('mutation { link(input: { type: RUN_BY, from: "Project:clean-rivers", to: "Institution:river-agency", since: 2020 }) { created } }');
    expect(linked.data).toEqual({ link: { created: true } });
    const both = await gql(`{
      project(id: "clean-rivers") { runBy { key } }
      institution(id: "River Agency") { projects { totalCount nodes { key } } }
      projects(filter: { institution: "river agency" }) { nodes { key } }
    }`);
    expect(both).toEqual({
      data: {
        project: { runBy: { key: 'river-agency' } },
        institution: { projects: { totalCount: 1, nodes: [{ key: 'clean-rivers' }] } },
        projects: { nodes: [{ key: 'clean-rivers' }] },
      },
      errors: undefined,
    });
  });
});
