/**
 * A new race result (rule 16, design.md): it carries its date; a result older than 8 weeks does not set paces; a
 * result slower than the current fitness is applied only once the runner confirms it was an all-out effort in fair
 * conditions (`confirm` asks, the event comes back with `confirmed`); a tune-up race within the plan gets one easy
 * or rest day per 3 km raced before the next hard day (Daniels, Daniels' Running Formula, 3rd ed.), long runs
 * included. Applied, it sets VDOT and the pace targets of every workout still ahead.
 */
import { addDays, daysBetween } from '../dates.ts';
import { GOAL_KM } from '../distances.ts';
import { formatHms } from '../duration.ts';
import type { Advice } from '../notes.ts';
import { pacesFromVdot } from '../paces.ts';
import { LONG_MAX_MIN } from '../plan/constants.ts';
import type { GoalDistance, Plan, PlanWeek } from '../types.ts';
import { isHardType } from '../types.ts';
import { roundVdot, vdotFromPerformance } from '../vdot.ts';
import {
  activeAt,
  clonePlan,
  datesBetween,
  easyInstead,
  isChangeable,
  recomputeTotals,
  replaceAt,
  resizeWorkout,
  sessionContext,
  weekIndexOf,
} from './plan-edit.ts';
import { racePaceFor, repaceFrom } from './repace.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, ChangeReason, PlanChange } from './types.ts';

const VDOT_RANGE = [15, 90] as const;
/** Rule 16: results older than this do not set paces. */
export const RESULT_MAX_AGE_DAYS = 8 * 7;
/** Rule 16 (Daniels): one easy or rest day per this many km raced before the next hard day. */
export const KM_PER_EASY_DAY = 3;
/** A long run after a tune-up race becomes an easy run of about this share (runcoach's choice: an ordinary easy day). */
const LONG_AFTER_RACE_SHARE = 0.6;

export interface RaceResultEvent {
  distance: GoalDistance;
  timeSec: number;
  /** The race day (YYYY-MM-DD); without it, `today`. */
  date?: string | undefined;
  /** The runner confirmed a slower result was an all-out effort in fair conditions. */
  confirmed?: boolean | undefined;
}

/** Easy days the runner needs after racing `km` (rule 16). */
export function easyDaysAfterRace(km: number): number {
  return Math.ceil(km / KM_PER_EASY_DAY - 1e-9);
}

export function applyRaceResult(plan: Plan, result: RaceResultEvent, today: string): Adaptation {
  const raw = vdotFromPerformance(GOAL_KM[result.distance], result.timeSec);
  if (!(raw >= VDOT_RANGE[0] && raw <= VDOT_RANGE[1])) {
    return {
      plan,
      changes: [],
      refused: { code: 'race_time_implausible', distance: result.distance, timeSec: result.timeSec },
    };
  }
  const date = result.date ?? today;
  if (date > today) return { plan, changes: [], refused: { code: 'race_future', date } };
  if (daysBetween(date, today) > RESULT_MAX_AGE_DAYS) {
    return {
      plan,
      changes: [],
      refused: { code: 'race_stale', date },
    };
  }
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  tuneUpRecovery(next, date, GOAL_KM[result.distance], today, changes);
  const vdot = roundVdot(raw);
  const before = plan.vdot;
  if (before !== null && vdot < before && !result.confirmed) {
    if (changes.length) repairVolumeRules(next, today, changes);
    return {
      plan: changes.length ? next : plan,
      changes,
      confirm: { code: 'slower_result', vdotBefore: before, vdotAfter: vdot },
      advice: { code: 'race_slower', distance: result.distance, timeSec: result.timeSec, vdot, before },
    };
  }
  const paces = pacesFromVdot(vdot);
  const race = racePaceFor(next, vdot);
  next.vdot = vdot;
  next.paces = paces;
  next.goal.predictedTime = formatHms(race.predictedSec);
  const why: ChangeReason = {
    code: 'new_paces',
    rule: 16,
    signal: 'race_result',
    value: vdot,
    ...(before !== null ? { ref: before } : {}),
  };
  repaceFrom(next, paces, race.pace, today, why, changes);
  capLongRuns(next, today, changes);
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  const advice: Advice = {
    code: 'race_paces',
    distance: result.distance,
    timeSec: result.timeSec,
    vdot,
    before,
    goal: next.goal.distance,
    predictedSec: race.predictedSec,
  };
  return { plan: next, changes, advice };
}

/**
 * Slower paces make long runs last longer: rule 6's time cap (150 min, 210 for the marathon, at the middle of the
 * easy band) shortens the long runs still ahead; the repair then keeps them the longest runs of their weeks.
 */
function capLongRuns(next: Plan, today: string, changes: PlanChange[]): void {
  if (!next.paces) return;
  const mid = (next.paces.easy.minSecPerKm + next.paces.easy.maxSecPerKm) / 2;
  const minutes = LONG_MAX_MIN[next.goal.distance];
  const capKm = Math.floor(((minutes * 60) / mid) * 2) / 2;
  for (const week of next.weeks) {
    for (const w of [...week.workouts]) {
      if (!isChangeable(w, today) || w.type !== 'long' || w.distanceKm <= capKm) continue;
      const why: ChangeReason = { code: 'long_time_cap', rule: 6, value: capKm, ref: minutes };
      replaceAt(next, w.date, resizeWorkout(w, capKm, sessionContext(next, week)), why, changes, w);
    }
  }
}

/** A tune-up race within the plan: the next days hold no hard session (long runs included). */
function tuneUpRecovery(next: Plan, date: string, km: number, today: string, changes: PlanChange[]): void {
  if (date >= next.goal.raceDate) return;
  const n = easyDaysAfterRace(km);
  const why: ChangeReason = { code: 'tuneup_recovery', rule: 16, signal: 'race_result', value: n, ref: km };
  for (const d of datesBetween(addDays(date, 1), addDays(date, n))) {
    const w = activeAt(next, d);
    if (!w || !isChangeable(w, today) || !isHardType(w.type)) continue;
    const week = next.weeks[weekIndexOf(next, d)] as PlanWeek;
    const easyKm =
      w.type === 'long' ? Math.max(2, Math.round(w.distanceKm * LONG_AFTER_RACE_SHARE * 10) / 10) : w.distanceKm;
    replaceAt(next, d, easyInstead(w, easyKm, sessionContext(next, week)), why, changes, w);
  }
  recomputeTotals(next);
}
