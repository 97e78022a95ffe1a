/**
 * The common walk of the scheduled jobs: due runners in batches (from the users_next_* indexes); for each, the
 * slot in its catch-up window, the messages (if any), then the next due instant, written in one transaction with
 * the outbox rows so a crash leaves either both or neither.
 */
import type { OutgoingMessage } from '../coach/types.ts';
import type { User } from '../db/store/index.ts';
import { enqueueRows, outboxRows } from '../outbox/payload.ts';
import { type JobContext, type JobOutcome, yieldToLoop } from './context.ts';
import { dueSlot, localInstant, NEXT_COLUMN, nextSlot, type ScheduleKind, type Slot, shiftDate } from './schedule.ts';

export interface Composed {
  messages: OutgoingMessage[];
}

/** End of the runner's local day `date`, as an instant (ms). */
export function endOfLocalDay(user: Pick<User, 'timezone'>, date: string): number {
  return localInstant(shiftDate(date, 1), '00:00', user.timezone);
}

/** The next instant, never in the past (a broken time zone must not keep a runner due forever). */
function nextAfter(user: User, kind: ScheduleKind, nowMs: number): number {
  try {
    const at = nextSlot(user, kind, nowMs).at;
    if (Number.isFinite(at) && at > nowMs) return at;
  } catch {
    // fall through
  }
  return nowMs + 86_400_000;
}

export interface FanoutSpec {
  kind: ScheduleKind;
  /** The messages for one runner's slot; null or [] sends nothing (no plan, nothing to ask...). */
  compose(user: User, slot: Slot): OutgoingMessage[] | null | Promise<OutgoingMessage[] | null>;
  /** Until when (the job's clock, ms) the message is worth sending. */
  expiresAt(user: User, slot: Slot): number;
  /** Compose is async and slow (charts): smaller batches. */
  batchSize?: number;
}

export async function fanout(ctx: JobContext, spec: FanoutSpec): Promise<JobOutcome> {
  const { store } = ctx;
  const nowMs = ctx.now.getTime();
  const wall = ctx.wallNow ?? Date.now;
  const column = NEXT_COLUMN[spec.kind];
  const due = {
    morning: store.users.dueMorning.bind(store.users),
    evening: store.users.dueEvening.bind(store.users),
    weekly: store.users.dueWeekly.bind(store.users),
  }[spec.kind];
  // 500 runners a batch: each batch's users, composed messages and outbox rows are alive at once until its
  // transaction (issue 18: a 10,000-runner morning's peak RSS); more, smaller transactions cost little.
  const batchSize = spec.batchSize ?? ctx.batchSize ?? 500;
  let seen = 0;
  let enqueued = 0;
  for (;;) {
    const batch = due(nowMs, batchSize);
    if (batch.length === 0) break;
    // Compose first (may be async: the Sunday chart renders in workers, so the batch composes concurrently and the
    // pool stays busy), then write the rows and the next instants in one transaction.
    const plans = await Promise.all(
      batch.map(async (user) => {
        let rows: ReturnType<typeof outboxRows> = [];
        // A kind the runner paused sends nothing; its next instant still advances, so resuming needs no catch-up.
        const slot = user.pausedMessages?.includes(spec.kind)
          ? null
          : dueSlot(user, spec.kind, nowMs, ctx.catchUpSinceMs);
        if (slot) {
          try {
            const messages = await spec.compose(user, slot);
            if (messages?.length) {
              rows = outboxRows({
                userId: user.telegramId,
                chatId: user.chatId,
                kind: spec.kind,
                key: `${spec.kind}:${user.telegramId}:${slot.date}`,
                messages,
                expiresAt: wall() + (spec.expiresAt(user, slot) - nowMs),
              });
            }
          } catch (err) {
            // One runner's bad data must not stop everyone's morning.
            ctx.log.error({ err, userId: user.telegramId, job: spec.kind }, 'could not compose a scheduled message');
          }
        }
        return { user, next: nextAfter(user, spec.kind, nowMs), rows };
      }),
    );
    store.transaction(() => {
      for (const p of plans) {
        enqueued += enqueueRows(store, p.rows);
        store.users.advanceSchedule(p.user.telegramId, column, p.next);
      }
    });
    seen += batch.length;
    await yieldToLoop();
  }
  return { users: seen, enqueued };
}
