/**
 * Answers to runners' questions from the engine's numbers (paces, why a week is lighter, what a workout is for,
 * whether a race fits the plan on a day, the race prediction), and the fixed, sourced answers to common
 * questions (fuelling, running with a cold, a parkrun inside a plan). The words are in replies/answers.ts.
 */
import type { StoredPlan, StoredWorkout } from '../../db/store/index.ts';
import { addDays, weekStart } from '../../time/local.ts';
import { weekIndexOf } from '../../training/adaptation/plan-edit.ts';
import { isHardType, type Paces, type Phase } from '../../training/types.ts';
import { type HeartProfile, heartOf, hrMethod } from '../../training/zones/heart-rate.ts';
import { predictedTimes } from '../engine.ts';
import { activePlan, durationToSec, runnerOf, todayOf } from './common.ts';
import type { PURPOSE_KINDS, QUESTION_TOPICS } from './schemas.ts';
import { defineTool, fail, ok } from './tool.ts';

export type QuestionTopic = (typeof QUESTION_TOPICS)[number];
/** A kind of session a runner asks about: the workout types and strides. */
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** Why a week has the volume it has, as a code the reply words (issue 17 translates codes, not sentences). */
export type WeekReason =
  | 'taper'
  | 'race_week'
  | 'cutback'
  | 'adapted'
  | 'partial'
  /** The plan's first week: the starting volume (what the runner runs now), not a lighter week. */
  | 'first'
  | 'build'
  | 'steady';

/** Whether a race (a parkrun, a tune-up) on a day fits the plan. */
export type RaceFit =
  | 'too_close_to_goal'
  | 'instead_of_quality'
  | 'inside_long_run'
  | 'on_easy_day'
  | 'on_rest_day'
  | 'after_race'
  | 'before_plan';

export type Answer =
  | { topic: 'paces'; paces: Paces | null; vdot: number | null; goalTime: string | null }
  | { topic: 'heart_rate'; known: false }
  | { topic: 'heart_rate'; known: true; heart: HeartProfile }
  | {
      topic: 'week_load';
      weekStart: string;
      phase: Phase;
      totalKm: number;
      previousKm: number | null;
      ratio: number | null;
      reason: WeekReason;
      skipped: number;
    }
  /** `kind`: the kind of session asked about; `workout` is then the next planned one of that kind. */
  | { topic: 'workout_purpose'; date: string; workout: StoredWorkout | null; kind?: PurposeKind }
  | {
      topic: 'race_fit';
      date: string;
      fit: RaceFit;
      workout: StoredWorkout | null;
      daysToGoal: number;
      /** Rule 16: easy or rest days after a tune-up race of this length before the next hard day. */
      easyDaysAfter: number;
      /** Hard sessions inside those days (they would become easy). */
      hardSoonAfter: StoredWorkout[];
    }
  | {
      topic: 'prediction';
      goal: StoredPlan['goal'];
      vdot: number | null;
      predictions: Record<string, number> | null;
      goalTimeSec: number | null;
    }
  | { topic: 'fuelling' | 'cold' | 'parkrun' };

/** Days before the goal race in which no other race fits (a 10-day taper's quality is enough: Bosquet 2007). */
const NO_RACE_BEFORE_GOAL_DAYS = 10;
/** Daniels: one easy day per 3 km raced before the next hard day (design.md, rule 16). */
const KM_PER_EASY_DAY = 3;
/** A parkrun is 5 km. */
const PARKRUN_KM = 5;

function activeOn(plan: StoredPlan, date: string): StoredWorkout | null {
  return (
    plan.weeks
      .flatMap((w) => w.workouts)
      .find((w) => w.date === date && w.status !== 'skipped' && w.status !== 'missed') ?? null
  );
}

function weekLoad(plan: StoredPlan, date: string): Answer {
  const i = Math.max(0, weekIndexOf(plan, date));
  const week = plan.weeks[i] ?? plan.weeks[0];
  if (!week)
    return {
      topic: 'week_load',
      weekStart: date,
      phase: 'base',
      totalKm: 0,
      previousKm: null,
      ratio: null,
      reason: 'steady',
      skipped: 0,
    };
  const prev = i > 0 ? plan.weeks[i - 1] : undefined;
  const ratio = prev && prev.totalKm > 0 ? Math.round((week.totalKm / prev.totalKm) * 100) / 100 : null;
  const skipped = week.workouts.filter((w) => w.status === 'skipped' || w.status === 'missed').length;
  const partial = i === 0 && addDays(week.startDate, 0) !== weekStart(week.startDate);
  const reason: WeekReason =
    week.phase === 'race'
      ? 'race_week'
      : week.phase === 'taper'
        ? 'taper'
        : skipped > 0 && (ratio === null || ratio < 1)
          ? 'adapted'
          : ratio !== null && ratio <= 0.9
            ? 'cutback'
            : i === 0
              ? partial
                ? 'partial'
                : 'first'
              : ratio !== null && ratio > 1
                ? 'build'
                : 'steady';
  return {
    topic: 'week_load',
    weekStart: week.startDate,
    phase: week.phase,
    totalKm: week.totalKm,
    previousKm: prev?.totalKm ?? null,
    ratio,
    reason,
    skipped,
  };
}

function raceFit(plan: StoredPlan, date: string, today: string): Answer {
  const workout = activeOn(plan, date);
  const daysToGoal = Math.round((Date.parse(plan.goal.raceDate) - Date.parse(date)) / 86_400_000);
  const easyDaysAfter = Math.ceil(PARKRUN_KM / KM_PER_EASY_DAY);
  const hardSoonAfter = plan.weeks
    .flatMap((w) => w.workouts)
    .filter(
      (w) =>
        w.date > date &&
        w.date <= addDays(date, easyDaysAfter) &&
        w.status === 'planned' &&
        isHardType(w.type) &&
        w.type !== 'race',
    );
  const fit: RaceFit =
    date < plan.startDate || date < today
      ? 'before_plan'
      : date > plan.goal.raceDate
        ? 'after_race'
        : daysToGoal <= NO_RACE_BEFORE_GOAL_DAYS
          ? 'too_close_to_goal'
          : !workout
            ? 'on_rest_day'
            : workout.type === 'long'
              ? 'inside_long_run'
              : isHardType(workout.type)
                ? 'instead_of_quality'
                : 'on_easy_day';
  return { topic: 'race_fit', date, fit, workout, daysToGoal, easyDaysAfter, hardSoonAfter };
}

export const answerQuestion = defineTool<'answer_question', Answer>({
  name: 'answer_question',
  description:
    "Answers a runner's question from the engine's numbers (training paces, heart-rate zones, why a week is lighter, what a workout is for, whether a race such as a parkrun fits the plan on a date, the race prediction) or with fixed sourced advice (fuelling before a long run, running with a cold, a parkrun in a plan). Use it instead of guessing numbers.",
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    if (args.topic === 'fuelling' || args.topic === 'cold' || (args.topic === 'parkrun' && !args.date)) {
      return ok({ topic: args.topic });
    }
    if (args.topic === 'heart_rate') {
      const heart = heartOf(user);
      return ok(hrMethod(heart) ? { topic: 'heart_rate', known: true, heart } : { topic: 'heart_rate', known: false });
    }
    const plan = activePlan(ctx);
    if (!plan) return fail('err-no-plan');
    switch (args.topic) {
      case 'paces':
        return ok({ topic: 'paces', paces: plan.paces, vdot: plan.vdot, goalTime: plan.goal.goalTime });
      case 'week_load':
        return ok(weekLoad(plan, args.date ?? addDays(weekStart(today), 7)));
      case 'workout_purpose': {
        const date = args.date ?? today;
        if (args.kind) {
          // "what is the long run for?": that kind of session, and the next one planned (strides ride on easy runs).
          const type = args.kind === 'strides' ? 'easy' : args.kind;
          const next =
            plan.weeks
              .flatMap((w) => w.workouts)
              .find((w) => w.date >= date && w.status === 'planned' && w.type === type) ?? null;
          return ok({ topic: 'workout_purpose', date: next?.date ?? date, workout: next, kind: args.kind });
        }
        const workout =
          activeOn(plan, date) ??
          plan.weeks.flatMap((w) => w.workouts).find((w) => w.date > date && w.status === 'planned') ??
          null;
        return ok({ topic: 'workout_purpose', date: workout?.date ?? date, workout });
      }
      case 'parkrun':
      case 'race_fit':
        return ok(raceFit(plan, args.date ?? today, today));
      case 'prediction':
        return ok({
          topic: 'prediction',
          goal: plan.goal,
          vdot: plan.vdot,
          predictions: plan.vdot ? predictedTimes(plan.vdot) : null,
          goalTimeSec: plan.goal.goalTime ? durationToSec(plan.goal.goalTime) : null,
        });
    }
  },
  forModel: (d) =>
    d.topic === 'workout_purpose' && d.workout ? { ...d, workout: { ...d.workout, steps: undefined } } : d,
});
