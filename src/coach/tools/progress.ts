import type { Feedback, Run } from '../../db/store/index.ts';
import { modelMaySee } from '../../runs/source-policy.ts';
import { addDays } from '../../time/local.ts';
import { type ProgressReport, progressReport } from '../engine.ts';
import { activePlan, runnerOf, todayOf } from './common.ts';
import { withoutStravaStatuses } from './strava-mask.ts';
import { defineTool, fail, ok } from './tool.ts';

export interface ProgressResult {
  report: ProgressReport;
  /** The same report computed without Strava runs: the only one the model may see. */
  withoutStrava: ProgressReport;
  stravaRuns: number;
}

export const getProgress = defineTool<'get_progress', ProgressResult>({
  name: 'get_progress',
  description:
    'Training progress over the last weeks: planned vs done km, compliance, training load (acute:chronic ratio, fitness and fatigue) and the race prediction.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const today = todayOf(ctx, user);
    const weeks = args.weeks ?? 4;
    // Load models run over the whole history, seeded with the reported volume: fitness on a day never depends on
    // how many weeks were asked for (a window start would restart the averages from zero).
    const from = addDays(today, -(weeks * 7 + 60));
    const runs: Run[] = ctx.store.runs.between(ctx.userId, '0000-01-01', today);
    const feedback: Feedback[] = ctx.store.feedback.between(ctx.userId, from, today);
    const plan = activePlan(ctx);
    const weeklyKm = user.weeklyKm;
    const report = progressReport({ plan, runs, weeklyKm, feedback, today, weeks });
    const manual = runs.filter(modelMaySee);
    // Without Strava: its runs left out, and the plan's statuses as they were before Strava runs set them.
    const planWithoutStrava = plan && {
      ...plan,
      weeks: plan.weeks.map((w) => ({ ...w, workouts: withoutStravaStatuses(ctx, w.workouts) })),
    };
    const withoutStrava = progressReport({
      plan: planWithoutStrava,
      runs: manual,
      weeklyKm,
      feedback,
      today,
      weeks,
    });
    return ok({ report, withoutStrava, stravaRuns: runs.length - manual.length });
  },
  forModel: (d) => ({
    ...d.withoutStrava,
    note:
      d.stravaRuns > 0
        ? 'Runs synced from Strava are left out of these numbers; the runner sees them in their own summary.'
        : undefined,
  }),
});
