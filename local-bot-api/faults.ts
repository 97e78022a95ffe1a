/**
 * What a test can make Telegram do wrong, apart from the wire format: errors and dropped connections queued per
 * method, and Telegram's send limits as token buckets (429 with `retry_after`).
 */
import { ApiError, tooManyRequests } from './errors.ts';
import type { Fault, RateLimits } from './types.ts';

/** The methods limited when `enforceRates` names none: the ones that send a message. */
const DEFAULT_RATED = ['sendMessage', 'sendDocument', 'sendPhoto', 'sendMediaGroup', 'copyMessage', 'forwardMessage'];

type Bucket = { tokens: number; last: number };

/** Faults queued per method ('*' for any), each for a number of calls. */
export class FaultQueue {
  private readonly faults = new Map<string, { fault: Fault | 'drop'; count: number }[]>();

  push(method: string, fault: Fault | 'drop', count: number): void {
    const key = method === '*' ? '*' : method.toLowerCase();
    const list = this.faults.get(key) ?? [];
    list.push({ fault, count });
    this.faults.set(key, list);
  }

  /** The fault for this call, if one is queued (the method's own first, then '*'). */
  take(method: string): Fault | 'drop' | undefined {
    for (const key of [method.toLowerCase(), '*']) {
      const list = this.faults.get(key);
      const head = list?.[0];
      if (!list || !head) continue;
      head.count--;
      if (head.count <= 0) list.shift();
      if (list.length === 0) this.faults.delete(key);
      return head.fault;
    }
    return undefined;
  }
}

/** A queued fault as the error the bot receives. */
export function faultError(fault: Fault): ApiError {
  const parameters: Record<string, unknown> = { ...fault.parameters };
  if (fault.retry_after !== undefined) parameters.retry_after = fault.retry_after;
  return new ApiError(
    fault.error_code,
    fault.description,
    Object.keys(parameters).length ? (parameters as ApiError['parameters']) : undefined,
  );
}

/** Telegram's send limits: a global bucket and one per chat, over the rated methods. */
export class RateLimiter {
  private global: { rate: number; burst: number; bucket: Bucket } | undefined;
  private perChat: { rate: number; burst: number } | undefined;
  private methods = new Set<string>();
  private readonly chats = new Map<number, Bucket>();

  /** `null` turns the limits off. */
  configure(limits: RateLimits | null): void {
    this.chats.clear();
    this.global = undefined;
    this.perChat = undefined;
    this.methods = new Set(limits ? (limits.methods ?? DEFAULT_RATED) : []);
    if (!limits) return;
    if (limits.globalPerSec && limits.globalPerSec > 0) {
      const burst = limits.globalBurst ?? Math.max(1, limits.globalPerSec);
      this.global = { rate: limits.globalPerSec, burst, bucket: { tokens: burst, last: performance.now() } };
    }
    if (limits.perChatPerSec && limits.perChatPerSec > 0) {
      this.perChat = { rate: limits.perChatPerSec, burst: limits.perChatBurst ?? Math.max(1, limits.perChatPerSec) };
    }
  }

  /** Takes a token for this call, or throws 429 with the seconds until one is there. */
  check(method: string, chatId: unknown): void {
    if (!this.methods.has(method)) return;
    const now = performance.now();
    // 2 % slack: a pacer whose timers fire a hair early is not punished.
    const refill = (b: Bucket, rate: number, burst: number) => {
      b.tokens = Math.min(burst, b.tokens + ((now - b.last) / 1000) * rate * 1.02);
      b.last = now;
    };
    let chatBucket: Bucket | undefined;
    if (this.perChat && typeof chatId === 'number') {
      const { rate, burst } = this.perChat;
      chatBucket = this.chats.get(chatId) ?? { tokens: burst, last: now };
      this.chats.set(chatId, chatBucket);
      refill(chatBucket, rate, burst);
      if (chatBucket.tokens < 1) throw tooManyRequests(Math.max(1, Math.ceil((1 - chatBucket.tokens) / rate)));
    }
    if (this.global) {
      const g = this.global;
      refill(g.bucket, g.rate, g.burst);
      if (g.bucket.tokens < 1) throw tooManyRequests(Math.max(1, Math.ceil((1 - g.bucket.tokens) / g.rate)));
      g.bucket.tokens -= 1;
    }
    if (chatBucket) chatBucket.tokens -= 1;
  }
}
