/**
 * Bounded retries for the bot's own API calls (replies, button answers, edits). grammY's auto-retry plugin
 * retries network errors without end (3 s doubling to an hour), so a runner's chat, whose later updates wait
 * behind the one in hand, stalled for as long as Telegram was unreachable. A reply is worth a few quick tries;
 * after that the update fails (logged) and the chat moves on. Scheduled messages do not come here: the outbox
 * sender has its own Api, retries and pacing (src/outbox/sender.ts).
 */
import { HttpError, type Transformer } from 'grammy';

export interface ReplyRetryOptions {
  /** Tries after the first (default 3). */
  retries?: number;
  /** First pause after a network error or 5xx, doubling (default 250 ms: 250, 500, 1000). */
  firstDelayMs?: number;
  /** A 429 asking for longer than this is not waited for (default 10 s): the runner is better told at once. */
  maxRetryAfterSeconds?: number;
}

/** grammY hands transformers the abort-controller shim's signal type; only these two members are used. */
type Signal = { readonly aborted: boolean; addEventListener(type: 'abort', listener: () => void): void };

const pause = (ms: number, signal?: Signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function replyRetry(options: ReplyRetryOptions = {}): Transformer {
  const retries = options.retries ?? 3;
  const first = options.firstDelayMs ?? 250;
  const maxRetryAfter = options.maxRetryAfterSeconds ?? 10;
  return async (prev, method, payload, signal) => {
    // Long polling has its own retries (@grammyjs/runner): pass it through.
    if (method === 'getUpdates') return prev(method, payload, signal);
    let delay = first;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= retries;
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, signal);
      } catch (err) {
        if (last || !(err instanceof HttpError) || signal?.aborted) throw err;
        await pause(delay, signal);
        delay *= 2;
        continue;
      }
      if (result.ok || last) return result;
      const retryAfter = result.parameters?.retry_after;
      if (result.error_code === 429 && typeof retryAfter === 'number' && retryAfter <= maxRetryAfter) {
        await pause(retryAfter * 1000, signal);
        continue;
      }
      if (result.error_code >= 500) {
        await pause(delay, signal);
        delay *= 2;
        continue;
      }
      return result;
    }
  };
}
