/**
 * How a run felt. A hard effort on an easy day, "exhausted", or pain lightens the next days and the rest of the
 * week. Pain of 5/10 or more stops running advice and points to a professional: the coach never diagnoses.
 */
import { addDays } from '../dates.ts';
import type { Advice } from '../notes.ts';
import type { Plan, Workout } from '../types.ts';
import { isHardType } from '../types.ts';
import { lightenDates } from './lighten.ts';
import {
  clonePlan,
  datesBetween,
  isChangeable,
  recomputeTotals,
  replaceAt,
  weekEnd,
  weekIndexOf,
  workoutAt,
} from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, ChangeReason, PlanChange } from './types.ts';

export type Feeling = 'great' | 'good' | 'ok' | 'tired' | 'exhausted';

export interface Feedback {
  date: string;
  /** Rating of perceived exertion, 1–10 (Borg CR-10 as Foster 2001 uses it). */
  rpe: number;
  feeling?: Feeling;
  pain?: { location: string; severity: number };
}

/** Pain at or above this (0–10 scale) means stop and get it looked at (design.md, "Adaptation"). */
export const PAIN_STOP_SEVERITY = 5;
/** RPE 7+ is "hard" on the CR-10 scale; easy running should feel 2–4 (Foster 2001; Seiler's zones). */
export const HARD_RPE_ON_EASY_DAY = 7;
/**
 * How much lighter, and for how long (runcoach's choice for design.md's "lightens the next days and the week":
 * a proportionate answer for a few days rather than a rewritten week):
 * - an easy run that felt hard: the next two days, hard sessions easy and runs at 70 %;
 * - a hard effort on a day with nothing planned (the runner ran something unplanned): the next two days at 85 %,
 *   hard sessions easy;
 * - "exhausted": the next three days at 70 % with hard sessions easy, then the rest of the week at 90 % with the
 *   long run as it is (shortening it would trim the next weeks' long runs through rule 5);
 * - mild pain: the next two days at 70 % with hard sessions easy, then the rest of the week at 85 %.
 */
const HARD_EASY = { days: 2, factor: 0.7, restOfWeek: 1, keepLong: true } as const;
const UNPLANNED = { days: 2, factor: 0.85, restOfWeek: 1, keepLong: true } as const;
const EXHAUSTED = { days: 3, factor: 0.7, restOfWeek: 0.9, keepLong: true } as const;
const MILD_PAIN = { days: 2, factor: 0.7, restOfWeek: 0.85, keepLong: false } as const;
/** Fatigue named for a stretch of days: those days at 70 %, the rest of the week at 85 %. */
const NEXT_DAYS_FACTOR = 0.7;
const REST_OF_WEEK_FACTOR = 0.85;

export function applyFeedback(plan: Plan, fb: Feedback, today: string): Adaptation {
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const start = fb.date >= today ? addDays(fb.date, 1) : today;
  const pain = fb.pain;
  if (pain && pain.severity >= PAIN_STOP_SEVERITY) {
    // Rule 15: all running holds until the runner says they are cleared (applyReturn then brings the plan back).
    const hold: ChangeReason = { code: 'hold_pain', rule: 15, signal: 'pain', value: pain.severity };
    for (const w of next.weeks.flatMap((x) => x.workouts)) {
      if (w.date >= start && isChangeable(w, today))
        replaceAt(next, w.date, { ...w, status: 'skipped' }, hold, changes, w);
    }
    recomputeTotals(next);
    return {
      plan: next,
      changes,
      stopRunningAdvice: true,
      advice: { code: 'pain_stop', severity: pain.severity, location: pain.location },
    };
  }
  const ran = workoutAt(plan, fb.date)?.workout;
  // Feedback on a day with nothing planned still counts: the runner ran something.
  const unplanned = !ran || ran.status === 'skipped' || ran.status === 'missed';
  const hardOnEasy = (unplanned || !isHardType((ran as Workout).type)) && fb.rpe >= HARD_RPE_ON_EASY_DAY;
  const exhausted = fb.feeling === 'exhausted';
  if (!pain && !hardOnEasy && !exhausted) {
    return {
      plan,
      changes: [],
      advice: { code: 'noted', tough: fb.rpe >= 8 },
    };
  }
  const why: ChangeReason = pain
    ? { code: 'lighter_pain', signal: 'pain', value: pain.severity, note: pain.location }
    : exhausted
      ? { code: 'lighter_exhausted', signal: 'fatigue' }
      : unplanned
        ? { code: 'lighter_unplanned', signal: 'rpe', value: fb.rpe }
        : { code: 'lighter_hard_easy', signal: 'rpe', value: fb.rpe };
  const dose = pain ? MILD_PAIN : exhausted ? EXHAUSTED : unplanned ? UNPLANNED : HARD_EASY;
  const soon = datesBetween(start, addDays(start, dose.days - 1));
  lightenDates(next, soon, today, { factor: dose.factor, hardToEasy: true }, why, changes);
  const wi = weekIndexOf(next, start);
  if (wi >= 0 && dose.restOfWeek < 1) {
    const restOfWeek = datesBetween(addDays(start, dose.days), weekEnd(next, wi));
    const opts = { factor: dose.restOfWeek, hardToEasy: false, keepLong: dose.keepLong };
    lightenDates(next, restOfWeek, today, opts, why, changes);
  }
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  const advice: Advice = pain
    ? { code: 'lighter_pain', location: pain.location }
    : exhausted
      ? { code: 'lighter_exhausted' }
      : unplanned
        ? { code: 'lighter_unplanned' }
        : { code: 'lighter_hard_easy' };
  return { plan: next, changes, advice };
}

/**
 * Fatigue reported for a stretch: those days run at 70 % with hard sessions easy (the long run stays, shorter),
 * then the rest of the week at 85 %. Without a number of days it reads like an "exhausted" report.
 */
export function applyFatigue(
  plan: Plan,
  ev: { fromDate: string; days?: number | undefined },
  today: string,
): Adaptation {
  if (!ev.days) return applyFeedback(plan, { date: addDays(ev.fromDate, -1), rpe: 5, feeling: 'exhausted' }, today);
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const end = addDays(ev.fromDate, Math.max(1, Math.floor(ev.days)) - 1);
  const why: ChangeReason = { code: 'lighter_fatigue', signal: 'fatigue', value: Math.round(NEXT_DAYS_FACTOR * 100) };
  lightenDates(
    next,
    datesBetween(ev.fromDate, end),
    today,
    { factor: NEXT_DAYS_FACTOR, hardToEasy: true },
    why,
    changes,
  );
  const wi = weekIndexOf(next, end);
  if (wi >= 0) {
    lightenDates(
      next,
      datesBetween(addDays(end, 1), weekEnd(next, wi)),
      today,
      { factor: REST_OF_WEEK_FACTOR, hardToEasy: false },
      why,
      changes,
    );
  }
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  return {
    plan: next,
    changes,
    advice: { code: 'fatigue_through', through: end },
  };
}
