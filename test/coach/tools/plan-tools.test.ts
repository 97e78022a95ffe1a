/** create_plan, get_workouts, reschedule_workout, skip_workout, adjust_plan (src/coach/tools/plan-tools.ts). */
import { describe, expect, it } from 'vitest';
import { data, ID, refused, runner, withPlan } from './helpers.ts';

describe('create_plan', () => {
  it('builds and stores a plan from today to the race', () => {
    const { ctx, store } = runner();
    const { plan } = withPlan(ctx);
    expect(plan.goal).toMatchObject({ distance: '10k', distanceKm: 10, raceDate: '2027-02-28' });
    expect(plan.startDate).toBe('2026-12-01');
    expect(plan.weeks.length).toBeGreaterThan(8);
    const days = plan.weeks.flatMap((w) => w.workouts);
    expect(days.at(-1)?.date).toBe('2027-02-28');
    expect(store.plans.getActive(ID)?.goal.raceDate).toBe('2027-02-28');
  });

  it('refuses bad arguments and stores no plan', () => {
    const { ctx, store } = runner();
    for (const args of [
      {},
      { goal: 'ultra', raceDate: '2027-02-28' },
      { goal: '10k', raceDate: '2027-02-30' },
      { goal: '10k', raceDate: 'next spring' },
      { goal: '10k', raceDate: '2027-02-28', daysPerWeek: 9 },
      { goal: '10k', raceDate: '2027-02-28', goalTime: 'quick' },
      { goal: '10k', raceDate: '2027-02-28', longRunDay: 'funday' },
    ]) {
      expect(refused(ctx, 'create_plan', args), JSON.stringify(args)).toBe(true);
    }
    expect(store.plans.getActive(ID)).toBeNull();
  });
});

describe('get_workouts', () => {
  it('lists the workouts between two dates', () => {
    const { ctx } = runner();
    withPlan(ctx);
    const week = data(ctx, 'get_workouts', { from: '2026-12-01', to: '2026-12-07' });
    expect(week).toMatchObject({ from: '2026-12-01', to: '2026-12-07', today: '2026-12-01' });
    expect(week.workouts.length).toBeGreaterThan(0);
    for (const w of week.workouts) {
      expect(w.date >= '2026-12-01' && w.date <= '2026-12-07').toBe(true);
      expect(w.status).toBe('planned');
    }
  });

  it('refuses dates that are not dates', () => {
    const { ctx } = runner();
    withPlan(ctx);
    expect(refused(ctx, 'get_workouts', { from: 'monday' })).toBe(true);
    expect(refused(ctx, 'get_workouts', { to: '2026-02-31' })).toBe(true);
  });
});

/** The plan's next days with a run on them, from today. */
function runDays(ctx: ReturnType<typeof runner>['ctx']): string[] {
  // get_workouts lists the days with a run (rest days are not workouts).
  return data(ctx, 'get_workouts', { from: '2026-12-01', to: '2026-12-13' }).workouts.map((w) => w.date);
}

describe('skip_workout and reschedule_workout', () => {
  it('skips a planned day, recording why', () => {
    const { ctx, store } = runner();
    withPlan(ctx);
    const day = runDays(ctx)[1]!;
    const out = data(ctx, 'skip_workout', { date: day, reason: 'busy' });
    expect(out.changes.map((c) => c.date)).toContain(day);
    expect(store.plans.workoutOn(ID, day)?.status).toBe('skipped');
  });

  it('moves a workout to a free day', () => {
    const { ctx } = runner();
    withPlan(ctx);
    const days = runDays(ctx);
    const from = days[0]!;
    const free = ['2026-12-02', '2026-12-04'].find((d) => !days.includes(d))!;
    data(ctx, 'reschedule_workout', { date: from, newDate: free });
    expect(runDays(ctx)).toContain(free);
  });

  it('refuses bad dates and leaves the plan as it was', () => {
    const { ctx, store } = runner();
    withPlan(ctx);
    const before = JSON.stringify(store.plans.getActive(ID));
    const day = runDays(ctx)[0]!;
    expect(refused(ctx, 'skip_workout', { date: 'tomorrow' })).toBe(true);
    expect(refused(ctx, 'skip_workout', {})).toBe(true);
    expect(refused(ctx, 'reschedule_workout', { date: day })).toBe(true);
    expect(refused(ctx, 'reschedule_workout', { date: day, newDate: day })).toBe(true);
    expect(refused(ctx, 'reschedule_workout', { date: day, newDate: '2026-13-01' })).toBe(true);
    expect(JSON.stringify(store.plans.getActive(ID))).toBe(before);
  });
});

describe('adjust_plan', () => {
  it('lightens the coming days for a situation and lists the changes', () => {
    const { ctx } = runner();
    withPlan(ctx);
    const out = data(ctx, 'adjust_plan', { reason: 'travel', days: 5 });
    expect(out.changes.length).toBeGreaterThan(0);
    for (const c of out.changes) expect(c.toKm).toBeLessThanOrEqual(c.fromKm);
    expect(out.stopRunning).toBe(false);
  });

  it('refuses an unknown reason or an impossible span', () => {
    const { ctx, store } = runner();
    withPlan(ctx);
    const before = JSON.stringify(store.plans.getActive(ID));
    expect(refused(ctx, 'adjust_plan', { reason: 'boredom' })).toBe(true);
    expect(refused(ctx, 'adjust_plan', { reason: 'travel', days: 0 })).toBe(true);
    expect(refused(ctx, 'adjust_plan', { reason: 'travel', days: 60 })).toBe(true);
    expect(refused(ctx, 'adjust_plan', { reason: 'busy', availableDays: ['funday'] })).toBe(true);
    expect(JSON.stringify(store.plans.getActive(ID))).toBe(before);
  });
});
