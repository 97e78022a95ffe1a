/**
 * Strava reads per athlete (issue 15, finding 4). Webhook events are unsigned and athlete ids are public, so anyone
 * can post create events for a linked athlete with made-up activity ids; each used to cost one read from the
 * application's shared budget (100 per 15 minutes), and 110 forged events deferred every other runner's sync.
 *
 * Each athlete gets its own share of a 15-minute window. An athlete whose events point at activities Strava does
 * not have (404) is suspicious for the rest of the window: a smaller share, and only while the application's
 * read usage leaves the reserve for everyone else. Events over budget are not dropped: they wait in the inbox
 * for a later window ("verified late").
 */
import { nextQuarter } from './rate-limit.ts';

/**
 * Reads per athlete per 15-minute window. A runner's own traffic is a create and perhaps an update or two per
 * activity; 12 covers a small batch upload, and a larger one is spread over the next windows, not lost.
 */
export const ATHLETE_READS_PER_WINDOW = 12;
/** After this many unknown activity ids in a window, the athlete's events are suspicious. */
export const SUSPICIOUS_AFTER_NOT_FOUND = 3;
/** A suspicious athlete's reads per window. */
export const SUSPICIOUS_READS_PER_WINDOW = 3;
/** Share of the application's 15-minute read budget kept for athletes with no suspicious traffic. */
export const CLEAN_RESERVE = 0.3;

interface Window {
  quarter: number;
  reads: number;
  notFound: number;
}

export type BudgetGate = { ok: true } | { ok: false; retryAt: number; reason: string };

export class ReadBudget {
  private readonly windows = new Map<number, Window>();

  /** `perWindow`: an athlete's reads per window (default ATHLETE_READS_PER_WINDOW; benches raise it). */
  constructor(private readonly perWindow = ATHLETE_READS_PER_WINDOW) {}

  /**
   * Whether the athlete may read now. `usedShare` is the application's read usage in the current window (0..1),
   * from Strava's own headers.
   */
  gate(athleteId: number, nowMs: number, usedShare: number): BudgetGate {
    const w = this.window(athleteId, nowMs);
    const retryAt = nextQuarter(nowMs);
    const suspicious = w.notFound >= SUSPICIOUS_AFTER_NOT_FOUND;
    const limit = suspicious ? Math.min(SUSPICIOUS_READS_PER_WINDOW, this.perWindow) : this.perWindow;
    if (w.reads >= limit) return { ok: false, retryAt, reason: 'this athlete has used its Strava reads for now' };
    if (suspicious && usedShare >= 1 - CLEAN_RESERVE) {
      return { ok: false, retryAt, reason: 'the rest of the Strava reads are kept for other runners' };
    }
    return { ok: true };
  }

  /** One read made for the athlete; `notFound` when Strava did not have the activity. */
  spent(athleteId: number, nowMs: number, notFound = false): void {
    const w = this.window(athleteId, nowMs);
    w.reads++;
    if (notFound) w.notFound++;
  }

  private window(athleteId: number, nowMs: number): Window {
    const quarter = nextQuarter(nowMs);
    let w = this.windows.get(athleteId);
    if (!w || w.quarter !== quarter) {
      // Old windows are dropped as they are met; the map holds at most one entry per linked athlete.
      w = { quarter, reads: 0, notFound: 0 };
      this.windows.set(athleteId, w);
    }
    return w;
  }
}
