/**
 * Illness (and injury): rest the days named, then come back. A break of 8 days or more returns by rule 15
 * (src/training/adaptation/return.ts); a shorter one eases back in at about 70 % for a week with the hard sessions
 * easy at first (the common "return to run" progression; a gradual rebuild then follows from rule 4).
 */
import { addDays, daysBetween } from '../dates.ts';
import type { Advice } from '../notes.ts';
import type { Plan } from '../types.ts';
import { isActive } from '../types.ts';
import { lightenDates } from './lighten.ts';
import { clonePlan, datesBetween, recomputeTotals } from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import { RETURN, returnInto } from './return.ts';
import type { Adaptation, ChangeReason, PlanChange } from './types.ts';

/** A short break eases back at about 70 % for a week (runcoach's choice below rule 15's 8 days), the first three days easy only. */
export const RETURN_FACTOR = 0.7;
const RETURN_DAYS = 7;
const EASY_ONLY_DAYS = 3;

export function applyIllness(
  plan: Plan,
  ev: { fromDate: string; days: number; kind?: 'illness' | 'injury' },
  today: string,
): Adaptation {
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const injury = ev.kind === 'injury';
  const signal = injury ? 'injury' : 'illness';
  const days = Math.max(1, Math.floor(ev.days));
  const end = addDays(ev.fromDate, days - 1);
  const rest: ChangeReason = { code: injury ? 'rest_injury' : 'rest_illness', signal, value: days };
  lightenDates(
    next,
    datesBetween(ev.fromDate, end),
    today,
    { factor: 0, hardToEasy: true, longToEasy: true },
    rest,
    changes,
  );
  const back = addDays(end, 1);
  // Rule 15 counts days without running: rest days either side of the named days count too (7 days ill between
  // two rest days is 9 days off).
  const long = daysWithoutRunning(plan, ev.fromDate, back) >= RETURN.breakDays;
  if (long) {
    returnInto(next, { breakFrom: ev.fromDate, resumeOn: back, signal }, today, changes);
  } else {
    const why: ChangeReason = { code: 'easing_back', signal, value: Math.round(RETURN_FACTOR * 100) };
    const firstDays = datesBetween(back, addDays(back, EASY_ONLY_DAYS - 1));
    lightenDates(next, firstDays, today, { factor: RETURN_FACTOR, hardToEasy: true, longToEasy: true }, why, changes);
    const rest = datesBetween(addDays(back, EASY_ONLY_DAYS), addDays(back, RETURN_DAYS - 1));
    lightenDates(next, rest, today, { factor: RETURN_FACTOR, hardToEasy: false }, why, changes);
    recomputeTotals(next);
    repairVolumeRules(next, today, changes);
  }
  const advice: Advice = {
    code: injury ? 'injury_rest' : 'illness_rest',
    through: end,
    longBreak: long,
    factor: Math.round(RETURN_FACTOR * 100),
  };
  return { plan: next, changes, advice, ...(injury ? { stopRunningAdvice: true } : {}) };
}

/**
 * Days without running around a break from `fromDate` to the day before `back`: from the day after the last run
 * before it to the day before the first run planned from `back` on (the break alone when the plan has none).
 */
function daysWithoutRunning(plan: Plan, fromDate: string, back: string): number {
  const runs = plan.weeks
    .flatMap((w) => w.workouts)
    .filter((w) => isActive(w))
    .map((w) => w.date);
  const before = runs.filter((d) => d < fromDate).sort();
  const after = runs.filter((d) => d >= back).sort();
  const lastRun = before[before.length - 1] ?? addDays(fromDate, -1);
  const nextRun = after[0] ?? back;
  return daysBetween(lastRun, nextRun) - 1;
}
