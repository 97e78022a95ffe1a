import type { StoredWorkout } from '../../db/store/index.ts';
import { workoutFromRow } from '../../db/store/plans.ts';
import { ingestRun, type RunInput, roundKm } from '../../runs/ingest.ts';
import type { RunSpike } from '../../training/load/run-spike.ts';
import type { Advice } from '../../training/notes.ts';
import { type CheckIn, checkInsFor } from '../conversation/checkins.ts';
import { painHealth, setHealth } from '../conversation/health.ts';
import { checkLoadSpike, checkRunSpike, type PlanChange } from '../engine.ts';
import type { CoachContext } from '../types.ts';
import { activePlan, durationToSec, runnerOf, todayOf } from './common.ts';
import { adaptWith } from './plan-tools.ts';
import { defineTool, fail, ok, type ToolResult } from './tool.ts';

export interface RunLogged {
  today: string;
  run: { date: string; distanceKm: number; durationSec: number; rpe: number | null; paceSecPerKm: number };
  duplicate: boolean;
  match: { status: 'done' | 'partial' | 'extra'; workout: StoredWorkout | null };
  /** The run is a single-run spike (rule 5 on logged runs), null when it is not. */
  spike: RunSpike | null;
  /** The days after a spike, eased. */
  loadChanges: PlanChange[];
  /** Questions or cautions about a run that does not fit (ill, injured, on a hold, a rest day). */
  checkIns: CheckIn[];
}

/**
 * After a run: is it more than 10 % longer than the longest of the 30 days before (rule 5, Frandsen et al. 2025)?
 * Then the next days are eased. The acute:chronic ratio is information only (get_progress, the Sunday summary).
 */
export function spikeAfterRun(
  ctx: CoachContext,
  run: { date: string; distanceKm: number },
  weeklyKm: number | null,
  today: string,
): { spike: RunSpike | null; changes: PlanChange[] } {
  const history = ctx.store.runs.all(ctx.userId);
  const plan = activePlan(ctx);
  const outcome = checkRunSpike({ run, history, weeklyKm, plan, today });
  if (!outcome) {
    const load = plan ? checkLoadSpike({ runs: history, weeklyKm, plan, today }) : null;
    if (!load) return { spike: null, changes: [] };
    ctx.store.transaction(() => ctx.store.plans.replaceActive(ctx.userId, load.plan));
    return { spike: null, changes: load.changes };
  }
  const eased = outcome.plan;
  if (eased) ctx.store.transaction(() => ctx.store.plans.replaceActive(ctx.userId, eased));
  return { spike: outcome.spike, changes: outcome.changes };
}

/**
 * A run from the runner's side (typed, or a file they sent) through the ingest module, then the load check: what
 * the `log_run` tool and activity files share, so both are matched and answered alike.
 */
export function recordRun(ctx: CoachContext, input: Omit<RunInput, 'userId'>): ToolResult<RunLogged> {
  const user = runnerOf(ctx);
  const today = user ? todayOf(ctx, user) : input.date;
  // Asked before the run changes the day's status: was the runner ill or injured, was the day a rest day?
  const checkIns = user ? checkInsFor(ctx, user, input.date) : [];
  const { run, created, match } = ingestRun(ctx.store, { ...input, userId: ctx.userId });
  const { spike, changes: loadChanges } = created
    ? spikeAfterRun(ctx, run, user?.weeklyKm ?? null, today)
    : { spike: null, changes: [] };
  return ok({
    today,
    run: {
      date: run.date,
      distanceKm: run.distanceKm,
      durationSec: run.durationSec,
      rpe: run.rpe,
      paceSecPerKm: run.durationSec / run.distanceKm,
    },
    duplicate: !created,
    match,
    spike,
    loadChanges,
    checkIns: created ? checkIns : [],
  });
}

/**
 * Stores a run the runner reports and matches it to the plan (same local date; done ≥ 80 %, partial 50–80 %).
 * Idempotent: the same run told twice is stored once.
 */
export const logRun = defineTool<'log_run', RunLogged>({
  name: 'log_run',
  description:
    'Logs a run the runner did (distance in km, duration), matches it to the plan day and updates its status.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const date = args.date ?? today;
    if (date > today) return fail('err-run-ahead', { date: { day: date } });
    const durationSec = durationToSec(args.duration);
    if (durationSec <= 0) return fail('err-duration-zero');
    const paceSecPerKm = durationSec / args.distanceKm;
    // Faster than 2:30/km for more than a sprint is not a run (the men's 10,000 m record is 2:37/km).
    if (paceSecPerKm < 150 && args.distanceKm > 0.4) {
      return fail('err-pace-impossible', { pace: Math.round(paceSecPerKm) });
    }
    return recordRun(ctx, {
      source: 'manual',
      externalId: `manual:${ctx.userId}:${date}:${roundKm(args.distanceKm)}:${durationSec}`,
      date,
      distanceKm: args.distanceKm,
      durationSec,
      rpe: args.rpe ?? null,
      notes: args.notes ?? null,
    });
  },
  // The spike check and the workout's earlier status may come from Strava runs: the model gets neither (the
  // runner sees them in the template reply).
  forModel: ({ loadChanges: _loadChanges, spike: _spike, match, ...d }) => ({
    ...d,
    match: {
      status: match.status,
      workout: match.workout
        ? {
            date: match.workout.date,
            type: match.workout.type,
            title: match.workout.title,
            distanceKm: match.workout.distanceKm,
          }
        : null,
    },
  }),
});

export interface WorkoutCompleted {
  today: string;
  workout: StoredWorkout;
}

export const completeWorkout = defineTool<'complete_workout', WorkoutCompleted>({
  name: 'complete_workout',
  description: 'Marks a planned workout as done as planned (the Done button).',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    if (args.date > today) return fail('err-done-ahead');
    const row = ctx.store.plans.workoutOn(ctx.userId, args.date);
    if (!row) return fail('err-done-no-workout', { date: { day: args.date } });
    ctx.store.plans.setWorkoutStatus(ctx.userId, args.date, 'done');
    return ok({
      today,
      workout: { ...workoutFromRow(row), status: 'done' },
    });
  },
  forModel: (d) => d,
});

export interface FeedbackRecorded {
  today: string;
  date: string;
  /** The effort the runner gave; null when they gave none. */
  rpe: number | null;
  feeling: string | null;
  pain: { location: string; severity: number } | null;
  changes: PlanChange[];
  advice: Advice | null;
  stopRunning: boolean;
}

/**
 * What the engine reads when the runner gave no effort: 4, "somewhat hard" on Foster's CR-10 session-RPE scale
 * (Foster et al. 2001), the moderate value the load model already assumes for runs without one (session-load.ts),
 * below every threshold the engine acts on. Pain and feeling carry the signal; nothing is stored.
 */
const NEUTRAL_RPE = 4;

export const recordFeedback = defineTool<'record_feedback', FeedbackRecorded>({
  name: 'record_feedback',
  description:
    'Records how a run felt (RPE 1-10, feeling, pain with location and severity 1-10); the engine adapts the coming days when it was too hard, the runner is exhausted, or something hurts.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const date = args.date ?? today;
    if (date > today) return fail('err-feedback-ahead');
    // Pain is remembered for a while, so that runs logged meanwhile get asked about (checkins.ts).
    if (args.pain) setHealth(ctx, painHealth(date, args.pain));
    ctx.store.feedback.insert({
      userId: ctx.userId,
      date,
      rpe: args.rpe ?? null,
      feeling: args.feeling ?? null,
      painLocation: args.pain?.location ?? null,
      painSeverity: args.pain?.severity ?? null,
      notes: args.notes ?? null,
    });
    const base = {
      today,
      date,
      rpe: args.rpe ?? null,
      feeling: args.feeling ?? null,
      pain: args.pain ?? null,
    };
    if (!activePlan(ctx)) return ok({ ...base, changes: [], advice: null, stopRunning: false });
    const adapted = adaptWith(
      ctx,
      // Without an effort the engine reads a neutral one: the feeling and the pain carry the signal (not stored).
      { kind: 'feedback', date, rpe: args.rpe ?? NEUTRAL_RPE, feeling: args.feeling, pain: args.pain },
      { date },
    );
    if (!adapted.ok) return ok({ ...base, changes: [], advice: null, stopRunning: false });
    return ok({
      ...base,
      changes: adapted.data.changes,
      advice: adapted.data.advice,
      stopRunning: adapted.data.stopRunning,
    });
  },
  forModel: (d) => d,
});
