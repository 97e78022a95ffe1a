import { describe, expect, it } from 'vitest';
import { applyBusy } from '../../../src/training/adaptation/busy.ts';
import { workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import type { Adaptation } from '../../../src/training/adaptation/types.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { isActive } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Mon 07-27 rest, Tue tempo 8, Wed easy 10, Thu intervals 8, Fri rest, Sat easy 7.5, Sun long 19.5.
const plan = planFor(MARATHON_18);
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;
const week6 = (a: Adaptation) =>
  (a.plan.weeks[5]?.workouts ?? []).filter(isActive).map((w) => `${w.date} ${w.type} ${w.distanceKm}`);

describe('travel with named days (Wednesday and Saturday)', () => {
  const a = applyBusy(
    plan,
    { fromDate: '2026-07-27', days: 7, availableDays: ['wed', 'sat'], kind: 'travel' },
    '2026-07-27',
  );

  it('keeps the long run and the most race-specific session, two days apart, on the days available', () => {
    // The long run moves a day to Saturday; the tempo (before intervals for a marathon) to Wednesday.
    expect(week6(a)).toEqual(['2026-07-29 tempo 9.5', '2026-08-01 long 19.5']);
    expect(a.changes.find((c) => c.date === '2026-08-02')?.reasons).toEqual([
      { code: 'busy_moved_to', signal: 'travel', date: '2026-08-01' },
    ]);
    expect(a.advice).toEqual({ code: 'busy_kept', travel: true, proportion: false });
  });

  it('the session takes on some skipped volume so the long run stays within half the week (rule 6), within Daniels', () => {
    // Grown for rule 6, its frames stop at 3 km each; then rule 14: threshold ≤ 10 % of the week's 38.5 km
    // (skipped runs count), 3.5 km of T: 3 + 3.5 + 3.
    const tempo = on(a.plan, '2026-07-29');
    expect(tempo.steps.map((s) => s.distanceKm)).toEqual([3, 3.5, 3]);
    const reasons = a.changes.filter((c) => c.date === '2026-07-29').flatMap((c) => c.reasons.map((r) => r.code));
    expect(reasons).toEqual(['busy_skipped', 'moved_from', 'busy_support', 'quality_share']);
  });

  it('lets the other runs go, marked skipped', () => {
    expect(on(a.plan, '2026-07-30').status).toBe('skipped');
    expect(a.plan.weeks[5]?.workouts.filter((w) => w.status === 'skipped').map((w) => w.date)).toEqual(['2026-07-30']);
  });
});

describe('a busy week without named days', () => {
  const a = applyBusy(plan, { fromDate: '2026-07-27', days: 7 }, '2026-07-27');
  it('keeps the long run and the key session on their own days, and brings back an easy run for rule 6', () => {
    // The long run (19.5) may be half the week: the others need 19.5; the tempo has 8, so the longest skipped easy run
    // comes back at 11.5 km.
    expect(week6(a)).toEqual(['2026-07-28 tempo 8', '2026-07-29 easy 11.5', '2026-08-02 long 19.5']);
    expect(a.changes.find((c) => c.reasons.some((r) => r.code === 'busy_kept'))?.reasons).toEqual([
      { code: 'busy_kept', rule: 6, signal: 'busy' },
    ]);
    expect(a.advice).toEqual({ code: 'busy_kept', travel: false, proportion: true });
  });
});

describe('no day to run', () => {
  it('a short stretch rests, and says when running resumes', () => {
    const a = applyBusy(plan, { fromDate: '2026-07-27', days: 4, availableDays: [] }, '2026-07-27');
    expect(a.changes.map((c) => [c.date, c.after?.status])).toEqual([
      ['2026-07-28', 'skipped'],
      ['2026-07-29', 'skipped'],
      ['2026-07-30', 'skipped'],
    ]);
    expect(a.advice).toEqual({ code: 'busy_break', travel: false, resumeOn: '2026-07-31', longBreak: false });
  });
  it('8 days or more is a break: the way back follows rule 15', () => {
    const a = applyBusy(plan, { fromDate: '2026-07-27', days: 10, availableDays: [], kind: 'travel' }, '2026-07-27');
    expect(a.advice).toEqual({ code: 'busy_break', travel: true, resumeOn: '2026-08-06', longBreak: true });
    expect(a.changes.some((c) => c.reasons.some((r) => r.code === 'return_volume' && r.signal === 'travel'))).toBe(
      true,
    );
  });
});

describe('edges', () => {
  it('a stretch already over is refused', () => {
    expect(applyBusy(plan, { fromDate: '2026-07-20', days: 3 }, '2026-07-27')).toEqual({
      plan,
      changes: [],
      refused: { code: 'days_past' },
    });
  });
  it('keeps hard sessions out of the last 3 days before the race', () => {
    // Race week: Tue 10-20 MP 5.4, Wed, Thu, Sat easy, Sun race. Only Thursday and Friday available.
    const a = applyBusy(plan, { fromDate: '2026-10-19', days: 6, availableDays: ['thu', 'fri'] }, '2026-10-19');
    const mp = a.plan.weeks[17]?.workouts.find((w) => w.type === 'marathon_pace' && isActive(w));
    expect(mp?.date ?? null).toBe('2026-10-22');
    expect(on(a.plan, '2026-10-25')).toMatchObject({ type: 'race', status: 'planned' });
  });
  it('does not change the plan it was given', () => {
    const before = structuredClone(plan);
    applyBusy(plan, { fromDate: '2026-07-27', days: 7, availableDays: ['wed'] }, '2026-07-27');
    expect(plan).toEqual(before);
  });
});
