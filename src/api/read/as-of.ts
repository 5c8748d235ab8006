/** The parameters of a statement that answers as of a day (graph/queries/dated.ts): the day, and its year for `since`. */
export function asOfParams(asOf: string): { asOf: string; asOfYear: number } {
  return { asOf, asOfYear: Number(asOf.slice(0, 4)) };
}

/** The day's parameters a statement declares (one dated only by days takes no year); none without a day. */
export function asOfParamsOf(stmt: { params: readonly string[] }, asOf: string | null | undefined): Partial<ReturnType<typeof asOfParams>> {
  if (!asOf) return {};
  return Object.fromEntries(Object.entries(asOfParams(asOf)).filter(([name]) => stmt.params.includes(name)));
}
