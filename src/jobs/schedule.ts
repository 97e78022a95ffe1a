/**
 * When each runner's scheduled messages are next due, as UTC instants stored on the user row
 * (`nextMorningAt`, `nextEveningAt`, `nextWeeklyAt`), so due runners come from an index rather than a scan of
 * every zone. Local dates and wall-clock times go through luxon (src/time/local.ts), so DST changes are right:
 * a 06:30 morning is 06:30 on the runner's wall clock on both sides of a change.
 */
import type { Store, User } from '../db/store/index.ts';
import { addDays, instantAt, localDate, weekdayOf } from '../time/local.ts';

export type ScheduleKind = 'morning' | 'evening' | 'weekly';

/** How late a missed slot may still be sent (a restart at 07:10 still sends the 06:30 morning; 09:31 does not). */
export const CATCH_UP_MS: Record<ScheduleKind, number> = {
  morning: 3 * 3_600_000,
  evening: 3 * 3_600_000,
  // A Sunday summary that missed its evening is still worth reading on Monday morning.
  weekly: 12 * 3_600_000,
};

/** One scheduled send: the runner's local date it belongs to and its UTC instant. */
export interface Slot {
  date: string;
  at: number;
}

type Who = Pick<User, 'timezone' | 'morningTime' | 'eveningTime'>;

function timeOf(user: Who, kind: ScheduleKind): string {
  return kind === 'morning' ? user.morningTime : user.eveningTime;
}

/**
 * instantAt with a memo: a fan-out asks for the same (zone, date, time) for every runner in a zone, and building
 * luxon DateTimes is most of the cost of a 100,000-runner morning otherwise.
 */
const instants = new Map<string, number>();
export function localInstant(date: string, time: string, timezone: string): number {
  const key = `${timezone}|${date}|${time}`;
  let at = instants.get(key);
  if (at === undefined) {
    at = instantAt(date, time, timezone).getTime();
    if (instants.size >= 50_000) instants.clear();
    instants.set(key, at);
  }
  return at;
}

const sundays = new Map<string, boolean>();
function isSunday(date: string): boolean {
  let sunday = sundays.get(date);
  if (sunday === undefined) {
    sunday = weekdayOf(date) === 'sun';
    if (sundays.size >= 10_000) sundays.clear();
    sundays.set(date, sunday);
  }
  return sunday;
}

/** The slot on a local date, or null when the kind has none that day (weekly: Sundays only). */
export function slotOn(user: Who, kind: ScheduleKind, date: string): Slot | null {
  if (kind === 'weekly' && !isSunday(date)) return null;
  return { date, at: localInstant(date, timeOf(user, kind), user.timezone) };
}

/** Candidate dates around `now`: enough to find the slot before and after it (weekly looks over 8 days). */
const shifted = new Map<string, string>();
/** addDays with a memo (fan-outs shift the same few dates for every runner). */
export function shiftDate(date: string, days: number): string {
  const key = `${date}|${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = addDays(date, days);
    if (shifted.size >= 10_000) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}

const candidates = new Map<string, string[]>();
function candidateDates(user: Who, kind: ScheduleKind, nowMs: number): string[] {
  const today = localDate(new Date(nowMs), user.timezone);
  const span = kind === 'weekly' ? 8 : 1;
  const key = `${today}|${span}`;
  let out = candidates.get(key);
  if (!out) {
    out = [];
    for (let d = -span; d <= span; d++) out.push(shiftDate(today, d));
    if (candidates.size >= 10_000) candidates.clear();
    candidates.set(key, out);
  }
  return out;
}

/** The latest slot at or before `now`. */
export function lastSlot(user: Who, kind: ScheduleKind, nowMs: number): Slot | null {
  let best: Slot | null = null;
  for (const date of candidateDates(user, kind, nowMs)) {
    const s = slotOn(user, kind, date);
    if (s && s.at <= nowMs && (!best || s.at > best.at)) best = s;
  }
  return best;
}

/** The first slot strictly after `now`. */
export function nextSlot(user: Who, kind: ScheduleKind, nowMs: number): Slot {
  let best: Slot | null = null;
  for (const date of candidateDates(user, kind, nowMs)) {
    const s = slotOn(user, kind, date);
    if (s && s.at > nowMs && (!best || s.at < best.at)) best = s;
  }
  if (!best) throw new Error(`no ${kind} slot after ${new Date(nowMs).toISOString()} in ${user.timezone}`);
  return best;
}

/**
 * The slot to send now, if `now` is within its catch-up window, or the slot is at or after `sinceMs` (a forward
 * step of the clock jumped over it while the service ran).
 */
export function dueSlot(user: Who, kind: ScheduleKind, nowMs: number, sinceMs?: number): Slot | null {
  const last = lastSlot(user, kind, nowMs);
  if (!last) return null;
  return nowMs - last.at <= CATCH_UP_MS[kind] || (sinceMs !== undefined && last.at >= sinceMs) ? last : null;
}

/**
 * When the runner should next be looked at: the slot still in its catch-up window (it may not have been sent
 * yet; the outbox key makes a repeat harmless), otherwise the next one.
 */
export function nextDueAt(user: Who, kind: ScheduleKind, nowMs: number): number {
  return (dueSlot(user, kind, nowMs) ?? nextSlot(user, kind, nowMs)).at;
}

export interface NextSends {
  nextMorningAt: number;
  nextEveningAt: number;
  nextWeeklyAt: number;
}

export function computeNextSends(user: Who, nowMs: number): NextSends {
  return {
    nextMorningAt: nextDueAt(user, 'morning', nowMs),
    nextEveningAt: nextDueAt(user, 'evening', nowMs),
    nextWeeklyAt: nextDueAt(user, 'weekly', nowMs),
  };
}

/** Recomputes a runner's next sends (after /start or a change of time zone, morning or evening time). */
export function refreshSchedule(store: Store, userId: number, now: Date): NextSends | null {
  const user = store.users.get(userId);
  if (!user) return null;
  let next: NextSends;
  try {
    next = computeNextSends(user, now.getTime());
  } catch {
    // Never fail the update that changed the settings; a zone luxon cannot read is looked at again tomorrow.
    const tomorrow = now.getTime() + 86_400_000;
    next = { nextMorningAt: tomorrow, nextEveningAt: tomorrow, nextWeeklyAt: tomorrow };
  }
  store.users.update(userId, next);
  return next;
}

export const NEXT_COLUMN = {
  morning: 'nextMorningAt',
  evening: 'nextEveningAt',
  weekly: 'nextWeeklyAt',
} as const satisfies Record<ScheduleKind, keyof NextSends>;

/**
 * Fills in next-send instants that were never computed (runners created before the scheduler existed, imports,
 * seeds written without them). Returns how many runners were updated.
 */
export function backfillSchedules(store: Store, now: Date, limit = 5000): number {
  const missing = store.users.missingSchedules(limit);
  if (missing.length === 0) return 0;
  const nowMs = now.getTime();
  store.transaction(() => {
    for (const u of missing) {
      try {
        store.users.update(u.telegramId, computeNextSends(u, nowMs));
      } catch {
        // A zone luxon cannot read: look again tomorrow rather than every minute.
        const tomorrow = nowMs + 86_400_000;
        store.users.update(u.telegramId, { nextMorningAt: tomorrow, nextEveningAt: tomorrow, nextWeeklyAt: tomorrow });
      }
    }
  });
  return missing.length;
}
