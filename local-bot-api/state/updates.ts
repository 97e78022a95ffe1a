/**
 * The updates waiting for the bot: a queue fetched with getUpdates (long polls included, confirmed by `offset`), or,
 * while a webhook is set, delivered by POST, one update per chat at a time, retried with backoff when the bot's
 * server fails. Which kinds are kept follows `allowed_updates` as Telegram does.
 */
import type { Update } from 'grammy/types';
import { ApiError, conflict } from '../errors.ts';
import type { Stats, WebhookInfoState } from '../types.ts';

const DEFAULT_ALLOWED = new Set(['message_reaction', 'message_reaction_count', 'chat_member']);

type Waiter = { limit: number; resolve: (r: Update[] | ApiError) => void; timer: NodeJS.Timeout | undefined };

/** Posts an update to the bot's webhook; resolves true when the bot accepted it. */
export type WebhookDelivery = (hook: WebhookInfoState, update: Update) => Promise<boolean>;

export class UpdateQueue {
  private nextUpdateId = 10_000;
  private readonly queue: Update[] = [];
  private queueHead = 0;
  private waiter: Waiter | undefined;
  private wakeScheduled = false;
  private allowedUpdates: Set<string> | undefined; // undefined: Telegram's default
  private hook: WebhookInfoState | undefined;
  private readonly webhookQueue: Update[] = [];
  private readonly webhookBusyChats = new Set<number>();
  private webhookInFlight = 0;
  private webhookFailures = 0;
  private webhookTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly counters: Stats,
    private readonly webhookRetryMs: number,
    /** Called with every kept update (the `update` event). */
    private readonly onUpdate: (update: Update) => void,
    private readonly deliver: WebhookDelivery,
  ) {}

  /** The next update_id. */
  nextId(): number {
    return this.nextUpdateId++;
  }

  /** Updates waiting to be fetched or delivered. */
  get pending(): number {
    return this.queue.length - this.queueHead + this.webhookQueue.length + this.webhookInFlight;
  }

  /** True while a getUpdates long poll is waiting (the bot is polling and idle). */
  get isPolling(): boolean {
    return this.waiter !== undefined;
  }

  get webhook(): WebhookInfoState | undefined {
    return this.hook;
  }

  enqueue(update: Update): void {
    this.counters.updatesEnqueued++;
    const kind = Object.keys(update).find((k) => k !== 'update_id') ?? 'message';
    const allowed = this.hook?.allowedUpdates ? new Set(this.hook.allowedUpdates) : this.allowedUpdates;
    if (allowed ? !allowed.has(kind) : DEFAULT_ALLOWED.has(kind)) return; // Telegram does not keep them
    this.onUpdate(update);
    if (this.hook) {
      this.webhookQueue.push(update);
      this.pumpWebhook();
      return;
    }
    this.queue.push(update);
    if (this.waiter && !this.wakeScheduled) {
      this.wakeScheduled = true;
      setImmediate(() => {
        this.wakeScheduled = false;
        const w = this.waiter;
        if (!w || this.queue.length === this.queueHead) return;
        this.waiter = undefined;
        if (w.timer) clearTimeout(w.timer);
        w.resolve(this.take(w.limit));
      });
    }
  }

  /**
   * getUpdates: confirms up to `offset`, then answers at once when updates wait (or `timeout` is 0), else holds the
   * poll until one comes or the timeout ends. A second poll ends the first with 409, as Telegram does.
   */
  poll(
    opts: { limit: number; timeout: number; offset: number | undefined; allowed: unknown },
    onClose: ((forget: () => void) => void) | undefined,
  ): Update[] | Promise<Update[]> {
    this.refuseWhileWebhook();
    const { limit, timeout } = opts;
    if (Array.isArray(opts.allowed)) this.allowedUpdates = opts.allowed.length ? new Set(opts.allowed) : undefined;
    this.confirm(opts.offset);
    if (this.waiter) {
      const old = this.waiter;
      this.waiter = undefined;
      if (old.timer) clearTimeout(old.timer);
      old.resolve(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
    }
    if (this.queue.length > this.queueHead || timeout === 0) return this.take(limit);
    return new Promise<Update[]>((resolve, reject) => {
      const waiter: Waiter = {
        limit,
        timer: undefined,
        resolve: (r) => (r instanceof ApiError ? reject(r) : resolve(r)),
      };
      waiter.timer = setTimeout(() => {
        if (this.waiter === waiter) this.waiter = undefined;
        resolve(this.take(limit));
      }, timeout * 1000);
      this.waiter = waiter;
      // The poller went away (aborted fetch, bot.stop()): forget it so it does not swallow a batch.
      onClose?.(() => {
        if (this.waiter !== waiter) return;
        this.waiter = undefined;
        clearTimeout(waiter.timer);
        resolve([]);
      });
    });
  }

  /** getUpdates is refused while a webhook is set (409), before its parameters are read. */
  refuseWhileWebhook(): void {
    if (this.hook) {
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
  }

  /** setWebhook: later updates (and, unless dropped, those waiting) go to `hook`. */
  setWebhook(hook: WebhookInfoState, dropPending: boolean): void {
    this.hook = hook;
    this.endPoll(conflict('terminated by setWebhook request'));
    const pending = this.queue.splice(this.queueHead);
    this.queue.length = 0;
    this.queueHead = 0;
    if (!dropPending) this.webhookQueue.push(...pending);
    else this.webhookQueue.length = 0;
    this.webhookFailures = 0;
    this.pumpWebhook();
  }

  /** deleteWebhook: updates wait for getUpdates again (or are dropped). */
  deleteWebhook(dropPending: boolean): void {
    const hadHook = this.hook !== undefined;
    this.hook = undefined;
    if (this.webhookTimer) {
      clearTimeout(this.webhookTimer);
      this.webhookTimer = undefined;
    }
    if (dropPending) {
      this.queue.length = 0;
      this.queueHead = 0;
      this.webhookQueue.length = 0;
    } else if (hadHook) {
      this.queue.push(...this.webhookQueue.splice(0));
    }
  }

  /** Ends a waiting long poll with no updates and stops retrying the webhook (server stop). */
  stop(): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      if (w.timer) clearTimeout(w.timer);
      w.resolve([]);
    }
    if (this.webhookTimer) clearTimeout(this.webhookTimer);
  }

  private endPoll(error: ApiError): void {
    if (!this.waiter) return;
    const w = this.waiter;
    this.waiter = undefined;
    if (w.timer) clearTimeout(w.timer);
    w.resolve(error);
  }

  private take(limit: number): Update[] {
    const end = Math.min(this.queue.length, this.queueHead + limit);
    const batch = this.queue.slice(this.queueHead, end);
    this.counters.updatesDelivered += batch.length;
    return batch;
  }

  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) {
      this.queueHead = Math.max(this.queueHead, this.queue.length + offset);
    } else {
      while (this.queueHead < this.queue.length && this.queue[this.queueHead]!.update_id < offset) this.queueHead++;
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
  }

  private pumpWebhook(): void {
    const hook = this.hook;
    if (!hook || this.webhookTimer) return;
    for (let i = 0; i < this.webhookQueue.length && this.webhookInFlight < hook.maxConnections; ) {
      const update = this.webhookQueue[i]!;
      const chat = updateChatId(update);
      if (chat !== undefined && this.webhookBusyChats.has(chat)) {
        i++;
        continue;
      }
      this.webhookQueue.splice(i, 1);
      if (chat !== undefined) this.webhookBusyChats.add(chat);
      this.webhookInFlight++;
      void this.deliver(hook, update).then((ok) => {
        this.webhookInFlight--;
        if (chat !== undefined) this.webhookBusyChats.delete(chat);
        if (ok) {
          this.webhookFailures = 0;
          this.counters.updatesDelivered++;
        } else if (this.hook === hook) {
          this.webhookQueue.unshift(update);
          this.webhookFailures++;
          const delay = Math.min(5000, this.webhookRetryMs * 2 ** (this.webhookFailures - 1));
          this.webhookTimer ??= setTimeout(() => {
            this.webhookTimer = undefined;
            this.pumpWebhook();
          }, delay);
          return;
        } else {
          this.queue.push(update); // webhook removed meanwhile: keep it for getUpdates
        }
        this.pumpWebhook();
      });
    }
  }
}

function updateChatId(u: Update): number | undefined {
  return (
    u.message?.chat.id ?? u.edited_message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.callback_query?.from.id
  );
}
