import { operation } from './operations';

/** GraphQL over HTTP to the server that served the page; an answer with errors throws their messages. */

export class GraphQLRequestError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs the registered operation of that name. */
export async function request<T>(name: string, variables: Record<string, unknown> = {}): Promise<T> {
  const query = operation(name);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLRequestError('The service cannot be reached.');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join(' '), body.errors[0].extensions?.code);
  if (!body.data) throw new GraphQLRequestError(`The service answered ${response.status}.`);
  return body.data;
}
