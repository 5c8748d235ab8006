import pino from 'pino';
import { GraphQLError } from 'graphql';
import { errorLogPlugin } from '../../src/api/plugins/error-log';
import { ApiError, formatError } from '../../src/api/errors';
import { GraphUnavailableError } from '../../src/graph/errors';

/** What the operator sees of errors the client only sees masked. */
function capture() {
  const lines: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, plugin: errorLogPlugin(logger) };
}

async function report(plugin: ReturnType<typeof errorLogPlugin>, errors: GraphQLError[]) {
  const hooks = await plugin.requestDidStart!({} as never);
  await hooks!.didEncounterErrors!({ errors, operationName: 'Op' } as never);
}

const resolverError = (original: Error) => new GraphQLError(original.message, { path: ['city', 'name'], originalError: original });

describe('error log and masking', () => {
  it('logs an unexpected error with its stack while the client sees INTERNAL_SERVER_ERROR', async () => {
    const { lines, plugin } = capture();
    const error = resolverError(new Error('statement lookup.byKeys:City: MATCH (n:City) exploded'));
    await report(plugin, [error]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, operationName: 'Op', path: 'city.name', err: { message: expect.stringContaining('exploded'), stack: expect.any(String) } });
    expect(formatError({ message: error.message }, error)).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('warns about a lost store, and stays quiet about the client\'s own mistakes', async () => {
    const { lines, plugin } = capture();
    await report(plugin, [
      resolverError(new GraphUnavailableError('connection refused')),
      resolverError(new ApiError('NOT_FOUND', 'There is no City with the id "x".')),
      new GraphQLError('Cannot query field "weight"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[40, 'graph store unavailable']]);
  });
});
