/**
 * Numbers of a plan without laying it out: rule 5's starting line and an estimate of how far the long run can
 * build (for warnings and their suggestions).
 */
import type { GoalDistance } from '../types.ts';
import { CURRENT_LONG_SHARE, PEAK_LONG_KM, SPIKE, TAPER_DAYS } from './constants.ts';

/** Rule 5's longest run before the plan: the runner's own answer, else 30 % of weekly km. */
export function currentLongRunKm(weeklyKm: number, longestRunKm?: number): number {
  return longestRunKm ?? CURRENT_LONG_SHARE * weeklyKm;
}

/**
 * Longest long run a plan of `weeks` weeks can reach from `startLongKm`: rule 5's 10 % a week on three weeks in
 * four (the lighter weeks do not grow it), up to the goal's usual peak.
 */
export function estimatePeakLongKm(goal: GoalDistance, startLongKm: number, weeks: number): number {
  const pre = weeks - TAPER_DAYS[goal] / 7;
  const steps = Math.floor(0.75 * Math.max(0, pre - 1));
  let x = startLongKm;
  for (let k = 0; k < steps; k++) x = SPIKE.factor * x + SPIKE.plusKm;
  return Math.min(x, PEAK_LONG_KM[goal]);
}
