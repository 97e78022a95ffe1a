/**
 * The runner's VDOT and paces for a plan: from a recent race when there is one (current fitness, Daniels' advice
 * to train at the level you have shown), otherwise from the goal time, otherwise unknown (effort-based workouts).
 */
import { GOAL_KM, GOAL_LABEL } from '../distances.ts';
import { formatHms } from '../duration.ts';
import { pacesFromVdot } from '../paces.ts';
import { predictRaceTimeSec } from '../race-prediction.ts';
import type { PaceRange, Paces, PlanRequest } from '../types.ts';
import { roundVdot, vdotFromPerformance } from '../vdot.ts';

/** VDOTs outside this range are not real runners' results (world records are about VDOT 85). */
const VDOT_MIN = 15;
const VDOT_MAX = 90;
/** Race pace is shown as goal pace ± 2 s/km. */
const RACE_PACE_BAND = 2;
/**
 * A VDOT gain of about one point a month is a good block for a trained runner (Daniels 3rd ed. re-tests every
 * 4–6 weeks and moves up by 1 VDOT at most); more than that in the plan's time is flagged.
 */
const VDOT_GAIN_PER_WEEK = 0.25;
const VDOT_GAIN_MIN = 2;

export type Fitness =
  | {
      ok: true;
      vdot: number | null;
      paces: Paces | null;
      racePace: PaceRange | null;
      predictedSec: number | null;
      warnings: string[];
    }
  | { ok: false; error: string };

export function resolveFitness(req: PlanRequest, planDays: number): Fitness {
  const warnings: string[] = [];
  const goalKm = GOAL_KM[req.goal];
  let vdot: number | null = null;
  if (req.recentRace) {
    const { distance, timeSec } = req.recentRace;
    if (!(distance in GOAL_KM) || !(timeSec > 0))
      return { ok: false, error: 'The recent race needs a distance and a time.' };
    const v = vdotFromPerformance(GOAL_KM[distance], timeSec);
    if (v > VDOT_MAX)
      return {
        ok: false,
        error: `A ${GOAL_LABEL[distance]} in ${formatHms(timeSec)} is faster than the world record; check the time.`,
      };
    if (v >= VDOT_MIN) vdot = roundVdot(v);
    else warnings.push('That race time is too slow to set paces from; the workouts are described by effort.');
  }
  let goalVdot: number | null = null;
  if (req.goalTimeSec !== undefined) {
    if (!(req.goalTimeSec > 0)) return { ok: false, error: 'The goal time must be a positive duration.' };
    const v = vdotFromPerformance(goalKm, req.goalTimeSec);
    if (v > VDOT_MAX)
      return {
        ok: false,
        error: `A ${GOAL_LABEL[req.goal]} in ${formatHms(req.goalTimeSec)} is faster than the world record; check the goal time.`,
      };
    goalVdot = v >= VDOT_MIN ? roundVdot(v) : null;
    if (vdot === null && !req.recentRace) vdot = goalVdot;
  }
  const paces = vdot === null ? null : pacesFromVdot(vdot);
  const predictedSec = vdot === null ? null : predictRaceTimeSec(vdot, goalKm);
  const raceSec = req.goalTimeSec ?? predictedSec;
  const racePace = raceSec
    ? {
        minSecPerKm: Math.round(raceSec / goalKm) - RACE_PACE_BAND,
        maxSecPerKm: Math.round(raceSec / goalKm) + RACE_PACE_BAND,
      }
    : null;
  if (req.recentRace && vdot !== null && goalVdot !== null && req.goalTimeSec) {
    const weeks = planDays / 7;
    const gain = Math.max(VDOT_GAIN_MIN, weeks * VDOT_GAIN_PER_WEEK);
    if (goalVdot - vdot > gain) {
      const realistic = predictRaceTimeSec(vdot + gain, goalKm);
      warnings.push(
        `Your goal of ${formatHms(req.goalTimeSec)} needs a VDOT of ${goalVdot}; your recent race shows ${vdot}. ` +
          `The plan trains at your current paces; about ${formatHms(realistic)} is a realistic target by race day, ` +
          'or keep the goal and pick a later race.',
      );
    }
  }
  return { ok: true, vdot, paces, racePace, predictedSec, warnings };
}
