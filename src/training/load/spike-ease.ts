/**
 * After a single-run spike (run-spike.ts) the next days are eased: hard sessions become easy runs and every run
 * is shorter, the long run included; nothing is made harder. Tendon collagen is broken down faster than it is
 * made for about 36 h after a hard load and rebuilt over the following days (Magnusson, Langberg & Kjaer 2010,
 * Nat Rev Rheumatol 6(5)), hence three days.
 */
import { lightenDates } from '../adaptation/lighten.ts';
import { clonePlan, datesBetween, recomputeTotals } from '../adaptation/plan-edit.ts';
import { repairVolumeRules } from '../adaptation/repair.ts';
import type { Adaptation, ChangeReason, PlanChange } from '../adaptation/types.ts';
import { addDays } from '../dates.ts';
import type { Plan } from '../types.ts';
import type { RunSpike } from './run-spike.ts';

export const SPIKE_EASE_DAYS = 3;
/** About a fifth shorter, as the other "lighter days" adaptations (feedback.ts: hard effort on an easy day). */
export const SPIKE_EASE_FACTOR = 0.8;

/** The eased plan; `today` and earlier never change. The input plan is not mutated. */
export function easeAfterSpike(plan: Plan, spike: RunSpike, today: string): Adaptation {
  const start = addDays(spike.date, 1) > today ? addDays(spike.date, 1) : today;
  const end = addDays(spike.date, SPIKE_EASE_DAYS);
  if (start > end) return { plan, changes: [] };
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const why: ChangeReason = { code: 'spike_ease', rule: 5, value: spike.distanceKm, ref: spike.longestKm };
  const dates = datesBetween(start, end);
  lightenDates(next, dates, today, { factor: SPIKE_EASE_FACTOR, hardToEasy: true, longToEasy: true }, why, changes);
  if (changes.length === 0) return { plan, changes: [] };
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  return { plan: next, changes };
}
