/**
 * Warnings for plans that come out but cannot safely reach the goal (rule 10) or rest on unusual inputs
 * (rule 9). Each says what would work: a later race, a shorter distance.
 */
import { addDays, daysBetween } from '../dates.ts';
import type { PlanWarning } from '../notes.ts';
import type { GoalDistance, PlanRequest } from '../types.ts';
import { GOAL_DISTANCES } from '../types.ts';
import {
  LONG_MAX_MIN,
  MAX_REALISTIC_KM_PER_RUN,
  MAX_WEEKS,
  MIN_WEEKLY_KM,
  MIN_WEEKS,
  READY_LONG_KM,
} from './constants.ts';
import { currentLongRunKm, estimatePeakLongKm } from './schedule.ts';

/** Rule 6's time cap is what stops the long run short of `ready` km (it reached the cap, about). */
export function timeCapBinds(readyKm: number, longestKm: number, timeCapKm: number): boolean {
  return timeCapKm < readyKm && longestKm >= timeCapKm - 0.5;
}

export function feasibilityWarnings(
  req: PlanRequest,
  weeklyKm: number,
  longestLong: number,
  limited: boolean,
  /** Rule 6's long-run time cap in km at the runner's easy pace (infinite without paces). */
  timeCapKm: number = Number.POSITIVE_INFINITY,
): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (req.weeklyKm < MIN_WEEKLY_KM) out.push({ code: 'low_volume', minKm: MIN_WEEKLY_KM });
  if (req.weeklyKm > MAX_REALISTIC_KM_PER_RUN * req.daysPerWeek) {
    out.push({
      code: 'long_per_run',
      weeklyKm: req.weeklyKm,
      days: req.daysPerWeek,
      perRunKm: Math.round(req.weeklyKm / req.daysPerWeek),
      maxKm: MAX_REALISTIC_KM_PER_RUN,
    });
  }
  const longest = longestLong;
  const ready = READY_LONG_KM[req.goal];
  if (longest >= ready) return out;
  if (timeCapBinds(ready, longest, timeCapKm)) {
    // The time cap binds: no later date or longer build makes the long run longer (rule 6).
    out.push({ code: 'time_cap', minutes: LONG_MAX_MIN[req.goal], longestKm: longest, goal: req.goal, readyKm: ready });
    return out;
  }
  const days = daysBetween(req.startDate, req.raceDate) + 1;
  const weeks = Math.ceil(days / 7);
  const startLong = currentLongRunKm(weeklyKm, req.longestRunKm);
  // The same race day at a shorter distance first, then the same distance on a later date.
  let shorterGoal: GoalDistance | null = null;
  const shorter = GOAL_DISTANCES.slice(0, GOAL_DISTANCES.indexOf(req.goal)).reverse();
  for (const g of shorter as GoalDistance[]) {
    if (MIN_WEEKS[g] * 7 > days) continue;
    if (estimatePeakLongKm(g, startLong, weeks) >= READY_LONG_KM[g]) {
      shorterGoal = g;
      break;
    }
  }
  let later: { date: string; weeks: number } | null = null;
  for (let w = weeks + 1; w <= MAX_WEEKS; w++) {
    if (estimatePeakLongKm(req.goal, startLong, w) >= Math.min(ready, timeCapKm)) {
      later = { date: addDays(req.startDate, w * 7 - 1), weeks: w };
      break;
    }
  }
  out.push({
    code: 'build_short',
    weeklyKm,
    longestKm: longest,
    raceDate: req.raceDate,
    goal: req.goal,
    readyKm: ready,
    shorter: shorterGoal,
    later,
    limited,
  });
  return out;
}
