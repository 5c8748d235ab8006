/** The parameters of a statement that answers as of a day (graph/queries/dated.ts): the day, and its year for `since`. */
export function asOfParams(asOf: string): { asOf: string; asOfYear: number } {
  return { asOf, asOfYear: Number(asOf.slice(0, 4)) };
}
