/**
 * Rule 5 on what the runner logs (design.md, Training rules v2): a run more than 10 % longer than the longest run
 * of the 30 days before it is a single-run spike. Frandsen et al. (BJSM 2025, 5,205 runners, 18 months) found
 * this, not the acute:chronic ratio, raised the injury hazard; so it is the load signal that adapts the plan.
 */
import { addDays } from '../dates.ts';
import { CURRENT_LONG_SHARE, SPIKE } from '../plan/constants.ts';

export interface LoggedRun {
  date: string;
  distanceKm: number;
}

export interface RunSpike {
  date: string;
  distanceKm: number;
  /** The longest run of the 30 days before (or what the runner's reported volume stands for). */
  longestKm: number;
  /** Where the spike starts: 110 % of `longestKm`, plus rule 5's 0.2 km for rounding. */
  lineKm: number;
  /** How much longer than `longestKm`, in per cent (rounded). */
  overPct: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Rule 5's line for a longest run of `longestKm`. */
export function spikeLineKm(longestKm: number): number {
  return longestKm * SPIKE.factor + SPIKE.plusKm;
}

/**
 * The longest run of the `SPIKE.windowDays` days before `date` (that day excluded). While the logged history is
 * shorter than the window, the runner's reported volume stands for the runs not logged: 30 % of `weeklyKm`
 * (rule 5's "before the plan"), so a runner's first logged long run is not called a spike for want of history;
 * `known` is false without any logged run in the window.
 */
export function longestBefore(
  date: string,
  history: readonly LoggedRun[],
  weeklyKm: number | null,
): { longestKm: number; known: boolean } {
  const from = addDays(date, -SPIKE.windowDays);
  let longest = 0;
  let any = false;
  let first: string | null = null;
  for (const r of history) {
    if (first === null || r.date < first) first = r.date;
    if (r.date >= from && r.date < date) {
      any = true;
      if (r.distanceKm > longest) longest = r.distanceKm;
    }
  }
  const covers = first !== null && first <= from;
  const reported = weeklyKm && weeklyKm > 0 ? weeklyKm * CURRENT_LONG_SHARE : 0;
  // Without a single logged run in the window there is nothing to judge by (a first run with the coach is not
  // a spike for want of history); with some, the reported volume only raises the line.
  if (any && !covers && reported > longest) return { longestKm: reported, known: true };
  return { longestKm: longest, known: any };
}

/** The spike `run` is, or null: a run within the line, or no idea of the runner's longest run. */
export function findRunSpike(run: LoggedRun, history: readonly LoggedRun[], weeklyKm: number | null): RunSpike | null {
  const { longestKm, known } = longestBefore(run.date, history, weeklyKm);
  if (!known || longestKm <= 0) return null;
  const lineKm = spikeLineKm(longestKm);
  if (!(run.distanceKm > lineKm + 1e-9)) return null;
  return {
    date: run.date,
    distanceKm: r1(run.distanceKm),
    longestKm: r1(longestKm),
    lineKm: r1(lineKm),
    overPct: Math.round((run.distanceKm / longestKm - 1) * 100),
  };
}
