/**
 * A change of race date, goal time, days a week, long-run day or weekly volume rebuilds the plan from today
 * on under the engine's rules, keeping every past day as it was (design.md, "Adaptation"). The engine builds
 * the new weeks (`generatePlan` through `buildPlan`); this door splices them after the kept days.
 */
import { addDays } from '../../time/local.ts';
import { recomputeTotals } from '../../training/adaptation/plan-edit.ts';
import type { PlanError } from '../../training/notes.ts';
import type { Plan, PlanRequest, PlanWeek } from '../../training/types.ts';
import { buildPlan } from '../engine.ts';

export interface PlanEdit {
  raceDate?: string | undefined;
  goalTimeSec?: number | null | undefined;
  daysPerWeek?: number | undefined;
  longRunDay?: PlanRequest['longRunDay'] | undefined;
  weeklyKm?: number | undefined;
}

export type RebuildOutcome = { ok: true; plan: Plan; request: PlanRequest } | { ok: false; error: PlanError };

/**
 * The volume the plan has reached: the planned km of the last full week before today (the runner is trained
 * to that, and rule 4 counts it as "a week before"); the runner's profile volume before the plan has a week.
 */
export function currentVolume(plan: Plan, today: string, fallback: number): number {
  const done = plan.weeks.filter((w) => addDays(w.startDate, 6) < today && w.totalKm > 0);
  return done.at(-1)?.totalKm ?? fallback;
}

export function rebuildFrom(
  plan: Plan,
  base: Omit<PlanRequest, 'startDate' | 'goal' | 'raceDate'>,
  edit: PlanEdit,
  today: string,
): RebuildOutcome {
  const goalTimeSec = edit.goalTimeSec === undefined ? base.goalTimeSec : (edit.goalTimeSec ?? undefined);
  const request: PlanRequest = {
    goal: plan.goal.distance,
    raceDate: edit.raceDate ?? plan.goal.raceDate,
    startDate: today,
    weeklyKm: edit.weeklyKm ?? base.weeklyKm,
    daysPerWeek: edit.daysPerWeek ?? base.daysPerWeek,
    longRunDay: edit.longRunDay ?? base.longRunDay,
    ...(base.recentRace ? { recentRace: base.recentRace } : {}),
    ...(goalTimeSec ? { goalTimeSec } : {}),
  };
  const built = buildPlan(request);
  if (!built.ok) return built;
  // Past days stay exactly as they were; the week holding today keeps only its days before today.
  const kept: PlanWeek[] = plan.weeks
    .filter((w) => w.startDate < today)
    .map((w) => ({ ...w, workouts: w.workouts.filter((x) => x.date < today) }));
  // Days the runner already took out (ill, travelling, skipped) stay out: a new goal time is no reason to run sick.
  const skipped = new Set(
    plan.weeks
      .flatMap((w) => w.workouts)
      .filter((x) => x.date >= today && x.status === 'skipped')
      .map((x) => x.date),
  );
  const coming = built.plan.weeks.map((w) => ({
    ...w,
    workouts: w.workouts.map((x) =>
      skipped.has(x.date) && x.type !== 'race' ? { ...x, status: 'skipped' as const } : x,
    ),
  }));
  const weeks = [...kept, ...coming].map((w, i) => ({ ...w, index: i + 1 }));
  const next: Plan = { ...built.plan, startDate: plan.startDate < today ? plan.startDate : today, weeks };
  recomputeTotals(next);
  return { ok: true, plan: next, request };
}
