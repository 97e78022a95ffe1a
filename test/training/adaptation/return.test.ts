import { describe, expect, it } from 'vitest';
import { applyFeedback } from '../../../src/training/adaptation/feedback.ts';
import { clonePlan } from '../../../src/training/adaptation/plan-edit.ts';
import { applyReturn, RETURN, vdotLossForBreak, volumeBeforeBreak } from '../../../src/training/adaptation/return.ts';
import { addDays } from '../../../src/training/dates.ts';
import { isActive, isHardType, type Plan, type Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

const plan = planFor(MARATHON_18);
const active = (p: Plan, from: string, to: string) =>
  p.weeks.flatMap((w) => w.workouts).filter((w) => w.date >= from && w.date <= to && isActive(w) && w.type !== 'race');
const km = (ws: Workout[]) => Math.round(ws.reduce((s, w) => s + w.distanceKm, 0) * 100) / 100;

describe("rule 15's numbers (design.md; Daniels' Running Formula, 3rd ed., 'Setbacks')", () => {
  it('8 days off is a break; 7 days easy only; 50 % then 75 % of the last full week; a run within 2 days', () => {
    expect(RETURN).toEqual({
      breakDays: 8,
      easyOnlyDays: 7,
      firstWeekShare: 0.5,
      secondWeekShare: 0.75,
      resumeWithinDays: 2,
      vdotPerWeekOff: 1,
    });
  });
  it.each([
    [0, 0],
    [7, 0], // the first week costs nothing
    [10, 0.4],
    [12, 0.7],
    [14, 1],
    [21, 2],
    [35, 4],
  ])('%d days off costs %d VDOT points', (days, loss) => {
    expect(vdotLossForBreak(days)).toBe(loss);
  });
});

describe('the volume the runner was trained to', () => {
  it('is the last plan week that ended before the break', () => {
    // Week 5 (07-20 to 07-26): 51.5 km.
    expect(volumeBeforeBreak(plan, '2026-07-29')).toBe(51.5);
    expect(volumeBeforeBreak(plan, '2026-07-27')).toBe(51.5);
    expect(volumeBeforeBreak(plan, '2026-07-26')).toBe(41.5); // week 4, a lighter week
  });
  it('before the first full week, the weekly volume the plan was built from', () => {
    expect(volumeBeforeBreak(plan, '2026-06-25')).toBe(45);
  });
  it('a week before the break with nothing run falls back to that volume too', () => {
    const p = clonePlan(plan);
    for (const w of p.weeks[4]?.workouts ?? []) w.status = 'skipped';
    expect(volumeBeforeBreak(p, '2026-07-29')).toBe(45);
  });
});

describe('cleared after a pain hold: the way back', () => {
  // Pain 6/10 after Tuesday 07-28's run holds every run; cleared on Monday 08-10, 12 days later.
  const held = applyFeedback(
    plan,
    { date: '2026-07-28', rpe: 5, pain: { location: 'knee', severity: 6 } },
    '2026-07-28',
  );
  const a = applyReturn(held.plan, { breakFrom: '2026-07-29', resumeOn: '2026-08-10' }, '2026-08-10');

  it('brings back what the hold skipped', () => {
    const resumed = a.changes.filter((c) => c.reasons.some((r) => r.code === 'return_resume'));
    expect(resumed[0]).toMatchObject({
      date: '2026-08-11',
      before: { status: 'skipped' },
      after: { status: 'planned' },
    });
    expect(active(a.plan, '2026-10-20', '2026-10-24')).toHaveLength(4);
  });

  it('the first 7 days: easy runs only, at most half of 51.5 km, the first within 2 days', () => {
    const first = active(a.plan, '2026-08-10', '2026-08-16');
    expect(first.every((w) => !isHardType(w.type))).toBe(true);
    expect(km(first)).toBeLessThanOrEqual(25.75);
    expect(km(first)).toBeGreaterThan(20);
    expect((first[0]?.date ?? '') <= addDays('2026-08-10', 2)).toBe(true);
    expect(a.changes.find((c) => c.reasons.some((r) => r.code === 'return_volume'))?.reasons).toContainEqual({
      code: 'return_volume',
      rule: 15,
      signal: 'break',
      value: 25.8,
    });
  });

  it('the next 7 days: sessions again, at most 75 % (38.6 km)', () => {
    const second = active(a.plan, '2026-08-17', '2026-08-23');
    expect(km(second)).toBeLessThanOrEqual(38.625);
    expect(second.some((w) => isHardType(w.type))).toBe(true);
  });

  it('paces for 12 days off: 0.7 VDOT slower; the plan keeps the VDOT the runner had', () => {
    const paced = a.changes.find((c) => c.reasons.some((r) => r.code === 'return_paces'));
    expect(paced?.reasons).toContainEqual({ code: 'return_paces', rule: 15, signal: 'break', value: 44.6, ref: 45.3 });
    expect(a.plan.vdot).toBe(45.3);
  });

  it('never touches the days before the clearance', () => {
    const pastDays = (p: Plan) => p.weeks.flatMap((w) => w.workouts).filter((w) => w.date < '2026-08-10');
    expect(pastDays(a.plan)).toEqual(pastDays(held.plan));
  });

  it('a break of a week or less costs no pace', () => {
    const short = applyReturn(plan, { breakFrom: '2026-07-29', resumeOn: '2026-08-03' }, '2026-08-03');
    expect(short.changes.some((c) => c.reasons.some((r) => r.code === 'return_paces'))).toBe(false);
  });
});
