/**
 * Rule 15, the return to running (design.md): after clearance from pain, or after 8 or more days without running
 * (illness, injury, travel), the first 7 days back hold only easy and recovery runs, at most 50 % of the last full
 * week before the break, the next 7 days at most 75 %; running resumes within 2 days of clearance; paces are
 * lowered for the time off (Daniels, Daniels' Running Formula, 3rd ed., "Setbacks": about 1 VDOT point a week off,
 * from the second week).
 */
import { addDays, daysBetween } from '../dates.ts';
import { pacesFromVdot } from '../paces.ts';
import type { Plan, PlanWeek, Workout } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
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
  weekEnd,
  weekIndexOf,
  workoutAt,
} from './plan-edit.ts';
import { racePaceFor, repaceFrom } from './repace.ts';
import { repairVolumeRules } from './repair.ts';
import { hardNeighbour, runDaysInWeek } from './spacing.ts';
import type { Adaptation, ChangeReason, ChangeSignal, PlanChange } from './types.ts';

/** Rule 15's numbers (design.md). */
export const RETURN = {
  /** A break of this many days or more returns by rule 15. */
  breakDays: 8,
  /** Days back with easy and recovery runs only. */
  easyOnlyDays: 7,
  /** First and second 7 days back, as shares of the last full week before the break. */
  firstWeekShare: 0.5,
  secondWeekShare: 0.75,
  /** Running resumes within this many days of clearance. */
  resumeWithinDays: 2,
  /** VDOT points lost per week off from the second week (Daniels' table of time off). */
  vdotPerWeekOff: 1,
} as const;

/** Shorter than this a run is not worth lacing up for (as in the repair pass). */
const MIN_KEEP_KM = 2;
const floor1 = (x: number) => Math.floor(x * 10 + 1e-9) / 10;

/** VDOT points to take off for `daysOff` days without running (0 for the first week). */
export function vdotLossForBreak(daysOff: number): number {
  return Math.round(Math.max(0, (daysOff - 7) / 7) * RETURN.vdotPerWeekOff * 10) / 10;
}

/**
 * The volume the runner was trained to: the active km (race aside) of the last plan week that ended before the
 * break; before the plan's first full week, the weekly volume the plan was built from.
 */
export function volumeBeforeBreak(plan: Plan, breakFrom: string): number {
  for (let i = plan.weeks.length - 1; i >= 0; i--) {
    if (weekEnd(plan, i) >= breakFrom) continue;
    const km = (plan.weeks[i] as PlanWeek).workouts
      .filter((w) => w.type !== 'race' && isActive(w))
      .reduce((s, w) => s + w.distanceKm, 0);
    if (km > 0) return km;
    break;
  }
  return plan.baseline?.weeklyKm ?? plan.weeks[0]?.totalKm ?? 0;
}

export interface ReturnInput {
  /** First day without running. */
  breakFrom: string;
  /** First day the runner may run again (cleared, or well again). */
  resumeOn: string;
  signal?: ChangeSignal;
  /**
   * Bring back what was skipped from the break on (a hold after pain skips every run until clearance). A restored
   * session keeps rule 2: it stays skipped next to a hard day or in a week with its run days taken.
   */
  restore?: boolean;
}

/**
 * The engine's return to running on a plan being edited (mutates `next`, logs to `changes`). Workouts skipped from
 * the break's first day on come back from `resumeOn`, then rule 15 shapes the first 14 days back.
 */
export function returnInto(next: Plan, input: ReturnInput, today: string, changes: PlanChange[]): void {
  const resume = input.resumeOn > today ? input.resumeOn : today;
  const signal = input.signal ?? 'break';
  const ref = volumeBeforeBreak(next, input.breakFrom);
  // What the break (a hold, an illness) skipped comes back from the day the runner may run again.
  const days = next.baseline?.daysPerWeek ?? 7;
  for (const [wi, week] of input.restore ? next.weeks.entries() : []) {
    for (const w of [...week.workouts]) {
      if (w.status !== 'skipped' || w.date < resume || w.date < input.breakFrom || w.type === 'race') continue;
      if (activeAt(next, w.date) || runDaysInWeek(next, wi) >= days) continue;
      if (isHardType(w.type) && hardNeighbour(next, w.date)) continue;
      replaceAt(next, w.date, { ...w, status: 'planned' }, { code: 'return_resume', signal }, changes, w);
    }
  }
  recomputeTotals(next);
  const first = datesBetween(resume, addDays(resume, RETURN.easyOnlyDays - 1));
  const second = datesBetween(addDays(resume, 7), addDays(resume, 13));
  // The first 7 days back: easy running only, the long run included.
  for (const d of first) {
    const w = activeAt(next, d);
    if (!w || !isChangeable(w, today) || !isHardType(w.type)) continue;
    const ctx = sessionContext(next, next.weeks[weekIndexOf(next, d)] as PlanWeek);
    replaceAt(next, d, easyInstead(w, w.distanceKm, ctx), { code: 'return_easy_only', rule: 15, signal }, changes, w);
  }
  ensureResume(next, resume, today, signal, changes);
  capWindow(next, first, RETURN.firstWeekShare * ref, today, signal, changes);
  capWindow(next, second, RETURN.secondWeekShare * ref, today, signal, changes);
  // Paces for the time off, on every workout still ahead (the plan's VDOT stays the runner's fitness before it).
  const loss = vdotLossForBreak(daysBetween(input.breakFrom, resume));
  if (next.vdot !== null && loss > 0) {
    const vdot = Math.round((next.vdot - loss) * 10) / 10;
    const why: ChangeReason = { code: 'return_paces', rule: 15, signal, value: vdot, ref: next.vdot };
    repaceFrom(next, pacesFromVdot(vdot), racePaceFor(next, vdot).pace, resume, why, changes);
  }
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
}

/** Running resumes within 2 days of `resume`: the first run after that moves up, as an easy run. */
function ensureResume(next: Plan, resume: string, today: string, signal: ChangeSignal, changes: PlanChange[]): void {
  const soon = datesBetween(resume, addDays(resume, RETURN.resumeWithinDays));
  if (soon.some((d) => activeAt(next, d))) return;
  const later = datesBetween(addDays(resume, RETURN.resumeWithinDays + 1), addDays(resume, 13));
  const runDate = later.find((d) => {
    const w = activeAt(next, d);
    return !!w && isChangeable(w, today);
  });
  if (!runDate) return;
  const run = activeAt(next, runDate) as Workout;
  const runWeek = weekIndexOf(next, runDate);
  const days = next.baseline?.daysPerWeek ?? 7;
  const target = soon.find((d) => {
    const wi = weekIndexOf(next, d);
    if (wi < 0 || d < today || d >= next.goal.raceDate) return false;
    if (wi === runWeek) return true;
    const week = next.weeks[wi] as PlanWeek;
    return new Set(week.workouts.filter(isActive).map((w) => w.date)).size < days;
  });
  if (!target) return;
  const ctx = sessionContext(next, next.weeks[weekIndexOf(next, target)] as PlanWeek);
  const moved = easyInstead({ ...run, date: target }, run.distanceKm, ctx);
  const why: ChangeReason = { code: 'return_resume', rule: 15, signal, date: runDate };
  replaceAt(next, runDate, { ...run, status: 'skipped' }, { code: 'moved_to', rule: 15, date: target }, changes, run);
  const slot = workoutAt(next, target);
  replaceAt(next, target, { ...moved, status: 'planned' }, why, changes, slot?.workout);
  recomputeTotals(next);
}

/** The window's runs (race aside) scaled down to at most `capKm` in all; runs that would fall under 2 km rest. */
function capWindow(
  next: Plan,
  dates: string[],
  capKm: number,
  today: string,
  signal: ChangeSignal,
  changes: PlanChange[],
): void {
  const runs = () =>
    dates.map((d) => activeAt(next, d)).filter((w): w is Workout => !!w && w.type !== 'race' && isActive(w));
  const total = () => runs().reduce((s, w) => s + w.distanceKm, 0);
  const why: ChangeReason = { code: 'return_volume', rule: 15, signal, value: Math.round(capKm * 10) / 10 };
  for (let pass = 0; pass < 8 && total() > capKm + 1e-9; pass++) {
    const movable = runs().filter((w) => isChangeable(w, today));
    const fixedKm = total() - movable.reduce((s, w) => s + w.distanceKm, 0);
    const room = Math.max(0, capKm - fixedKm);
    const f =
      room /
      Math.max(
        1e-9,
        movable.reduce((s, w) => s + w.distanceKm, 0),
      );
    // The latest run that would fall under 2 km rests, so the others keep a sensible length.
    const tooShort = [...movable].reverse().find((w) => w.distanceKm * f < MIN_KEEP_KM);
    if (tooShort) {
      replaceAt(next, tooShort.date, { ...tooShort, status: 'skipped' }, why, changes, tooShort);
      continue;
    }
    for (const w of movable) {
      const ctx = sessionContext(next, next.weeks[weekIndexOf(next, w.date)] as PlanWeek);
      replaceAt(next, w.date, resizeWorkout(w, floor1(w.distanceKm * f), ctx), why, changes, w);
    }
  }
  recomputeTotals(next);
}

/** The runner is cleared (after pain) or well again: rule 15 from `resumeOn` for a break that began `breakFrom`. */
export function applyReturn(plan: Plan, input: ReturnInput, today: string): Adaptation {
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  returnInto(next, { restore: true, ...input }, today, changes);
  return { plan: next, changes };
}
