import type { StoredPlan, StoredWorkout } from '../../db/store/index.ts';
import { workoutFromRow } from '../../db/store/plans.ts';
import { modelMaySee, type RunSource } from '../../runs/source-policy.ts';
import { addDays } from '../../time/local.ts';
import type { Confirmation } from '../../training/adaptation/types.ts';
import { type WeekTotals, weekTotals } from '../../training/load/week-totals.ts';
import type { Advice } from '../../training/notes.ts';
import { restingOn, setHealth } from '../conversation/health.ts';
import { type AdaptOutcome, applyEvent, buildPlan, type PlanChange } from '../engine.ts';
import { ENGLISH, warningText } from '../replies/engine-words.ts';
import type { CoachContext } from '../types.ts';
import { activePlan, currentWeek, durationToSec, runnerOf, todayOf } from './common.ts';
import { withoutStravaStatuses } from './strava-mask.ts';
import { defineTool, fail, failEngine, ok, type ToolResult } from './tool.ts';

export interface PlanCreated {
  plan: StoredPlan;
  today: string;
  thisWeek: StoredWorkout[];
}

/** A compact plan view for the model: the numbers come from the engine, the model only words them. */
export function planForModel(plan: StoredPlan) {
  return {
    goal: plan.goal,
    startDate: plan.startDate,
    vdot: plan.vdot,
    paces: plan.paces,
    warnings: plan.warnings.map((w) => warningText(ENGLISH, w)),
    weeks: plan.weeks.map((w) => ({ index: w.index, phase: w.phase, startDate: w.startDate, totalKm: w.totalKm })),
  };
}

export const createPlan = defineTool<'create_plan', PlanCreated>({
  name: 'create_plan',
  description:
    'Builds a new periodized training plan toward a goal race (replaces the current plan). Paces come from the recent race or goal time. Missing inputs default to the runner profile.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const daysPerWeek = args.daysPerWeek ?? user.daysPerWeek;
    const weeklyKm = args.weeklyKm ?? user.weeklyKm;
    const longRunDay = args.longRunDay ?? user.longRunDay;
    const request = {
      goal: args.goal,
      raceDate: args.raceDate,
      startDate: today,
      weeklyKm,
      daysPerWeek,
      longRunDay,
      recentRace:
        user.recentRaceDistance && user.recentRaceTimeSec
          ? { distance: user.recentRaceDistance, timeSec: user.recentRaceTimeSec }
          : undefined,
      goalTimeSec: args.goalTime ? durationToSec(args.goalTime) : undefined,
    };
    const outcome = buildPlan(request);
    if (!outcome.ok) return failEngine({ planError: outcome.error });
    ctx.store.transaction(() => {
      ctx.store.users.update(ctx.userId, { daysPerWeek, weeklyKm, longRunDay, onboarded: true, pendingFlow: null });
      ctx.store.plans.create(ctx.userId, outcome.plan, request);
    });
    const week = currentWeek(today);
    const thisWeek = outcome.plan.weeks
      .flatMap((w) => w.workouts)
      .filter((w) => w.date >= week.from && w.date <= week.to);
    return ok({ plan: outcome.plan, today, thisWeek });
  },
  forModel: (d) => ({ plan: planForModel(d.plan), today: d.today, thisWeek: d.thisWeek }),
});

export interface WorkoutsView {
  from: string;
  to: string;
  today: string;
  workouts: StoredWorkout[];
  runs: { date: string; distanceKm: number; durationSec: number; source: RunSource; rpe: number | null }[];
  hasPlan: boolean;
  /** The days' planned and done km, the one definition every face shows (training/load/week-totals.ts). */
  totals: WeekTotals;
  /** The workouts as the model may see them: statuses set by Strava runs left out. */
  workoutsForModel: StoredWorkout[];
}

export const getWorkouts = defineTool<'get_workouts', WorkoutsView>({
  name: 'get_workouts',
  description:
    'The planned workouts (and logged runs) between two dates; by default the current week (Monday to Sunday).',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const week = currentWeek(today);
    const from = args.from ?? (args.to ? addDays(args.to, -6) : week.from);
    const to = args.to ?? (args.from ? addDays(args.from, 6) : week.to);
    if (to < from) return fail('err-range-reversed');
    if (addDays(from, 92) < to) return fail('err-range-too-long');
    const workouts = ctx.store.plans.workoutsBetween(ctx.userId, from, to).map(workoutFromRow);
    const runs = ctx.store.runs.between(ctx.userId, from, to).map((r) => ({
      date: r.date,
      distanceKm: r.distanceKm,
      durationSec: r.durationSec,
      source: r.source,
      rpe: r.rpe,
    }));
    return ok({
      from,
      to,
      today,
      workouts,
      runs,
      hasPlan: ctx.store.plans.activeRef(ctx.userId) !== undefined,
      totals: weekTotals(workouts, runs, from, to),
      workoutsForModel: withoutStravaStatuses(ctx, workouts),
    });
  },
  // Strava runs never reach the model (design.md, "Strava policy"). Steps stay out too: the title and
  // description say what the session is, and keep the request small.
  forModel: ({ workoutsForModel, ...d }) => {
    const runs = d.runs.filter(modelMaySee);
    return {
      ...d,
      workouts: workoutsForModel.map(({ steps: _steps, ...w }) => w),
      runs,
      // The same totals, computed from what the model may see: no Strava runs and no statuses they set.
      totals: weekTotals(workoutsForModel, runs, d.from, d.to),
    };
  },
});

export interface PlanAdapted {
  today: string;
  changes: PlanChange[];
  advice: Advice | null;
  stopRunning: boolean;
  /** Rule 16: nothing about paces applied yet, the runner is asked first. */
  confirm?: Confirmation;
  /** What the request was about, for the reply. */
  subject: { date?: string; newDate?: string; reason?: string };
}

/** Loads the plan, applies an engine event, stores the result: the one path by which plans adapt. */
export function adaptWith(
  ctx: CoachContext,
  event: Parameters<typeof applyEvent>[1],
  subject: PlanAdapted['subject'],
): ToolResult<PlanAdapted> {
  const user = runnerOf(ctx);
  if (!user) return fail('err-not-started');
  const plan = activePlan(ctx);
  if (!plan) return fail('err-no-plan');
  const today = todayOf(ctx, user);
  const outcome: AdaptOutcome = applyEvent(plan, event, today);
  if (outcome.refused) return failEngine({ refusal: outcome.refused });
  // New paces may change no workout's words (sessions by effort) and still belong to the plan.
  if (outcome.changes.length > 0 || outcome.plan.vdot !== plan.vdot)
    ctx.store.plans.replaceActive(ctx.userId, outcome.plan);
  return ok({
    today,
    changes: outcome.changes,
    advice: outcome.advice ?? null,
    stopRunning: outcome.stopRunning ?? false,
    ...(outcome.confirm ? { confirm: outcome.confirm } : {}),
    subject,
  });
}

export const rescheduleWorkout = defineTool<'reschedule_workout', PlanAdapted>({
  name: 'reschedule_workout',
  description:
    "Moves a planned workout to another day (the engine refuses moves that would put two hard days back to back or leave the workout's week).",
  run(ctx, args) {
    const w = ctx.store.plans.workoutOn(ctx.userId, args.date);
    if (!w && ctx.store.plans.activeRef(ctx.userId)) {
      return fail('err-move-rest-day', { date: { day: args.date } });
    }
    if (w && w.status !== 'planned') return fail('err-move-done', { date: { day: args.date } });
    // A day the runner is ill, injured or on a hold stays rest: no workout may be moved into it.
    const held = restingOn(runnerOf(ctx), args.newDate);
    if (held) {
      const key =
        held.kind === 'illness'
          ? 'err-move-held-illness'
          : held.kind === 'hold'
            ? 'err-move-held-hold'
            : 'err-move-held-injury';
      return fail(key, { date: { day: args.newDate }, until: { day: held.until } });
    }
    return adaptWith(ctx, { kind: 'reschedule', date: args.date, newDate: args.newDate }, args);
  },
  forModel: (d) => d,
});

export const skipWorkout = defineTool<'skip_workout', PlanAdapted>({
  name: 'skip_workout',
  description:
    'Skips a planned workout; a key session may move within its week if spacing allows, otherwise it is dropped.',
  run(ctx, args) {
    const w = ctx.store.plans.workoutOn(ctx.userId, args.date);
    // Neutral words: the status may come from a Strava run, which the model must not learn about.
    if (w && w.status !== 'planned') return fail('err-skip-none-left', { date: { day: args.date } });
    if (!w && ctx.store.plans.activeRef(ctx.userId)) return fail('err-skip-rest-day', { date: { day: args.date } });
    return adaptWith(
      ctx,
      { kind: 'skip', date: args.date, reason: args.reason },
      { date: args.date, reason: args.reason },
    );
  },
  forModel: (d) => d,
});

export const adjustPlan = defineTool<'adjust_plan', PlanAdapted>({
  name: 'adjust_plan',
  description:
    'Adapts the coming days to illness, injury, fatigue, travel or a busy period. For travel/busy, availableDays are the weekdays the runner can run.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const fromDate = args.fromDate ?? todayOf(ctx, user);
    const days = args.days ?? (args.reason === 'travel' || args.reason === 'busy' ? 7 : 3);
    const adapted = adaptWith(
      ctx,
      { kind: args.reason, fromDate, days, availableDays: args.availableDays },
      { date: fromDate, reason: args.reason },
    );
    // Illness and injury are remembered for their days, so that runs logged meanwhile get a check-in.
    if (adapted.ok && (args.reason === 'illness' || args.reason === 'injury')) {
      setHealth(ctx, { kind: args.reason, from: fromDate, until: addDays(fromDate, days - 1) });
    }
    return adapted;
  },
  forModel: (d) => d,
});
