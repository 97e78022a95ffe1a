/**
 * Matching a logged run to the plan: same local date; done at ≥ 80 % of the planned distance, partial at 50–80 %,
 * otherwise an extra run that matches no workout (design.md; runcoach's thresholds).
 */
import { brief, clonePlan, workoutAt } from './adaptation/plan-edit.ts';
import type { PlanChange } from './adaptation/types.ts';
import type { Plan, Workout } from './types.ts';

export const DONE_AT = 0.8;
export const PARTIAL_AT = 0.5;

export type RunMatch =
  | { kind: 'matched'; status: 'done' | 'partial'; workout: Workout; ratio: number }
  | { kind: 'extra'; workout: Workout | null; ratio: number | null };

export function matchRun(plan: Plan, run: { date: string; distanceKm: number }): RunMatch {
  const hit = workoutAt(plan, run.date);
  const w = hit?.workout;
  if (w?.status !== 'planned' || w.distanceKm <= 0) return { kind: 'extra', workout: w ?? null, ratio: null };
  const ratio = run.distanceKm / w.distanceKm;
  if (ratio >= DONE_AT) return { kind: 'matched', status: 'done', workout: w, ratio };
  if (ratio >= PARTIAL_AT) return { kind: 'matched', status: 'partial', workout: w, ratio };
  return { kind: 'extra', workout: w, ratio };
}

/** The plan with the matched workout's status set (a new plan; the input is not changed). */
export function applyRun(
  plan: Plan,
  run: { date: string; distanceKm: number },
): { plan: Plan; match: RunMatch; changes: PlanChange[] } {
  const match = matchRun(plan, run);
  if (match.kind !== 'matched') return { plan, match, changes: [] };
  const next = clonePlan(plan);
  const hit = workoutAt(next, run.date);
  if (!hit) return { plan, match, changes: [] };
  const updated = { ...hit.workout, status: match.status };
  hit.week.workouts[hit.index] = updated;
  const changes: PlanChange[] = [
    {
      date: run.date,
      before: brief(hit.workout),
      after: brief(updated),
      reasons: [{ code: 'ran', value: run.distanceKm }],
    },
  ];
  return { plan: next, match, changes };
}
