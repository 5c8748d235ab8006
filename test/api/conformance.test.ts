import { serverAudits } from 'graphql-http';
import { startSeededApi, type SeededApi } from '../helpers/api';

/**
 * The GraphQL over HTTP specification's audits (graphql-http's `serverAudits`) against the
 * started server. Every MUST passes; the SHOULD warnings are the ones the README lists with why.
 */
describe('GraphQL over HTTP: graphql-http server audits', () => {
  let api: SeededApi;
  const results: { id: string; name: string; status: string; reason?: string }[] = [];

  beforeAll(async () => {
    api = await startSeededApi();
    for (const audit of serverAudits({ url: () => api.server.url, fetchFn: fetch })) {
      const result = await audit.fn();
      results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.status === 'ok' ? undefined : result.reason });
    }
  });
  afterAll(async () => {
    await api.close();
  });

  it('runs the whole suite', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('passes every MUST audit', () => {
    const must = results.filter((r) => r.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThanOrEqual(13);
    expect(must.filter((r) => r.status !== 'ok')).toEqual([]);
  });

  it('warns on exactly the SHOULDs the README explains (status 400, not 200, for bad documents under application/json)', () => {
    expect(results.filter((r) => r.status === 'warn' || r.status === 'error').map((r) => `${r.id} ${r.name}`)).toEqual([
      '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
      'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
      '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
