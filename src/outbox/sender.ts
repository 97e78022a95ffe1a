/**
 * The outbox sender: drains due rows to Telegram, paced at TELEGRAM_RATE_PER_SEC overall and one message a second
 * per chat (principle 6). It owns retries (no auto-retry plugin on its Api): 429 → pause everything for
 * `retry_after`; 5xx and network errors → back off (the row, and briefly the sender); 403 → the runner blocked the
 * bot: mark them inactive and drop their rows; other 400s → the row fails for good.
 *
 * Rows are claimed with a lease. A crash loses nothing: unsent rows keep their lease, which expires, and the next
 * sender claims them again; only the requests in flight at the crash can be delivered twice.
 */

import type { Api } from 'grammy';
import { GrammyError, HttpError, InputFile } from 'grammy';
import { keyboardOf } from '../bot/send.ts';
import { whileBusy } from '../db/busy.ts';
import type { OutboxRow, Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import { splitHtml, visibleLength } from '../messages/html.ts';
import { ChatSpacing, RateLimiter } from './pacer.ts';
import { fileBytes, type OutboxFile, type OutboxPayload, parsePayload } from './payload.ts';

/** The part of grammY's Api the sender calls. */
export type SendApi = Pick<Api, 'sendMessage' | 'sendPhoto' | 'sendDocument'>;

export interface SenderOptions {
  store: Store;
  api: SendApi;
  log: Logger;
  /** Global cap, messages per second (TELEGRAM_RATE_PER_SEC). */
  ratePerSec: number;
  /** Minimum gap between two sends to one chat; a little over a second, as network jitter can bunch requests. */
  perChatIntervalMs?: number;
  /** Rows claimed at a time (default: four seconds' worth, at least 20). */
  batchSize?: number;
  /** Lease on claimed rows (default: a minute, or longer for long batches). */
  leaseMs?: number;
  /** Requests in the air at once. */
  maxInFlight?: number;
  /** After this many attempts a row failing with 5xx or network errors fails for good. */
  maxAttempts?: number;
  /** How often an idle sender looks for due rows (enqueuers also `wake()` it). */
  idlePollMs?: number;
  /** Wall clock for leases and retry times (ms). Pacing always uses the monotonic clock. */
  wallClock?: () => number;
  /** Told the outcome of every row the sender tried to deliver (runcoach_outbox_sends_total counts them). */
  onAttempt?: (outcome: SendOutcome) => void;
}

/**
 * What became of one attempt to deliver a row: `sent`; `rate_limited` (429, kept for after retry_after); `retry`
 * (5xx or network, kept with backoff); `blocked` (403, the runner's rows dropped); `rejected` (400, failed for
 * good); `failed` (bad payload, too many attempts, an unknown error); `expired` (its time passed unsent, dropped).
 */
export type SendOutcome = 'sent' | 'rate_limited' | 'retry' | 'blocked' | 'rejected' | 'failed' | 'expired';

export interface SenderStats {
  /** Rows delivered. */
  sent: number;
  /** Bot API calls made (a long text may take several). */
  calls: number;
  /** Rows that failed for good (400, too many attempts, bad payload). */
  failed: number;
  /** Rows dropped: runner blocked the bot (403), or the message expired unsent. */
  dropped: number;
  /** 429 answers. */
  rateLimited: number;
  /** 5xx / network errors. */
  transientErrors: number;
  /** Runners found to have blocked the bot. */
  blocked: number;
}

const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

function describe(err: unknown): string {
  if (err instanceof GrammyError) return `${err.error_code}: ${err.description}`;
  if (err instanceof HttpError) return `network: ${String((err.error as Error | undefined)?.message ?? err.message)}`;
  return err instanceof Error ? err.message : String(err);
}

/** Exponential backoff for a row: 2 s, 4 s, 8 s... at most 10 minutes, with ±20 % jitter. */
export function backoffMs(attempts: number): number {
  const base = Math.min(600_000, 1000 * 2 ** Math.max(1, attempts));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export class OutboxSender {
  readonly stats: SenderStats = {
    sent: 0,
    calls: 0,
    failed: 0,
    dropped: 0,
    rateLimited: 0,
    transientErrors: 0,
    blocked: 0,
  };
  private readonly store: Store;
  private readonly api: SendApi;
  private readonly log: Logger;
  private readonly limiter: RateLimiter;
  private readonly spacing: ChatSpacing;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly maxInFlight: number;
  private readonly maxAttempts: number;
  private readonly idlePollMs: number;
  private readonly wall: () => number;
  private readonly onAttempt: (outcome: SendOutcome) => void;

  private running = false;
  private killed = false;
  private loopDone: Promise<void> | undefined;
  private queue: OutboxRow[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** Monotonic ms until which nothing is sent (429 retry_after, or a backoff after errors). */
  private pauseUntil = 0;
  private consecutiveFailures = 0;
  private wakeUp: (() => void) | undefined;

  constructor(options: SenderOptions) {
    this.store = options.store;
    this.api = options.api;
    this.log = options.log;
    const rate = Math.max(1, options.ratePerSec);
    this.limiter = new RateLimiter(rate);
    this.spacing = new ChatSpacing(options.perChatIntervalMs ?? 1100);
    // Two seconds of sends a claim, at most 500 rows: a claim of 4 s at 1,000/s (4,000 rows, their payloads and an
    // UPDATE ... IN of 4,000 ids built by drizzle) was the largest single allocation of a 10,000-runner fan-out
    // (issue 18: peak RSS). Claiming more often costs one short transaction a batch.
    this.batchSize = options.batchSize ?? Math.max(20, Math.min(500, Math.ceil(rate * 2)));
    this.leaseMs = options.leaseMs ?? Math.max(60_000, Math.ceil((this.batchSize / rate) * 1000 * 4));
    this.maxInFlight = options.maxInFlight ?? Math.max(8, Math.min(128, Math.ceil(rate / 2)));
    this.maxAttempts = options.maxAttempts ?? 12;
    this.idlePollMs = options.idlePollMs ?? 1000;
    this.wall = options.wallClock ?? Date.now;
    this.onAttempt = options.onAttempt ?? (() => {});
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Requests sent and not yet answered. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Starts draining in the background. */
  start(): void {
    if (this.running || this.killed) return;
    this.running = true;
    this.loopDone = this.loop().catch((err: unknown) => {
      this.log.error({ err }, 'outbox sender stopped by an error');
      this.running = false;
    });
  }

  /** New rows were enqueued: look now rather than at the next poll. */
  wake(): void {
    const w = this.wakeUp;
    this.wakeUp = undefined;
    w?.();
  }

  /** Stops claiming, lets requests in flight finish, and hands unsent claimed rows back (due at once). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loopDone;
    await Promise.allSettled([...this.inFlight]);
    this.release(this.queue.splice(0), this.wall(), 'sender stopped');
  }

  /**
   * Simulates a crash (tests): stops at once and forgets everything. Claimed rows keep their lease; answers to
   * requests in flight are ignored, so those rows are sent again after the lease expires.
   */
  kill(): void {
    this.killed = true;
    this.running = false;
    this.queue = [];
    this.wake();
  }

  /** Runs until the outbox has nothing left to send (or `timeoutMs` passes); true when drained. */
  async drain(timeoutMs = 300_000): Promise<boolean> {
    this.start();
    const deadline = performance.now() + timeoutMs;
    let drained = false;
    while (performance.now() < deadline && this.running) {
      if (this.queue.length === 0 && this.inFlight.size === 0 && this.store.outbox.depth() === 0) {
        drained = true;
        break;
      }
      await sleepFor(20);
    }
    await this.stop();
    return drained || this.store.outbox.depth() === 0;
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(
        () => {
          this.wakeUp = undefined;
          resolve();
        },
        Math.max(1, ms),
      );
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const pause = this.pauseUntil - performance.now();
      if (pause > 0) {
        await this.sleep(pause);
        continue;
      }
      if (this.queue.length === 0) {
        let rows: OutboxRow[];
        try {
          rows = this.store.outbox.claim(this.wall(), this.batchSize, this.leaseMs);
        } catch (err) {
          // A database that stays busy past its timeout: try again shortly rather than stop sending for good.
          this.log.warn({ err }, 'outbox claim failed; retrying');
          await this.sleep(this.idlePollMs);
          continue;
        }
        if (rows.length === 0) {
          const due = this.store.outbox.nextDueAt();
          const wait = due === null ? this.idlePollMs : Math.min(this.idlePollMs, due - this.wall());
          await this.sleep(Math.max(5, wait));
          continue;
        }
        this.queue.push(...rows);
      }
      if (this.inFlight.size >= this.maxInFlight) {
        await Promise.race(this.inFlight);
        continue;
      }
      // The first row whose chat may be sent to now (bulk sends are one row per chat, so nearly always the first).
      let index = -1;
      let soonest = Number.POSITIVE_INFINITY;
      const scan = Math.min(this.queue.length, 2000);
      for (let i = 0; i < scan; i++) {
        const wait = this.spacing.waitFor((this.queue[i] as OutboxRow).chatId);
        if (wait === 0) {
          index = i;
          break;
        }
        soonest = Math.min(soonest, wait);
      }
      if (index < 0) {
        await this.sleep(soonest);
        continue;
      }
      const row = this.queue[index] as OutboxRow;
      // A row held too long (a chat with many messages) goes back before its lease runs out.
      if (row.leaseUntil !== null && row.leaseUntil - this.wall() < 5_000) {
        this.queue.splice(index, 1);
        this.release([row], this.wall(), 'lease about to expire');
        continue;
      }
      const tokenWait = this.limiter.tryTake();
      if (tokenWait > 0) {
        await this.sleep(tokenWait);
        continue;
      }
      this.queue.splice(index, 1);
      this.spacing.reserve(row.chatId);
      const p: Promise<void> = this.deliver(row).finally(() => {
        this.inFlight.delete(p);
      });
      this.inFlight.add(p);
    }
  }

  /** Waits for a global token and the chat's turn (for the second and later parts of one row). */
  private async acquire(chatId: number): Promise<void> {
    for (;;) {
      if (this.killed) throw new Error('sender killed');
      const pause = this.pauseUntil - performance.now();
      if (pause > 0) {
        await sleepFor(pause);
        continue;
      }
      const chatWait = this.spacing.waitFor(chatId);
      if (chatWait > 0) {
        await sleepFor(chatWait);
        continue;
      }
      const tokenWait = this.limiter.tryTake();
      if (tokenWait > 0) {
        await sleepFor(tokenWait);
        continue;
      }
      this.spacing.reserve(chatId);
      return;
    }
  }

  private release(rows: OutboxRow[], atMs: number, why: string): void {
    if (rows.length === 0 || this.killed) return;
    this.store.transaction(() => {
      for (const r of rows) this.store.outbox.retryLater(r.id, atMs, r.lastError ?? why);
    });
  }

  private async deliver(row: OutboxRow): Promise<void> {
    let payload: OutboxPayload;
    try {
      payload = parsePayload(row.payload);
    } catch (err) {
      this.store.outbox.fail(row.id, `bad payload: ${describe(err)}`);
      this.stats.failed++;
      this.onAttempt('failed');
      return;
    }
    if (payload.expiresAt !== undefined && this.wall() > payload.expiresAt) {
      this.store.outbox.fail(row.id, 'expired before it could be sent', 'dropped');
      this.stats.dropped++;
      this.onAttempt('expired');
      return;
    }
    let messageId: number | null;
    try {
      messageId = await this.send(row.chatId, payload);
    } catch (err) {
      if (this.killed) return;
      // Recording the failure may meet a database locked by another process: wait for it without blocking.
      await whileBusy(() => this.onError(row, err), this.busyRetry).catch((e: unknown) =>
        this.log.error({ err: e, outboxId: row.id }, 'could not record a failed send; the lease will retry it'),
      );
      return;
    }
    if (this.killed) return;
    this.consecutiveFailures = 0;
    this.stats.sent++;
    this.onAttempt('sent');
    // The message is out: record it even if another process holds the lock for a while (until the lease ends), so
    // the lease does not expire into a second copy.
    await whileBusy(() => this.store.outbox.markSent(row.id, this.wall(), messageId), this.busyRetry).catch(
      (e: unknown) => this.log.error({ err: e, outboxId: row.id }, 'could not record a sent message'),
    );
  }

  private get busyRetry() {
    return { maxWaitMs: Math.max(1000, this.leaseMs - 5000) };
  }

  private onError(row: OutboxRow, err: unknown): void {
    const why = describe(err);
    const now = this.wall();
    if (err instanceof GrammyError && err.error_code === 429) {
      // Flood control is per bot: everything waits, and starts again gently.
      const seconds = Math.max(1, err.parameters?.retry_after ?? 5);
      this.stats.rateLimited++;
      this.pauseUntil = Math.max(this.pauseUntil, performance.now() + seconds * 1000);
      this.limiter.empty();
      this.spacing.holdUntil(row.chatId, seconds * 1000);
      this.store.outbox.retryLater(row.id, now + seconds * 1000, why);
      this.release(this.queue.splice(0), now + seconds * 1000, 'paused after 429');
      this.log.warn({ retryAfter: seconds, chatId: row.chatId }, 'Telegram flood control: pausing the outbox');
      this.onAttempt('rate_limited');
      return;
    }
    if (err instanceof GrammyError && err.error_code === 403) {
      // The runner blocked the bot (or deleted their account): stop scheduled messages until they come back.
      this.store.users.setActive(row.userId, false);
      const dropped = this.store.outbox.dropForUser(row.userId, why);
      this.queue = this.queue.filter((r) => r.userId !== row.userId);
      this.stats.blocked++;
      this.stats.dropped += Math.max(1, dropped);
      this.log.info({ userId: row.userId }, 'bot blocked by user; marked inactive, scheduled messages dropped');
      this.onAttempt('blocked');
      return;
    }
    if (err instanceof GrammyError && err.error_code === 400) {
      this.store.outbox.fail(row.id, why);
      this.stats.failed++;
      this.onAttempt('rejected');
      this.log.warn({ outboxId: row.id, key: row.key, error: why }, 'outbox message rejected');
      return;
    }
    if (err instanceof GrammyError || err instanceof HttpError) {
      // 5xx, network trouble, or a server that is not quite itself (401/404/409): back off and try again.
      this.stats.transientErrors++;
      this.consecutiveFailures++;
      const pause = Math.min(30_000, 250 * 2 ** Math.min(7, this.consecutiveFailures - 1));
      this.pauseUntil = Math.max(this.pauseUntil, performance.now() + pause);
      if (row.attempts >= this.maxAttempts) {
        this.store.outbox.fail(row.id, `gave up after ${row.attempts} attempts: ${why}`);
        this.stats.failed++;
        this.onAttempt('failed');
        this.log.error({ outboxId: row.id, key: row.key, error: why }, 'outbox message failed for good');
      } else {
        this.store.outbox.retryLater(row.id, now + backoffMs(row.attempts), why);
        this.onAttempt('retry');
      }
      return;
    }
    this.store.outbox.fail(row.id, why);
    this.stats.failed++;
    this.onAttempt('failed');
    this.log.error({ err, outboxId: row.id, key: row.key }, 'outbox message failed');
  }

  /** Sends one payload; returns the id of the last message sent. */
  private async send(chatId: number, p: OutboxPayload): Promise<number | null> {
    const reply_markup = keyboardOf(p.buttons);
    const file = p.photo ?? p.document;
    let first = true;
    const turn = async () => {
      if (!first) await this.acquire(chatId);
      first = false;
      this.stats.calls++;
    };
    if (file) {
      const caption = file.caption ?? p.html;
      const fits = visibleLength(caption) <= 1000;
      await turn();
      const opts = {
        ...(fits && caption ? { caption, parse_mode: 'HTML' as const } : {}),
        ...(fits && reply_markup ? { reply_markup } : {}),
      };
      const input = inputFile(file);
      const sent = p.photo
        ? await this.api.sendPhoto(chatId, input, opts)
        : await this.api.sendDocument(chatId, input, opts);
      if (fits) return sent.message_id;
    }
    const parts = splitHtml(p.html);
    let last: number | null = null;
    for (let i = 0; i < parts.length; i++) {
      await turn();
      const isLast = i === parts.length - 1;
      const sent = await this.api.sendMessage(chatId, parts[i] as string, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(isLast && reply_markup ? { reply_markup } : {}),
      });
      last = sent.message_id;
    }
    return last;
  }
}

function inputFile(f: OutboxFile): InputFile {
  return f.path !== undefined && f.base64 === undefined
    ? new InputFile(f.path, f.filename)
    : new InputFile(fileBytes(f), f.filename);
}
