/** get_progress (src/coach/tools/progress.ts). */
import { describe, expect, it } from 'vitest';
import { data, refused, runner, withPlan } from './helpers.ts';

describe('get_progress', () => {
  it('sums planned and done distance per week, with and without Strava runs', () => {
    const { ctx } = runner();
    withPlan(ctx);
    data(ctx, 'log_run', { date: '2026-11-30', distanceKm: 8, duration: '45:00', rpe: 5 });
    data(ctx, 'log_run', { date: '2026-12-01', distanceKm: 5, duration: '30:00', rpe: 3 });
    const out = data(ctx, 'get_progress', { weeks: 4 });
    const week = out.report.weeks.find((w) => w.startDate === '2026-11-30');
    expect(week?.doneKm).toBe(13);
    expect(week?.plannedKm).toBeGreaterThan(0);
    expect(out.stravaRuns).toBe(0);
    expect(out.withoutStrava.weeks).toEqual(out.report.weeks);
  });

  it('refuses a span out of range', () => {
    const { ctx } = runner();
    expect(refused(ctx, 'get_progress', { weeks: 0 })).toBe(true);
    expect(refused(ctx, 'get_progress', { weeks: 53 })).toBe(true);
    expect(refused(ctx, 'get_progress', { weeks: 'many' })).toBe(true);
  });
});
