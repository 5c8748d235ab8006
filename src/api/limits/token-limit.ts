// graphql-js 16 writes "more that".
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** graphql-js's own parse error (Apollo's parseOptions.maxTokens) for a document over MAX_TOKENS, as QUERY_TOO_COMPLEX. */
export function tokenLimitError(message: string): { message: string; limit: number } | undefined {
  const match = TOO_MANY_TOKENS.exec(message);
  if (!match) return undefined;
  const limit = Number(match[1]);
  return { message: `The query has more than ${limit} tokens (the limit is ${limit}, set by MAX_TOKENS).`, limit };
}
