/** The morning message: the day's workout with its buttons, a rest-day note, or race-day words. */

import { dayMessages } from '../coach/conversation/respond.ts';
import { weekSoFarLine } from '../coach/replies/week.ts';
import { unitsOf } from '../coach/replies/workout.ts';
import type { CoachContext, OutgoingMessage } from '../coach/types.ts';
import type { Store, User } from '../db/store/index.ts';
import { escapeHtml } from '../messages/html.ts';
import { t } from '../messages/i18n.ts';
import { languageOf } from '../messages/languages.ts';
import { addDays, weekStart } from '../time/local.ts';
import { weekTotals } from '../training/load/week-totals.ts';
import type { JobContext, JobOutcome } from './context.ts';
import { endOfLocalDay, fanout } from './fanout.ts';

export function morningMessages(ctx: JobContext, user: User, date: string): OutgoingMessage[] | null {
  // The active plan's dates only (the full row carries JSON the fan-out does not need).
  const plan = ctx.store.plans.activeRef(user.telegramId);
  // Nothing to say before the plan starts or after the race (and no nagging without a plan).
  if (!plan || date < plan.startDate || date > plan.raceDate) return null;
  // The runner's row from the due list: read again here, it would be read 10,000 times in a morning for nothing.
  const coach: CoachContext = { userId: user.telegramId, store: ctx.store, now: () => ctx.now, log: ctx.log, user };
  const messages = dayMessages(coach, date, date);
  const first = messages[0];
  if (!first) return null;
  const hello = t(languageOf(user), 'morning-hello', { name: user.name ? escapeHtml(user.name) : 'none' });
  const week = weekSoFar(ctx.store, user, date);
  const body = week ? `${first.html}\n\n${week}` : first.html;
  return [{ ...first, html: `${hello}\n\n${body}` }, ...messages.slice(1)];
}

/** From Tuesday on: the week so far, by the numbers /week and Progress show (week-totals.ts). */
function weekSoFar(store: Store, user: User, date: string): string | null {
  const monday = weekStart(date);
  if (monday === date) return null;
  const sunday = addDays(monday, 6);
  const workouts = store.plans.workoutsBetween(user.telegramId, monday, sunday);
  const runs = store.runs.between(user.telegramId, monday, sunday);
  return weekSoFarLine(weekTotals(workouts, runs, monday, sunday), unitsOf(user), languageOf(user));
}

export function runMorning(ctx: JobContext): Promise<JobOutcome> {
  return fanout(ctx, {
    kind: 'morning',
    compose: (user, slot) => morningMessages(ctx, user, slot.date),
    expiresAt: (user, slot) => endOfLocalDay(user, slot.date),
  });
}
