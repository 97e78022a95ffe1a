/** log_run, complete_workout, record_feedback (src/coach/tools/run-tools.ts). */
import { describe, expect, it } from 'vitest';
import { data, ID, refused, runner, withPlan } from './helpers.ts';

describe('log_run', () => {
  it('stores a run with its pace, and tells a duplicate', () => {
    const { ctx, store } = runner();
    const args = { date: '2026-11-30', distanceKm: 8, duration: '45:00', rpe: 5 };
    const out = data(ctx, 'log_run', args);
    expect(out.run).toMatchObject({
      date: '2026-11-30',
      distanceKm: 8,
      durationSec: 2700,
      rpe: 5,
      paceSecPerKm: 337.5,
    });
    expect(out.duplicate).toBe(false);
    expect(data(ctx, 'log_run', args).duplicate).toBe(true);
    expect(store.runs.between(ID, '2026-11-30', '2026-11-30')).toHaveLength(1);
  });

  it('matches a run on a planned day to its workout', () => {
    const { ctx } = runner();
    withPlan(ctx);
    const out = data(ctx, 'log_run', { date: '2026-12-01', distanceKm: 5, duration: '30:00' });
    expect(out.match.workout?.date).toBe('2026-12-01');
  });

  it('refuses bad arguments and stores no run', () => {
    const { ctx, store } = runner();
    for (const args of [
      {},
      { distanceKm: 0, duration: '30:00' },
      { distanceKm: 500, duration: '30:00' },
      { distanceKm: 5, duration: 'half an hour' },
      { distanceKm: 5, duration: '30:00', rpe: 11 },
      { distanceKm: 5, duration: '30:00', date: '2026-02-30' },
      { distanceKm: '5', duration: '30:00' },
    ]) {
      expect(refused(ctx, 'log_run', args), JSON.stringify(args)).toBe(true);
    }
    expect(store.runs.between(ID, '2000-01-01', '2100-01-01')).toEqual([]);
  });
});

describe('complete_workout', () => {
  it('marks the planned workout done', () => {
    const { ctx, store } = runner();
    withPlan(ctx);
    const out = data(ctx, 'complete_workout', { date: '2026-12-01', rpe: 4 });
    expect(out.workout).toMatchObject({ date: '2026-12-01', status: 'done' });
    expect(store.plans.workoutOn(ID, '2026-12-01')?.status).toBe('done');
  });

  it('refuses a bad date or effort, changing nothing', () => {
    const { ctx, store } = runner();
    withPlan(ctx);
    expect(refused(ctx, 'complete_workout', { date: 'today' })).toBe(true);
    expect(refused(ctx, 'complete_workout', { date: '2026-12-01', rpe: 0 })).toBe(true);
    expect(store.plans.workoutOn(ID, '2026-12-01')?.status).toBe('planned');
  });
});

describe('record_feedback', () => {
  it('records how a day felt and answers with advice', () => {
    const { ctx } = runner();
    withPlan(ctx);
    const out = data(ctx, 'record_feedback', { date: '2026-12-01', feeling: 'good' });
    expect(out).toMatchObject({ date: '2026-12-01', feeling: 'good', rpe: null, pain: null, stopRunning: false });
    expect(out.advice?.code).toBeTruthy();
  });

  it('refuses feedback with nothing in it or out of range', () => {
    const { ctx } = runner();
    withPlan(ctx);
    for (const args of [
      {},
      { date: '2026-12-01' },
      { rpe: 0 },
      { feeling: 'sleepy' },
      { pain: { location: '', severity: 3 } },
      { pain: { location: 'knee', severity: 11 } },
    ]) {
      expect(refused(ctx, 'record_feedback', args), JSON.stringify(args)).toBe(true);
    }
  });
});
