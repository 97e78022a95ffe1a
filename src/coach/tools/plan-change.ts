/**
 * Tools that change the current plan on the runner's word: new race date, goal time, days a week, long-run day
 * or weekly volume (rebuilt from today on, past days kept); a skipped workout put back; the return to running
 * after a break the runner has been cleared from.
 */
import type { StoredWorkout } from '../../db/store/index.ts';
import { addDays } from '../../time/local.ts';
import {
  activeAt,
  easyInstead,
  recomputeTotals,
  sessionContext,
  weekIndexOf,
} from '../../training/adaptation/plan-edit.ts';
import { vdotLossForBreak, volumeBeforeBreak } from '../../training/adaptation/return.ts';
import { hardNeighbour } from '../../training/adaptation/spacing.ts';
import { daysBetween } from '../../training/dates.ts';
import type { PlanWarning } from '../../training/notes.ts';
import { isHardType, type Plan, type PlanWeek, type Workout } from '../../training/types.ts';
import { clearHealth, healthOf } from '../conversation/health.ts';
import { currentVolume, type PlanEdit, rebuildFrom } from '../conversation/rebuild.ts';
import { applyEvent, type PlanChange } from '../engine.ts';
import type { CoachContext } from '../types.ts';
import { activePlan, currentWeek, durationToSec, runnerOf, todayOf } from './common.ts';
import { defineTool, fail, failEngine, ok, type ToolResult } from './tool.ts';

/** What the plan looked like before and after a change, in numbers the reply words. */
export interface PlanSnapshot {
  raceDate: string;
  goalTime: string | null;
  daysPerWeek: number;
  longRunDay: string;
  /** Planned km of the week holding today, and of the next week. */
  thisWeekKm: number;
  nextWeekKm: number;
  weeksLeft: number;
}

export interface PlanChanged {
  today: string;
  changed: (keyof PlanEdit)[];
  before: PlanSnapshot;
  after: PlanSnapshot;
  warnings: PlanWarning[];
  thisWeek: StoredWorkout[];
}

function weekKm(plan: Plan, from: string): number {
  const to = addDays(from, 6);
  const km = plan.weeks
    .flatMap((w) => w.workouts)
    .filter(
      (w) => w.date >= from && w.date <= to && w.type !== 'race' && w.status !== 'skipped' && w.status !== 'missed',
    )
    .reduce((s, w) => s + w.distanceKm, 0);
  return Math.round(km * 10) / 10;
}

function snapshot(plan: Plan, today: string, days: number, longRunDay: string): PlanSnapshot {
  const week = currentWeek(today);
  return {
    raceDate: plan.goal.raceDate,
    goalTime: plan.goal.goalTime,
    daysPerWeek: days,
    longRunDay,
    thisWeekKm: weekKm(plan, week.from),
    nextWeekKm: weekKm(plan, addDays(week.from, 7)),
    weeksLeft: Math.max(0, Math.ceil((Date.parse(plan.goal.raceDate) - Date.parse(today)) / (7 * 86_400_000))),
  };
}

/** Rebuilds the active plan with `edit` and stores it (the old one is archived with every past day in both). */
export function applyEdit(
  ctx: CoachContext,
  edit: PlanEdit,
  after?: (plan: Plan, today: string) => void,
): ToolResult<PlanChanged> {
  const user = runnerOf(ctx);
  if (!user) return fail('err-not-started');
  const plan = activePlan(ctx);
  if (!plan) return fail('err-no-plan');
  const today = todayOf(ctx, user);
  const base = {
    weeklyKm: currentVolume(plan, today, user.weeklyKm),
    daysPerWeek: user.daysPerWeek,
    longRunDay: user.longRunDay,
    ...(user.recentRaceDistance && user.recentRaceTimeSec
      ? { recentRace: { distance: user.recentRaceDistance, timeSec: user.recentRaceTimeSec } }
      : {}),
    ...(plan.goal.goalTime ? { goalTimeSec: durationToSec(plan.goal.goalTime) } : {}),
  };
  // A day the runner has already run (or marked) stays as it was, with its run matched: the rebuild starts tomorrow.
  const doneToday =
    ctx.store.runs.between(ctx.userId, today, today).length > 0 ||
    plan.weeks.some((w) => w.workouts.some((x) => x.date === today && x.status !== 'planned'));
  const from = doneToday ? addDays(today, 1) : today;
  const rebuilt = rebuildFrom(plan, base, edit, from);
  if (!rebuilt.ok) return failEngine({ planError: rebuilt.error });
  after?.(rebuilt.plan, from);
  const changed = (Object.keys(edit) as (keyof PlanEdit)[]).filter((k) => edit[k] !== undefined);
  ctx.store.transaction(() => {
    ctx.store.users.update(ctx.userId, {
      ...(edit.daysPerWeek ? { daysPerWeek: edit.daysPerWeek } : {}),
      ...(edit.longRunDay ? { longRunDay: edit.longRunDay } : {}),
      ...(edit.weeklyKm !== undefined ? { weeklyKm: edit.weeklyKm } : {}),
    });
    ctx.store.plans.create(ctx.userId, rebuilt.plan, { ...rebuilt.request, rebuiltFrom: plan.startDate });
  });
  const week = currentWeek(today);
  return ok({
    today,
    changed,
    before: snapshot(plan, today, user.daysPerWeek, user.longRunDay),
    after: snapshot(rebuilt.plan, today, rebuilt.request.daysPerWeek, rebuilt.request.longRunDay),
    warnings: rebuilt.plan.warnings,
    thisWeek: rebuilt.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.date >= week.from && w.date <= week.to),
  });
}

export const changePlan = defineTool<'change_plan', PlanChanged>({
  name: 'change_plan',
  description:
    'Changes the CURRENT plan from today on: race date, goal time (or clearGoalTime), days per week, long-run day or weekly volume. The engine rebuilds the coming weeks under its rules; every past day stays as it was. Use this, not create_plan, when the runner changes something about the plan they have.',
  run(ctx, args) {
    const edit: PlanEdit = {
      raceDate: args.raceDate,
      goalTimeSec: args.clearGoalTime ? null : args.goalTime ? durationToSec(args.goalTime) : undefined,
      daysPerWeek: args.daysPerWeek,
      longRunDay: args.longRunDay,
      weeklyKm: args.weeklyKm,
    };
    if (Object.values(edit).every((v) => v === undefined)) return fail('err-plan-nothing-to-change');
    return applyEdit(ctx, edit);
  },
  forModel: ({ thisWeek, ...d }) => ({ ...d, thisWeek: thisWeek.map(({ steps: _s, ...w }) => w) }),
});

/** How far back a break is looked for: rule 15's 8 days without running. */
const BREAK_LOOKBACK_DAYS = 8;

export interface ReturnToRunning {
  /** False when there was no break to come back from: the plan carries on. */
  rebuilt: boolean;
  today?: string;
  /** The break's first day and the volume of the last full week before it (rule 15's reference). */
  breakFrom?: string;
  refKm?: number;
  /** Planned km of the first and second 7 days back (at most 50 % and 75 % of `refKm`). */
  firstWeekKm?: number;
  secondWeekKm?: number;
  /** VDOT points the paces lost for the time off (0: none). */
  vdotLoss?: number;
  changes?: PlanChange[];
  thisWeek?: StoredWorkout[];
}

export const returnToRunning = defineTool<'return_to_running', ReturnToRunning>({
  name: 'return_to_running',
  description:
    'The runner is cleared to run again (a doctor or physio said so after pain, or they are well after illness). Ends the hold: the engine brings the plan back from today by rule 15 (easy running only for 7 days at most half the last full week before the break, then at most three quarters, paces lowered for the time off).',
  run(ctx) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const health = healthOf(user);
    // Cleared or well again: the illness, injury or hold ends, so runs logged from now on get no check-in.
    clearHealth(ctx);
    const plan = activePlan(ctx);
    if (!plan) return fail('err-no-plan');
    const today = todayOf(ctx, user);
    const rested = plan.weeks
      .flatMap((w) => w.workouts)
      .filter(
        (w) => w.status === 'skipped' && w.date >= addDays(today, -BREAK_LOOKBACK_DAYS) && w.date <= addDays(today, 14),
      )
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    const breakFrom = health && health.from <= today ? health.from : rested[0]?.date;
    if (!breakFrom || (rested.length === 0 && !health)) return ok({ rebuilt: false });
    const outcome = applyEvent(plan, { kind: 'return', breakFrom, resumeOn: today }, today);
    ctx.store.plans.replaceActive(ctx.userId, outcome.plan);
    const week = currentWeek(today);
    const daysKm = (from: string) => weekKm(outcome.plan, from);
    return ok({
      rebuilt: true,
      today,
      breakFrom,
      refKm: Math.round(volumeBeforeBreak(plan, breakFrom) * 10) / 10,
      firstWeekKm: daysKm(today),
      secondWeekKm: daysKm(addDays(today, 7)),
      vdotLoss: plan.vdot === null ? 0 : vdotLossForBreak(daysBetween(breakFrom, today)),
      changes: outcome.changes,
      thisWeek: outcome.plan.weeks.flatMap((w) => w.workouts).filter((w) => w.date >= week.from && w.date <= week.to),
    });
  },
  forModel: ({ thisWeek, ...d }) => ({ ...d, thisWeek: thisWeek?.map(({ steps: _s, ...w }) => w) }),
});

export interface WorkoutRestored {
  date: string;
  workout: StoredWorkout;
  /** Where the engine had moved it when it was skipped (that copy is gone now). */
  movedBackFrom: string | null;
  /** A hard session next to another hard day comes back as an easy run (rule 2). */
  asEasy: boolean;
}

export const restoreWorkout = defineTool<'restore_workout', WorkoutRestored>({
  name: 'restore_workout',
  description:
    'Puts a skipped or missed workout back on its day ("actually I can run on Thursday, put it back"). A session the engine had moved elsewhere in the week moves back; a hard session next to another hard day comes back as an easy run.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const plan = activePlan(ctx);
    if (!plan) return fail('err-no-plan');
    const today = todayOf(ctx, user);
    if (args.date < today) return fail('err-restore-passed', { date: { day: args.date } });
    const wi = weekIndexOf(plan, args.date);
    const week = wi >= 0 ? (plan.weeks[wi] as PlanWeek) : undefined;
    const skipped = week?.workouts.find(
      (w) => w.date === args.date && (w.status === 'skipped' || w.status === 'missed'),
    );
    if (!week || !skipped) {
      return fail(activeAt(plan, args.date) ? 'err-restore-has-workout' : 'err-restore-nothing-skipped', {
        date: { day: args.date },
      });
    }
    // The skip may have moved the session within its week: that copy goes, so it is not run twice.
    const copy = week.workouts.find(
      (w) =>
        w !== skipped &&
        w.date >= today &&
        w.status === 'planned' &&
        w.type === skipped.type &&
        w.title === skipped.title,
    );
    let restored: Workout = { ...skipped, status: 'planned' };
    const others = copy ? [copy] : [];
    const asEasy = isHardType(restored.type) && hardNeighbour(plan, args.date, others) !== null;
    if (asEasy) restored = easyInstead(restored, restored.distanceKm, sessionContext(plan, week));
    week.workouts = week.workouts.filter((w) => w !== copy).map((w) => (w === skipped ? restored : w));
    recomputeTotals(plan);
    ctx.store.plans.replaceActive(ctx.userId, plan);
    return ok({ date: args.date, workout: restored, movedBackFrom: copy?.date ?? null, asEasy });
  },
  forModel: ({ workout: { steps: _s, ...w }, ...d }) => ({ ...d, workout: w }),
});
