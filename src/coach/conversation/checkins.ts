/**
 * Check-ins on runs that do not fit (issue 14): a run logged while the runner is ill, injured or on a hold, or on
 * a rest day of the plan, gets a short question or caution rather than silence. Codes and numbers only; the words
 * are in src/coach/replies/checkins.ts.
 */
import type { User } from '../../db/store/index.ts';
import type { WorkoutType } from '../../training/types.ts';
import type { CoachContext } from '../types.ts';
import { type Health, healthOn } from './health.ts';

export type CheckIn =
  | { code: 'while_ill'; since: string }
  | { code: 'while_injured'; since: string; location: string | null; severity: number | null }
  | { code: 'while_on_hold'; since: string; location: string | null; severity: number | null }
  | { code: 'rest_day'; date: string }
  | { code: 'skipped_day'; date: string; title: string; type: WorkoutType; distanceKm: number };

function fromHealth(h: Health): CheckIn {
  if (h.kind === 'illness') return { code: 'while_ill', since: h.from };
  const where = { since: h.from, location: h.location ?? null, severity: h.severity ?? null };
  return h.kind === 'hold' ? { code: 'while_on_hold', ...where } : { code: 'while_injured', ...where };
}

/** What to ask about a run on `date`: the runner's condition first, then the plan's day. */
export function checkInsFor(ctx: CoachContext, user: User | undefined, date: string): CheckIn[] {
  const out: CheckIn[] = [];
  const health = healthOn(user, date);
  if (health) out.push(fromHealth(health));
  const plan = ctx.store.plans.activeRef(ctx.userId);
  if (!plan || date < plan.startDate || date > plan.raceDate) return out;
  const w = ctx.store.plans.workoutOn(ctx.userId, date);
  // While ill or on a hold the day's plan is already rest: the condition is what to ask about.
  if (health && health.kind !== 'injury') return out;
  if (!w) out.push({ code: 'rest_day', date });
  else if (w.status === 'skipped')
    out.push({ code: 'skipped_day', date, title: w.title, type: w.type, distanceKm: w.distanceKm });
  return out;
}
