/**
 * Strava's application rate limits, as its response headers report them: `X-RateLimit-Limit`/`-Usage` (overall)
 * and `X-ReadRateLimit-Limit`/`-Usage` (reads, i.e. everything we call), each "15-minute,daily". The 15-minute
 * window resets at :00, :15, :30 and :45; the daily one at midnight UTC. We slow down before the limit and, once
 * there, wait for the window to reset instead of calling.
 */

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

/** Defaults from Strava's documentation, used until the first response tells us the application's own. */
export const DEFAULT_LIMITS = { overall: [200, 2000], read: [100, 1000] } as const;

export interface RateSnapshot {
  overall: { limit: [number, number]; usage: [number, number] };
  read: { limit: [number, number]; usage: [number, number] };
  /** When the usage was observed (ms). */
  at: number;
}

/** One of Strava's budgets as a share of its limit: window `15min` or `daily`, kind `overall` or `read`. */
export interface RateUsage {
  window: '15min' | 'daily';
  kind: 'overall' | 'read';
  /** usage ÷ limit (1 or more: the budget is spent). */
  ratio: number;
}

export type Gate = { ok: true; delayMs: number } | { ok: false; retryAt: number };

export function nextQuarter(nowMs: number): number {
  return Math.floor(nowMs / QUARTER_MS) * QUARTER_MS + QUARTER_MS;
}

export function nextUtcMidnight(nowMs: number): number {
  return Math.floor(nowMs / DAY_MS) * DAY_MS + DAY_MS;
}

function pair(value: string | null): [number, number] | null {
  if (!value) return null;
  const parts = value.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2 || parts.some((p) => !Number.isFinite(p) || p < 0)) return null;
  return [parts[0] as number, parts[1] as number];
}

export class RateLimiter {
  private snap: RateSnapshot = {
    overall: { limit: [...DEFAULT_LIMITS.overall], usage: [0, 0] },
    read: { limit: [...DEFAULT_LIMITS.read], usage: [0, 0] },
    at: 0,
  };

  /** Start slowing down at this share of the 15-minute budget. */
  constructor(private readonly slowAt = 0.8) {}

  observe(headers: Headers, nowMs: number): void {
    const overallLimit = pair(headers.get('x-ratelimit-limit'));
    const overallUsage = pair(headers.get('x-ratelimit-usage'));
    const readLimit = pair(headers.get('x-readratelimit-limit'));
    const readUsage = pair(headers.get('x-readratelimit-usage'));
    if (!overallUsage && !readUsage) return;
    if (overallLimit) this.snap.overall.limit = overallLimit;
    if (readLimit) this.snap.read.limit = readLimit;
    if (overallUsage) this.snap.overall.usage = overallUsage;
    if (readUsage) this.snap.read.usage = readUsage;
    this.snap.at = nowMs;
  }

  snapshot(): RateSnapshot {
    return structuredClone(this.snap);
  }

  /** When the next window opens after a 429 (the daily one if that is what ran out). */
  retryAfter429(nowMs: number): number {
    const fresh = this.current(nowMs);
    const dailyOut = [fresh.overall, fresh.read].some((b) => b.usage[1] >= b.limit[1]);
    return dailyOut ? nextUtcMidnight(nowMs) : nextQuarter(nowMs);
  }

  /**
   * Whether to call now. Below `slowAt` of the 15-minute budget: go. Above it: spread what is left over what
   * remains of the window (`delayMs` before calling). At the limit: wait for the window (`retryAt`).
   */
  gate(nowMs: number): Gate {
    const fresh = this.current(nowMs);
    let delayMs = 0;
    for (const b of [fresh.overall, fresh.read]) {
      if (b.usage[1] >= b.limit[1]) return { ok: false, retryAt: nextUtcMidnight(nowMs) };
      const left = b.limit[0] - b.usage[0];
      if (left <= 1) return { ok: false, retryAt: nextQuarter(nowMs) };
      if (b.usage[0] >= b.limit[0] * this.slowAt) {
        delayMs = Math.max(delayMs, Math.ceil((nextQuarter(nowMs) - nowMs) / left));
      }
    }
    return { ok: true, delayMs };
  }

  /** The largest share (0..1) of a 15-minute budget used so far in the current window. */
  usedShare(nowMs: number): number {
    const fresh = this.current(nowMs);
    return Math.max(...[fresh.overall, fresh.read].map((b) => (b.limit[0] > 0 ? b.usage[0] / b.limit[0] : 1)));
  }

  /**
   * Strava's usage ÷ limit for each window and kind as of `nowMs` (a window that has reset since the last answer
   * reads 0), for runcoach_strava_rate_usage_ratio. A limit of 0 reads as spent.
   */
  usage(nowMs: number): RateUsage[] {
    const fresh = this.current(nowMs);
    const out: RateUsage[] = [];
    for (const kind of ['overall', 'read'] as const) {
      const b = fresh[kind];
      out.push({ window: '15min', kind, ratio: b.limit[0] > 0 ? b.usage[0] / b.limit[0] : 1 });
      out.push({ window: 'daily', kind, ratio: b.limit[1] > 0 ? b.usage[1] / b.limit[1] : 1 });
    }
    return out;
  }

  /** Usage as of `nowMs`: windows that have reset since the observation count from zero. */
  private current(nowMs: number): RateSnapshot {
    const s = this.snapshot();
    const sameQuarter = Math.floor(s.at / QUARTER_MS) === Math.floor(nowMs / QUARTER_MS);
    const sameDay = Math.floor(s.at / DAY_MS) === Math.floor(nowMs / DAY_MS);
    for (const b of [s.overall, s.read]) {
      if (!sameQuarter) b.usage[0] = 0;
      if (!sameDay) b.usage[1] = 0;
    }
    return s;
  }
}
