/** Shared shape of benchmark results: every bench module exports `run(): Promise<BenchResult[]>`. */
export interface BenchResult {
  /** Which suite, e.g. "plan", "updates", "webhook". */
  suite: string;
  /** What was measured, e.g. "18-week marathon plan, median". */
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "< 2 ms". */
  target?: string;
  /** Whether the target was met, when there is one. */
  ok?: boolean;
}

/** Median and p99 of a list of samples (milliseconds or any unit). */
export function percentiles(samples: number[]): { median: number; p99: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { median: at(0.5), p99: at(0.99), mean };
}

/** Times fn in milliseconds with process.hrtime. */
export function timeMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
