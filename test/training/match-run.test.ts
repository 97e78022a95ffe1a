import { describe, expect, it } from 'vitest';
import { applyRun, generatePlan, matchRun, type Workout } from '../../src/training/index.ts';

const outcome = generatePlan({
  goal: 'half',
  raceDate: '2026-09-27',
  startDate: '2026-06-01',
  weeklyKm: 30,
  daysPerWeek: 4,
  longRunDay: 'sun',
});
if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
const plan = outcome.plan;
const w = plan.weeks[1]?.workouts.find((x) => x.type === 'long') as Workout;

describe('matchRun', () => {
  it('done at ≥ 80 % of the planned distance', () => {
    expect(matchRun(plan, { date: w.date, distanceKm: w.distanceKm * 0.8 })).toMatchObject({
      kind: 'matched',
      status: 'done',
    });
    expect(matchRun(plan, { date: w.date, distanceKm: w.distanceKm * 1.3 })).toMatchObject({
      kind: 'matched',
      status: 'done',
    });
  });
  it('partial at 50–80 %', () => {
    expect(matchRun(plan, { date: w.date, distanceKm: w.distanceKm * 0.79 })).toMatchObject({
      kind: 'matched',
      status: 'partial',
    });
    expect(matchRun(plan, { date: w.date, distanceKm: w.distanceKm * 0.5 })).toMatchObject({
      kind: 'matched',
      status: 'partial',
    });
  });
  it('an extra run below 50 % or on a day without a workout', () => {
    expect(matchRun(plan, { date: w.date, distanceKm: w.distanceKm * 0.49 }).kind).toBe('extra');
    expect(matchRun(plan, { date: '2026-06-01', distanceKm: 5 })).toEqual({
      kind: 'extra',
      workout: null,
      ratio: null,
    });
    expect(matchRun(plan, { date: '2030-01-01', distanceKm: 5 }).kind).toBe('extra');
  });
  it('applyRun records the status on a copy; a second run that day is extra', () => {
    const { plan: next, match, changes } = applyRun(plan, { date: w.date, distanceKm: w.distanceKm });
    expect(match.kind).toBe('matched');
    expect(next.weeks[1]?.workouts.find((x) => x.date === w.date)?.status).toBe('done');
    expect(plan.weeks[1]?.workouts.find((x) => x.date === w.date)?.status).toBe('planned');
    expect(changes).toHaveLength(1);
    expect(matchRun(next, { date: w.date, distanceKm: 10 }).kind).toBe('extra');
  });
});
