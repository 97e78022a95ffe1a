/**
 * Warnings for plans that come out but cannot safely reach the goal (rule 10) or rest on unusual inputs
 * (rule 9). Each says what would work: a later race, a shorter distance.
 */
import { addDays, daysBetween } from '../dates.ts';
import { GOAL_LABEL } from '../distances.ts';
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
): string[] {
  const out: string[] = [];
  if (req.weeklyKm < MIN_WEEKLY_KM) {
    out.push(
      `You run under ${MIN_WEEKLY_KM} km a week now; the plan starts from ${MIN_WEEKLY_KM} km. Walk breaks are fine.`,
    );
  }
  if (req.weeklyKm > MAX_REALISTIC_KM_PER_RUN * req.daysPerWeek) {
    out.push(
      `${req.weeklyKm} km over ${req.daysPerWeek} days is about ${Math.round(req.weeklyKm / req.daysPerWeek)} km a run, ` +
        `far beyond the ${MAX_REALISTIC_KM_PER_RUN} km a run most plans use; more running days would spread it safely.`,
    );
  }
  const longest = longestLong;
  const ready = READY_LONG_KM[req.goal];
  if (longest >= ready) return out;
  if (timeCapBinds(ready, longest, timeCapKm)) {
    // The time cap binds: no later date or longer build makes the long run longer (rule 6).
    const min = LONG_MAX_MIN[req.goal];
    const time = `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
    out.push(
      `At your easy pace the long run's time cap of ${time} allows ${longest} km, the longest run in this plan; ` +
        `a ${GOAL_LABEL[req.goal]} usually wants about ${ready} km. The time cap applies on any race date: ` +
        'a later race would not lengthen it.',
    );
    return out;
  }
  const days = daysBetween(req.startDate, req.raceDate) + 1;
  const weeks = Math.ceil(days / 7);
  const startLong = currentLongRunKm(weeklyKm, req.longestRunKm);
  // The same race day at a shorter distance first, then the same distance on a later date.
  const options: string[] = [];
  const shorter = GOAL_DISTANCES.slice(0, GOAL_DISTANCES.indexOf(req.goal)).reverse();
  for (const g of shorter as GoalDistance[]) {
    if (MIN_WEEKS[g] * 7 > days) continue;
    if (estimatePeakLongKm(g, startLong, weeks) >= READY_LONG_KM[g]) {
      options.push(`a ${GOAL_LABEL[g]} on ${req.raceDate}`);
      break;
    }
  }
  for (let w = weeks + 1; w <= MAX_WEEKS; w++) {
    if (estimatePeakLongKm(req.goal, startLong, w) >= Math.min(ready, timeCapKm)) {
      options.push(
        `a ${GOAL_LABEL[req.goal]} on or after ${addDays(req.startDate, w * 7 - 1)} (${w} weeks of training)`,
      );
      break;
    }
  }
  const what =
    options.length > 0 ? ` What would work: ${options.join(', or ')}.` : ' Build up your weekly running first.';
  const kept = limited
    ? ' If you keep this race, the plan keeps hard running to one short session a week and the long runs easy.'
    : '';
  out.push(
    `From ${weeklyKm} km a week, the long run can only build safely to ${longest} km by ${req.raceDate}; ` +
      `a ${GOAL_LABEL[req.goal]} needs about ${ready} km.${what}${kept}`,
  );
  return out;
}
