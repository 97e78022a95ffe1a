import { describe, expect, it } from 'vitest';
import { type LightenOptions, lightenDates } from '../../../src/training/adaptation/lighten.ts';
import { clonePlan, workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import type { ChangeReason, PlanChange } from '../../../src/training/adaptation/types.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Tue 07-28 tempo 8, Wed easy 10, Thu 07-30 intervals 8, Sat easy 7.5, Sun 08-02 long 19.5.
const plan = planFor(MARATHON_18);
const WEEK = ['2026-07-27', '2026-07-28', '2026-07-29', '2026-07-30', '2026-07-31', '2026-08-01', '2026-08-02'];
const why: ChangeReason = { code: 'lighter_fatigue', signal: 'fatigue', value: 70 };
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;

function lighten(opts: LightenOptions, today = '2026-07-27', dates = WEEK, base = plan) {
  const p = clonePlan(base);
  const changes: PlanChange[] = [];
  lightenDates(p, dates, today, opts, why, changes);
  return {
    p,
    changes,
    days: WEEK.flatMap((d) => (on(p, d) ? [`${on(p, d).type} ${on(p, d).distanceKm} ${on(p, d).status}`] : [])),
  };
}

describe('lighter days', () => {
  it('at 70 % with hard sessions easy: the long run stays a long run, shorter', () => {
    // 8 × 0.7 = 5.6, 10 × 0.7 = 7, 7.5 × 0.7 = 5.25 → 5.3, 19.5 × 0.7 = 13.65 → 13.7 (to 0.1 km).
    const { days, changes } = lighten({ factor: 0.7, hardToEasy: true });
    expect(days).toEqual([
      'easy 5.6 planned',
      'easy 7 planned',
      'easy 5.6 planned',
      'easy 5.3 planned',
      'long 13.7 planned',
    ]);
    expect(changes).toHaveLength(5);
    for (const c of changes) expect(c.reasons).toEqual([why]);
  });
  it('sessions keep their type when only shortened', () => {
    const { days } = lighten({ factor: 0.85, hardToEasy: false });
    expect(days).toEqual([
      'tempo 6.8 planned',
      'easy 8.5 planned',
      'intervals 6.8 planned',
      'easy 6.4 planned',
      'long 16.6 planned',
    ]);
  });
  it('the long run can be turned easy too, or kept as it is', () => {
    expect(lighten({ factor: 0.8, hardToEasy: true, longToEasy: true }).days.at(-1)).toBe('easy 15.6 planned');
    expect(lighten({ factor: 0.8, hardToEasy: true, keepLong: true }).days.at(-1)).toBe('long 19.5 planned');
  });
  it('a factor of 0 rests: every run skipped, kept with its distance for planned-versus-done', () => {
    const { days } = lighten({ factor: 0, hardToEasy: true, longToEasy: true });
    expect(days).toEqual([
      'tempo 8 skipped',
      'easy 10 skipped',
      'intervals 8 skipped',
      'easy 7.5 skipped',
      'long 19.5 skipped',
    ]);
  });
  it('lighter, not gone: a run keeps at least 2 km, or its own distance if shorter', () => {
    const p = clonePlan(plan);
    (on(p, '2026-07-29') as Workout).distanceKm = 2.5;
    (on(p, '2026-08-01') as Workout).distanceKm = 1.5;
    const { days } = lighten({ factor: 0.3, hardToEasy: false }, '2026-07-27', ['2026-07-29', '2026-08-01'], p);
    expect(days.filter((d) => d.startsWith('easy'))).toEqual(['easy 2 planned', 'easy 1.5 planned']);
  });
  it('never touches a day before today, a run already done, or a day without a run', () => {
    const p = clonePlan(plan);
    (on(p, '2026-07-30') as Workout).status = 'done';
    const { changes } = lighten({ factor: 0.7, hardToEasy: true }, '2026-07-29', WEEK, p);
    expect(changes.map((c) => c.date)).toEqual(['2026-07-29', '2026-08-01', '2026-08-02']);
  });
});
