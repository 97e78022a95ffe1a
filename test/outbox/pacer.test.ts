import { describe, expect, it } from 'vitest';
import { busiestSecond, ChatSpacing, RateLimiter } from '../../src/outbox/pacer.ts';

/** A deterministic pseudo-random source (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Drive {
  rate: number;
  /** Simulated milliseconds. */
  durationMs: number;
  /** Extra lateness of every timer, 0..jitterMs (a busy event loop). */
  jitterMs?: number;
  /** A stall: nothing is attempted between these two times (a blocked loop, a slow database). */
  stall?: { from: number; to: number };
  seed?: number;
}

/** Drives a limiter with fake time the way the sender does: take, or sleep the answer (plus lateness) and retry. */
function drive({ rate, durationMs, jitterMs = 0, stall, seed = 1 }: Drive): { times: number[]; limiter: RateLimiter } {
  let now = 0;
  const limiter = new RateLimiter(rate, undefined, () => now);
  const random = seeded(seed);
  const times: number[] = [];
  while (now < durationMs) {
    if (stall && now >= stall.from && now < stall.to) {
      now = stall.to;
      continue;
    }
    const wait = limiter.tryTake();
    if (wait === 0) {
      times.push(now);
      continue;
    }
    now += wait + random() * jitterMs;
  }
  return { times, limiter };
}

describe('RateLimiter', () => {
  for (const rate of [25, 100, 200]) {
    it(`never lets a 1-second window hold more than ${rate} sends, with late timers and a stall`, () => {
      const { times } = drive({ rate, durationMs: 20_000, jitterMs: 4, stall: { from: 5_000, to: 7_500 } });
      expect(busiestSecond(times)).toBeLessThanOrEqual(rate);
      // And it is not idle: over the 17.5 s it could send, it reaches at least 95 % of the rate.
      expect(times.length).toBeGreaterThanOrEqual(Math.floor(rate * 17.5 * 0.95));
    });
  }

  it('keeps exactly to the rate with punctual timers', () => {
    const { times } = drive({ rate: 100, durationMs: 10_000 });
    expect(busiestSecond(times)).toBe(100);
    expect(times.length).toBeGreaterThanOrEqual(999);
    expect(times.length).toBeLessThanOrEqual(1001);
  });

  it('does not burst to catch up after a stall', () => {
    const rate = 100;
    const stall = { from: 2_000, to: 5_000 };
    const { times, limiter } = drive({ rate, durationMs: 8_000, stall });
    // In the first 100 ms after the stall: the small burst plus 100 ms at the sustained rate, no more.
    const after = times.filter((t) => t >= stall.to && t < stall.to + 100).length;
    expect(after).toBeLessThanOrEqual(limiter.burst + 10);
    // And every 100 ms window after it keeps to the sustained rate (a token bucket of a second's capacity would
    // send 100 at once here).
    for (let from = stall.to; from < 8_000; from += 100) {
      const n = times.filter((t) => t >= from && t < from + 100).length;
      expect(n).toBeLessThanOrEqual(limiter.burst + 10);
    }
  });

  it('answers how long to wait, and takes nothing while waiting', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 1, () => now);
    expect(limiter.tryTake()).toBe(0);
    expect(limiter.tryTake()).toBe(100);
    expect(limiter.tryTake()).toBe(100);
    now = 99;
    expect(limiter.tryTake()).toBe(1);
    now = 100;
    expect(limiter.tryTake()).toBe(0);
  });

  it('restarts at the sustained rate after a 429 empties it', () => {
    let now = 0;
    const limiter = new RateLimiter(100, 5, () => now);
    now = 10_000;
    limiter.empty();
    let sent = 0;
    while (limiter.tryTake() === 0) sent++;
    expect(sent).toBe(1);
  });

  it('caps a fractional rate to whole sends per second', () => {
    const { times } = drive({ rate: 2.5, durationMs: 10_000, jitterMs: 3 });
    expect(busiestSecond(times)).toBeLessThanOrEqual(2);
  });
});

describe('ChatSpacing', () => {
  it('holds a chat for the interval and frees it after', () => {
    let now = 0;
    const spacing = new ChatSpacing(1100, () => now);
    expect(spacing.waitFor(7)).toBe(0);
    spacing.reserve(7);
    expect(spacing.waitFor(7)).toBe(1100);
    expect(spacing.waitFor(8)).toBe(0);
    now = 1100;
    expect(spacing.waitFor(7)).toBe(0);
    spacing.holdUntil(7, 5000);
    expect(spacing.waitFor(7)).toBe(5000);
  });
});
