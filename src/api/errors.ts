import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describeViolations, type Violation } from '../domain';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphStorageFullError, GraphTimeoutError, GraphUnavailableError } from '../graph/errors';
import { ENUM_VALUES } from './types/enums';
import { tokenLimitError } from './limits/token-limit';

/** Codes a client can act on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'QUERY_TOO_COMPLEX'
  | 'GRAPH_UNAVAILABLE'
  | 'TIMEOUT'
  | 'RATE_LIMITED'
  | 'STORAGE_FULL'
  | 'INTERNAL_SERVER_ERROR';

/** The one base of the errors the API raises on purpose; their message reaches the client. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/**
 * The refusal of an input that breaks the rule book: every violation in the message, and by
 * field in `violations` (a field may break several rules).
 */
export function invalidInput(violations: readonly Violation[], argument = 'input'): ApiError {
  const fields = [...new Set(violations.map((v) => v.field))];
  return new ApiError('BAD_USER_INPUT', `Invalid ${argument}: ${describeViolations(violations)}.`, {
    argument,
    violations: fields.map((field) => ({ field, problems: violations.filter((v) => v.field === field).map((v) => v.message) })),
  });
}

/** Codes Apollo and graphql-js assign themselves to request errors (parse, validation, variables). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Validation errors about an argument's value (not the document's shape): the caller's input is wrong. */
const BAD_VALUE = /^(Expected value of type|Expected type|Value is not a valid|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field ".*" of required type)/;

const ENUM_MISMATCH = /(?:in "(\w+)" enum|Enum "(\w+)" cannot represent)/;

/**
 * graphql-js reports an unknown enum value as a validation error (in the document) or a
 * variable error, without the allowed values; both become BAD_USER_INPUT that lists them.
 */
function enumValueError(message: string): { message: string } | undefined {
  const match = ENUM_MISMATCH.exec(message);
  const values = match && ENUM_VALUES[match[1] ?? match[2]];
  if (!values) return undefined;
  const core = message.replace(/ Did you mean .*$/, '');
  return { message: `${core} Allowed values: ${values.join(', ')}.` };
}

const VARIABLE_VALUE = /^Variable "\$(\w+)" got invalid value (.+?)(?: at "([^"]+)")?; ([\s\S]*)$/;

/**
 * A variable whose value its type refuses (an unknown enum value, a date that is no day), in the
 * rule book's words with the field it is about, as the writes' own checks answer: the same value
 * gets the same refusal however it reached us.
 */
function variableValueError(message: string): { message: string; extensions: Record<string, unknown> } | undefined {
  const match = VARIABLE_VALUE.exec(message);
  // A field of an input object is what the rule book speaks of; a bare variable keeps graphql-js's words.
  if (!match?.[3]?.includes('.')) return undefined;
  const [, , value, path, text] = match;
  // graphql-js puts a scalar's own refusal after 'Expected type "LocalDate". '.
  const reason = text.replace(/^Expected type "\w+"\. /, '');
  const enumName = ENUM_MISMATCH.exec(reason);
  const values = enumName && ENUM_VALUES[enumName[1] ?? enumName[2]];
  const rule = values ? `must be one of ${values.join(', ')} (got ${value})` : reason.startsWith('must be ') ? reason : undefined;
  if (!rule) return undefined;
  const segments = path.split('.');
  const field = segments[segments.length - 1].replace(/\[\d+\]$/, '');
  const problem = `${field} ${rule}`;
  return { message: `Invalid ${segments[0]}: ${problem}.`, extensions: { code: 'BAD_USER_INPUT', argument: segments[0], violations: [{ field, problems: [problem] }] } };
}

/** Our error inside Apollo's wrapper of a validation error (a limit reported by a validation rule). */
function apiErrorOf(error: unknown): ApiError | undefined {
  const inner = (error as GraphQLError)?.originalError;
  return inner instanceof ApiError ? inner : undefined;
}

/** Errors the client caused or can act on: they answer with their code and need no log line. */
export function isExpectedError(error: unknown): boolean {
  const original = apiErrorOf(error) ?? unwrapResolverError(error);
  if (original instanceof ApiError) return true;
  const code = (error as GraphQLError)?.extensions?.code;
  return original === error && typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
}

/**
 * Apollo's formatError: known errors pass with their code; a lost store becomes
 * GRAPH_UNAVAILABLE, a full disk STORAGE_FULL, a read over its time TIMEOUT; everything else is masked so no stack, Cypher or engine text leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = apiErrorOf(error) ?? unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ApiError) {
    // `http` tells Apollo the status of a context error; it is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (original instanceof GraphUnavailableError) {
    return { ...base, message: 'The graph store is unavailable; try again shortly.', extensions: { code: 'GRAPH_UNAVAILABLE' } };
  }
  if (original instanceof GraphStorageFullError) {
    return { ...base, message: 'The disk under the graph store is full: nothing was written. Try again once the operator has made room.', extensions: { code: 'STORAGE_FULL' } };
  }
  if (original instanceof GraphTimeoutError) {
    const message = `The graph store took longer than ${original.timeoutMs} ms (STATEMENT_TIMEOUT_MS) to answer; ask for less, or try again.`;
    return { ...base, message, extensions: { code: 'TIMEOUT', timeoutMs: original.timeoutMs } };
  }
  const code = formatted.extensions?.code;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : undefined;
  if (tokens) return { ...base, message: tokens.message, extensions: { code: 'QUERY_TOO_COMPLEX', limit: tokens.limit } };
  const valueError = code === 'BAD_USER_INPUT' ? variableValueError(formatted.message) : undefined;
  if (valueError) return { ...base, ...valueError };
  const enumError = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' ? enumValueError(formatted.message) : undefined;
  if (enumError) return { ...base, ...enumError, extensions: { code: 'BAD_USER_INPUT' } };
  if (code === 'GRAPHQL_VALIDATION_FAILED' && BAD_VALUE.test(formatted.message)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
