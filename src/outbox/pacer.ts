/**
 * Pacing for bulk sends (design.md, principle 6): a rate limiter for the global rate and a minimum gap per chat.
 * Monotonic time (performance.now), so wall-clock jumps never burst or stall the sender.
 */

/**
 * The global send rate. Two rules, both checked before every send:
 * - a sliding window: the send `limit` sends ago must be at least a second old, so NO 1-second window ever holds
 *   more than `limit` sends, whatever the timers do;
 * - GCRA (the generic cell rate algorithm, ITU-T I.371): sends are spaced `1000 / rate` ms apart with a small
 *   tolerance (`burst` sends), and the theoretical arrival time never lags the clock, so a stall earns no credit
 *   and is never followed by a catch-up burst (a token bucket refills while stalled and then bursts).
 */
export class RateLimiter {
  /** Sends allowed in any 1-second window. */
  readonly limit: number;
  /** Milliseconds between sends at the sustained rate. */
  private readonly interval: number;
  /** How far ahead of the clock the theoretical arrival time may run (the burst tolerance). */
  private readonly tolerance: number;
  /** Theoretical arrival time of the next send (GCRA). */
  private tat: number;
  /** Times of the last `limit` sends, a ring; `head` is the oldest. */
  private readonly sent: Float64Array;
  private head = 0;
  private count = 0;

  /**
   * @param ratePerSec sustained rate, and the cap of every 1-second window
   * @param burst sends that may go back to back: 20 ms' worth (at least 2), so timers firing a little late are caught
   *   up and the rate is kept, while arrivals stay smooth: a Bot API allowing a tenth of a second's worth of
   *   bunching has room left for network jitter (at 50 ms' worth, a loaded machine drew 429s in the bench)
   */
  constructor(
    readonly ratePerSec: number,
    readonly burst = Math.max(2, Math.round(ratePerSec / 50)),
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.limit = Math.max(1, Math.floor(ratePerSec));
    this.interval = 1000 / Math.max(ratePerSec, 1e-3);
    this.tolerance = (Math.max(1, burst) - 1) * this.interval;
    this.sent = new Float64Array(this.limit);
    this.tat = clock();
  }

  /** Milliseconds until a send may go (0: now), taking nothing. */
  waitMs(): number {
    const now = this.clock();
    const gcra = this.tat - this.tolerance - now;
    const window = this.count < this.limit ? 0 : (this.sent[this.head] as number) + 1000 - now;
    return Math.max(0, gcra, window);
  }

  /** Takes a send and returns 0, or returns the milliseconds until one is available (taking nothing). */
  tryTake(): number {
    const wait = this.waitMs();
    if (wait > 0) return Math.max(1, Math.ceil(wait));
    const now = this.clock();
    this.tat = Math.max(this.tat, now) + this.interval;
    this.sent[this.head] = now;
    this.head = (this.head + 1) % this.limit;
    if (this.count < this.limit) this.count++;
    return 0;
  }

  /** After a 429: no burst allowance for the restart, which starts at the sustained rate. */
  empty(): void {
    this.tat = Math.max(this.tat, this.clock() + this.tolerance);
  }
}

/**
 * The most timestamps (ms, ascending) in any half-open 1-second window [t, t + 1000): what Telegram's global limit
 * counts, and what the limiter above keeps at or under the rate (its test and the fan-out bench measure with it).
 */
export function busiestSecond(times: readonly number[]): number {
  let most = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while ((times[hi] as number) - (times[lo] as number) >= 1000) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}

/** At most one send per chat per `intervalMs`. Forgets chats that have been quiet for a while. */
export class ChatSpacing {
  private readonly nextAt = new Map<number, number>();
  private sweepAt = 0;

  constructor(
    readonly intervalMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Milliseconds until the chat may be sent to (0: now). */
  waitFor(chatId: number): number {
    const at = this.nextAt.get(chatId);
    return at === undefined ? 0 : Math.max(0, Math.ceil(at - this.clock()));
  }

  /** Records a send to the chat now. */
  reserve(chatId: number): void {
    const now = this.clock();
    this.nextAt.set(chatId, now + this.intervalMs);
    if (now >= this.sweepAt) {
      for (const [id, at] of this.nextAt) if (at <= now) this.nextAt.delete(id);
      this.sweepAt = now + 10 * this.intervalMs;
    }
  }

  /** Holds the chat back (Telegram said "too many requests" for it). */
  holdUntil(chatId: number, delayMs: number): void {
    this.nextAt.set(chatId, Math.max(this.nextAt.get(chatId) ?? 0, this.clock() + delayMs));
  }
}
