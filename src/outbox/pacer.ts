/**
 * Pacing for bulk sends (design.md, principle 6): a token bucket for the global rate and a minimum gap per chat.
 * Monotonic time (performance.now), so wall-clock jumps never burst or stall the sender.
 */

export class TokenBucket {
  private tokens: number;
  private last: number;

  /**
   * @param ratePerSec sustained rate
   * @param capacity the largest burst; small (a tenth of a second's worth) so sends stay smooth
   */
  constructor(
    readonly ratePerSec: number,
    readonly capacity = Math.max(1, Math.floor(ratePerSec / 10)),
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = clock();
  }

  private refill(): void {
    const now = this.clock();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSec);
    this.last = now;
  }

  /** Takes a token and returns 0, or returns the milliseconds until one is available (taking nothing). */
  tryTake(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.ratePerSec) * 1000);
  }

  /** After a 429: start again from an empty bucket so the restart is gentle. */
  empty(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }
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
