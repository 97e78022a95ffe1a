/**
 * Small editing tools for adaptation: find, copy, resize and replace workouts, recording every change.
 * Text and steps are always rebuilt through the same builders the generator uses.
 */
import { addDays } from '../dates.ts';
import { describeWorkout } from '../plan/describe.ts';
import { buildWorkout, type SessionContext } from '../plan/sessions.ts';
import { round1, round2, stepsKm } from '../plan/steps.ts';
import type { PaceRange, Plan, PlanWeek, Workout, WorkoutStep } from '../types.ts';
import { isActive, isHardType } from '../types.ts';
import type { ChangeReason, PlanChange, WorkoutBrief } from './types.ts';

export function clonePlan(plan: Plan): Plan {
  return structuredClone(plan);
}

export function brief(w: Workout | undefined | null): WorkoutBrief | null {
  return w ? { type: w.type, distanceKm: w.distanceKm, title: w.title, status: w.status } : null;
}

/** The plan week that holds `date` (weeks run from their startDate to the day before the next one). */
export function weekIndexOf(plan: Plan, date: string): number {
  let found = -1;
  for (let i = 0; i < plan.weeks.length; i++) {
    if ((plan.weeks[i] as PlanWeek).startDate <= date) found = i;
    else break;
  }
  if (found < 0) return -1;
  const next = plan.weeks[found + 1];
  if (!next && date > plan.goal.raceDate) return -1;
  return found;
}

/** Last date of week `i`. */
export function weekEnd(plan: Plan, i: number): string {
  const next = plan.weeks[i + 1];
  return next ? addDays(next.startDate, -1) : plan.goal.raceDate;
}

export function workoutAt(plan: Plan, date: string): { week: PlanWeek; index: number; workout: Workout } | null {
  const wi = weekIndexOf(plan, date);
  if (wi < 0) return null;
  const week = plan.weeks[wi] as PlanWeek;
  // Prefer the active workout when a skipped one shares the date.
  let hit = -1;
  week.workouts.forEach((w, k) => {
    if (w.date === date && (hit < 0 || isActive(w))) hit = k;
  });
  return hit < 0 ? null : { week, index: hit, workout: week.workouts[hit] as Workout };
}

/** The active workout on `date` (ignoring those in `ignore`), or null. */
export function activeAt(plan: Plan, date: string, ignore: readonly Workout[] = []): Workout | null {
  const wi = weekIndexOf(plan, date);
  if (wi < 0) return null;
  return (
    (plan.weeks[wi] as PlanWeek).workouts.find((w) => w.date === date && isActive(w) && !ignore.includes(w)) ?? null
  );
}

export function isHardWorkout(w: Workout | null | undefined): boolean {
  return !!w && isActive(w) && isHardType(w.type);
}

/** The race-pace band carried by the race workout, if any. */
export function racePaceOf(plan: Plan): PaceRange | null {
  const last = plan.weeks.at(-1);
  const race = last?.workouts.find((w) => w.type === 'race');
  return race?.steps[0]?.pace ?? null;
}

export function sessionContext(plan: Plan, week: PlanWeek): SessionContext {
  return { paces: plan.paces, racePace: racePaceOf(plan), weekKm: week.totalKm, goal: plan.goal.distance };
}

export function recomputeTotals(plan: Plan): void {
  for (const week of plan.weeks) {
    // ISO dates sort as strings (parsing them here was most of an adaptation's time).
    week.workouts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    week.totalKm = round2(week.workouts.reduce((s, w) => s + (w.type !== 'race' && isActive(w) ? w.distanceKm : 0), 0));
  }
}

function withText(w: Workout, steps: WorkoutStep[], km: number): Workout {
  const { title, description } = describeWorkout(w.type, steps, km);
  return { ...w, distanceKm: round2(km), steps, title, description };
}

/**
 * The same workout at a new distance: single-pace runs scale; structured sessions keep their main set and
 * shorten warm-up and cool-down, then drop repetitions; a session with no room left becomes an easy run.
 */
/** Rule 6: warm-ups and cool-downs within 3 km each. */
const FRAME_MAX_KM = 3;

export function resizeWorkout(w: Workout, km: number, ctx: SessionContext): Workout {
  const target = round1(km);
  if (w.type === 'easy' || w.type === 'recovery' || w.type === 'long' || w.type === 'race') {
    const fixed = w.steps.filter((s) => s.kind === 'work');
    const fixedKm = stepsKm(fixed);
    const scalable = w.steps.filter((s) => s.kind !== 'work');
    const scalableKm = stepsKm(scalable);
    if (scalableKm <= 0 || target - fixedKm < 1)
      return { ...buildWorkout(w.date, 'easy', target, ctx), status: w.status };
    const f = (target - fixedKm) / scalableKm;
    let steps = w.steps.map((s) => (s.kind === 'work' ? s : { ...s, distanceKm: round2(s.distanceKm * f) }));
    // Keep the total exact after rounding: the first scaled step takes the remainder.
    const diff = round2(target - stepsKm(steps));
    if (diff !== 0) {
      const k = steps.findIndex((s) => s.kind !== 'work');
      steps = steps.map((s, i) => (i === k ? { ...s, distanceKm: round2(s.distanceKm + diff) } : s));
    }
    return withText(w, steps, target);
  }
  const main = w.steps.filter((s) => s.kind !== 'warmup' && s.kind !== 'cooldown').map((s) => ({ ...s }));
  const minFrame = 2;
  for (;;) {
    const mainKm = stepsKm(main);
    if (target - mainKm >= minFrame - 1e-9) break;
    const rep = main.find((s) => s.reps > 1);
    if (rep) {
      rep.reps -= 1;
      if (rep.reps === 1) delete rep.recoveryKm;
      continue;
    }
    const single = main.find((s) => s.kind === 'work');
    if (single && target - minFrame >= 1.5) {
      single.distanceKm = round1(target - minFrame);
      continue;
    }
    return { ...buildWorkout(w.date, 'easy', target, ctx), status: w.status };
  }
  const rest = round2(target - stepsKm(main));
  const warm = round1(rest / 2);
  const easyPace = w.steps.find((s) => s.kind === 'warmup')?.pace ?? ctx.paces?.easy ?? null;
  const frame = (kind: 'warmup' | 'cooldown', d: number): WorkoutStep => ({
    kind,
    reps: 1,
    distanceKm: round2(d),
    zone: 'easy',
    pace: easyPace,
    effort: w.steps.find((s) => s.kind === kind)?.effort ?? 'conversational',
  });
  // Warm-up and cool-down stay within 3 km each (rule 6): a bigger day leaves the session shorter than the day.
  const wu = Math.min(FRAME_MAX_KM, warm);
  const cd = Math.min(FRAME_MAX_KM, round2(rest - warm));
  return withText(w, [frame('warmup', wu), ...main, frame('cooldown', cd)], round2(stepsKm(main) + wu + cd));
}

/** An easy run in place of a workout (same date and status). */
export function easyInstead(w: Workout, km: number, ctx: SessionContext): Workout {
  return { ...buildWorkout(w.date, 'easy', round1(km), ctx), status: w.status };
}

/** Replaces the workout at `date` in its week (or adds one, or removes it with `next` null) and logs it. */
export function replaceAt(
  plan: Plan,
  date: string,
  next: Workout | null,
  why: ChangeReason,
  changes: PlanChange[],
  match?: Workout,
): void {
  const wi = weekIndexOf(plan, date);
  if (wi < 0) return;
  const week = plan.weeks[wi] as PlanWeek;
  let k = match ? week.workouts.indexOf(match) : week.workouts.findIndex((w) => w.date === date && isActive(w));
  // One workout a day: a session moved onto a day whose own session was skipped takes that slot.
  if (k < 0 && next) k = week.workouts.findIndex((w) => w.date === date);
  const before = k >= 0 ? (week.workouts[k] as Workout) : null;
  if (before && next && JSON.stringify(before) === JSON.stringify(next)) return;
  if (k >= 0) {
    if (next) week.workouts[k] = next;
    else week.workouts.splice(k, 1);
  } else if (next) {
    week.workouts.push(next);
  }
  changes.push({ date, before: brief(before), after: brief(next), reasons: [why] });
}

export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Planned (not yet run) workouts on or after `today`, race excluded. */
export function isChangeable(w: Workout, today: string): boolean {
  return w.date >= today && w.status === 'planned' && w.type !== 'race';
}

/**
 * One change a day: an adaptation may touch a day twice (lightened, then shortened again by a volume rule; moved
 * away, then given another session). The runner sees where each day ends up, with every reason once, in the
 * order the days were first touched. A day that ends as it began drops out.
 */
export function netChanges(changes: readonly PlanChange[]): PlanChange[] {
  const byDate = new Map<string, PlanChange>();
  for (const c of changes) {
    const prev = byDate.get(c.date);
    if (!prev) {
      byDate.set(c.date, { ...c });
      continue;
    }
    // A day brought back (skipped, then planned again) keeps only the reasons from then on.
    const back = c.before?.status === 'skipped' && c.after !== null && c.after.status !== 'skipped';
    const seen = new Set(prev.reasons.map((r) => JSON.stringify(r)));
    const reasons = back ? c.reasons : [...prev.reasons, ...c.reasons.filter((r) => !seen.has(JSON.stringify(r)))];
    byDate.set(c.date, { date: c.date, before: prev.before, after: c.after, reasons });
  }
  return [...byDate.values()].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}
