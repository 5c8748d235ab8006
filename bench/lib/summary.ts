/** Latency percentiles of a list of milliseconds (nearest rank), rounded for a report. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function latency(ms: readonly number[], seconds: number): Latency {
  return {
    p50: round(percentile(ms, 0.5)),
    p95: round(percentile(ms, 0.95)),
    p99: round(percentile(ms, 0.99)),
    rps: round(ms.length / seconds, 0),
  };
}
