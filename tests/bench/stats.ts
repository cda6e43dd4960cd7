export interface Spread { p50: number; p95: number; max: number; count: number }

/** The nearest-rank percentile of `values` (0 < p <= 100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), count: values.length };
}

/** Milliseconds of a timed async step. */
export async function timed(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}

/** Each field's median over several runs of the same measurement. */
export function medianSpread(runs: readonly Spread[]): Spread {
  const of = (key: keyof Spread) => median(runs.map((r) => r[key]));
  return { p50: of('p50'), p95: of('p95'), max: of('max'), count: of('count') };
}
