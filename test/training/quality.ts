/** Quality-session arithmetic for the coach-review tests, read from the steps (not from the engine's own numbers). */
import type { PlanWeek, Workout, Zone } from '../../src/training/index.ts';

const active = (w: Workout) => w.status !== 'skipped' && w.status !== 'missed';

/** Km of work in `zone` (reps × distance, recoveries excluded). */
export function workKm(w: Workout, zone: Zone): number {
  return (
    w.steps.filter((s) => s.zone === zone && s.kind === 'work').reduce((t, s) => t + s.reps * s.distanceKm, 0) +
    w.steps.filter((s) => s.zone === zone && s.kind === 'run' && zone !== 'easy').reduce((t, s) => t + s.distanceKm, 0)
  );
}

/** Km of fast work of any kind but strides. */
export function weekWork(w: Workout): number {
  return w.steps
    .filter((s) => s.zone !== 'easy' && s.zone !== 'stride' && s.kind !== 'warmup' && s.kind !== 'cooldown')
    .reduce((t, s) => t + s.reps * s.distanceKm, 0);
}

/** Days with a quality session: hard types but the race and a plain long run (a long run with pace work counts). */
export function qualityDays(week: PlanWeek): number {
  return week.workouts.filter(
    (w) =>
      active(w) &&
      w.type !== 'race' &&
      w.type !== 'easy' &&
      w.type !== 'recovery' &&
      !(w.type === 'long' && w.steps.every((s) => s.zone === 'easy')),
  ).length;
}
