/**
 * The runner's VDOT and paces for a plan: from a recent race when there is one (current fitness, Daniels' advice
 * to train at the level you have shown), otherwise from the goal time, otherwise unknown (effort-based workouts).
 */
import { daysBetween } from '../dates.ts';
import { GOAL_KM } from '../distances.ts';
import type { PlanError, PlanWarning } from '../notes.ts';
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
 * Rule 13: about one VDOT point per 6 weeks of training is reachable (Daniels 3rd ed. re-tests every 4–6 weeks and
 * moves up by 1 VDOT at most).
 */
const WEEKS_PER_VDOT = 6;
/** Rule 16: results older than 8 weeks do not set paces. */
const RESULT_MAX_AGE_DAYS = 56;

export type Fitness =
  | {
      ok: true;
      vdot: number | null;
      paces: Paces | null;
      racePace: PaceRange | null;
      predictedSec: number | null;
      warnings: PlanWarning[];
    }
  | { ok: false; error: PlanError };

export function resolveFitness(req: PlanRequest, planDays: number): Fitness {
  const warnings: PlanWarning[] = [];
  const goalKm = GOAL_KM[req.goal];
  let vdot: number | null = null;
  // Rule 16: a result older than 8 weeks on the plan's start date no longer sets paces.
  const stale =
    req.recentRace?.date !== undefined && daysBetween(req.recentRace.date, req.startDate) > RESULT_MAX_AGE_DAYS;
  // A result dated after the plan's start cannot describe the fitness the plan starts from.
  if (req.recentRace?.date !== undefined && req.recentRace.date > req.startDate) {
    return {
      ok: false,
      error: { code: 'recent_race_after_start', raceDate: req.recentRace.date, startDate: req.startDate },
    };
  }
  if (stale) {
    warnings.push({ code: 'race_stale', distance: req.recentRace?.distance ?? '5k', date: req.recentRace?.date ?? '' });
  }
  if (req.recentRace && !stale) {
    const { distance, timeSec } = req.recentRace;
    if (!(distance in GOAL_KM) || !(timeSec > 0)) return { ok: false, error: { code: 'recent_race_incomplete' } };
    const v = vdotFromPerformance(GOAL_KM[distance], timeSec);
    if (v > VDOT_MAX)
      return {
        ok: false,
        error: { code: 'recent_race_too_fast', distance, timeSec },
      };
    if (v >= VDOT_MIN) vdot = roundVdot(v);
    else warnings.push({ code: 'race_too_slow' });
  }
  let goalVdot: number | null = null;
  // Unrounded, so a goal a hair beyond reach is not rounded into reach (rule 13).
  let goalVdotRaw: number | null = null;
  if (req.goalTimeSec !== undefined) {
    if (!(req.goalTimeSec > 0)) return { ok: false, error: { code: 'goal_time_invalid' } };
    const v = vdotFromPerformance(goalKm, req.goalTimeSec);
    if (v > VDOT_MAX)
      return {
        ok: false,
        error: { code: 'goal_time_too_fast', distance: req.goal, timeSec: req.goalTimeSec },
      };
    goalVdot = v >= VDOT_MIN ? roundVdot(v) : null;
    goalVdotRaw = v >= VDOT_MIN ? v : null;
    // Rule 13: paces never come from the goal. Without a current race the goal cannot be checked against what
    // the runner can reach, so the workouts are described by effort until a race or time trial sets paces.
    if (vdot === null && (!req.recentRace || stale)) {
      warnings.push({ code: 'goal_unchecked', goal: req.goal, goalTimeSec: req.goalTimeSec });
    }
  }
  const paces = vdot === null ? null : pacesFromVdot(vdot);
  const predictedSec = vdot === null ? null : predictRaceTimeSec(vdot, goalKm);
  // Rule 13: the race-day pace comes from the fitness the runner can reach by race day (about 1 VDOT point per
  // 6 weeks), never from a goal beyond it.
  const reachable = vdot === null ? null : vdot + planDays / 7 / WEEKS_PER_VDOT;
  const beyond = reachable !== null && goalVdotRaw !== null && req.recentRace && !stale && goalVdotRaw > reachable;
  // Without a current fitness the goal pace cannot be shown to be reachable: no race pace either (rule 13).
  const raceSec =
    reachable === null ? null : beyond ? predictRaceTimeSec(reachable, goalKm) : (req.goalTimeSec ?? predictedSec);
  const racePace = raceSec
    ? {
        minSecPerKm: Math.round(raceSec / goalKm) - RACE_PACE_BAND,
        maxSecPerKm: Math.round(raceSec / goalKm) + RACE_PACE_BAND,
      }
    : null;
  if (beyond && vdot !== null && req.goalTimeSec && raceSec) {
    warnings.push({ code: 'goal_beyond', goalTimeSec: req.goalTimeSec, goalVdot: goalVdot ?? vdot, vdot, raceSec });
  }
  // Marathon-pace sessions use the race-day pace (Pfitzinger) when it is the goal's (reachable) pace. When the goal
  // is beyond reach the race pace comes from the fitness reachable by race day, but training paces from today's: a
  // marathon pace from that future VDOT runs as fast as today's threshold, so MP sessions keep today's marathon pace
  // (Daniels' M pace of the VDOT that sets the other sessions) and stay clearly slower than threshold.
  if (paces && racePace && req.goal === 'marathon' && !beyond) paces.marathon = { ...racePace };
  // The predicted time agrees with the race-day pace: the time reachable by race day when the goal is beyond it.
  const predicted = beyond && raceSec !== null ? raceSec : predictedSec;
  return { ok: true, vdot, paces, racePace, predictedSec: predicted, warnings };
}
