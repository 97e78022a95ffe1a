import { describe, expect, it } from 'vitest';
import { clonePlan, workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import { repairVolumeRules } from '../../../src/training/adaptation/repair.ts';
import type { PlanChange } from '../../../src/training/adaptation/types.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Weeks 4–6 of the reference plan: 41.5, 51.5, 53 km. Week 6: Tue 07-28 tempo 8 (1.5 + 5 T + 1.5), Wed easy 10,
// Thu intervals 8 (3 × 1200 m), Sat easy 7.5, Sun 08-02 long 19.5; the longest run of the 30 days before is 18.5.
const plan = planFor(MARATHON_18);

/** The plan with some runs set to new lengths, repaired as of `today`. */
function repaired(edits: Record<string, number>, today = '2026-07-27'): { p: Plan; changes: PlanChange[] } {
  const p = clonePlan(plan);
  for (const [date, km] of Object.entries(edits)) {
    const w = workoutAt(p, date)?.workout as Workout;
    w.distanceKm = km;
    if (w.steps.length === 1 && w.steps[0]) w.steps[0].distanceKm = km;
  }
  const changes: PlanChange[] = [];
  repairVolumeRules(p, today, changes);
  return { p, changes };
}
const log = (changes: PlanChange[]) =>
  changes.map(
    (c) => `${c.date} ${c.before?.distanceKm}→${c.after?.distanceKm} ${c.reasons.map((r) => r.code).join(',')}`,
  );

describe('the repair pass keeps rules 4, 5, 6 and 14 by shortening only', () => {
  it('a generated plan needs no repair', () => {
    expect(repaired({}, '2026-06-22').changes).toEqual([]);
  });

  it('rule 5: a run past 110 % of the longest of 30 days + 0.2 km is cut to the line', () => {
    // 1.1 × 18.5 + 0.2 = 20.55, to 0.1 km below: 20.5.
    const { changes } = repaired({ '2026-08-02': 30 });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.reasons).toEqual([{ code: 'spike_cap', rule: 5, value: 20.5 }]);
    expect(changes[0]?.after).toMatchObject({ type: 'long', distanceKm: 20.5 });
  });

  it('rule 4: a week past 110 % of the largest of the three before + 2 km shrinks in proportion', () => {
    // Wednesday at 20 km makes the week 63 km; the cap is 1.1 × 51.5 + 2 = 58.65: every run × 58.65/63.
    const { changes } = repaired({ '2026-07-29': 20 });
    expect(log(changes)).toEqual([
      '2026-07-28 8→7.4 week_growth',
      '2026-07-29 20→18.6 week_growth',
      '2026-07-30 8→7.4 week_growth',
      '2026-08-01 7.5→6.9 week_growth',
      '2026-08-02 19.5→18.1 week_growth',
      // Rule 6: the long run stays the longest run of its week.
      '2026-07-29 18.6→18.1 long_longest',
    ]);
    expect(changes[0]?.reasons).toEqual([{ code: 'week_growth', rule: 4, ref: 58.7 }]);
  });

  it("rule 14: sessions within Daniels' limits of the lighter week, then rule 6's share, until nothing changes", () => {
    // Easy days of 2 km: a 39.5 km week allows 3.95 km of T (3.5 in half km) and 3.16 km of I (two 1200s).
    const { p, changes } = repaired({ '2026-07-29': 2, '2026-08-01': 2 });
    expect(log(changes)).toEqual([
      '2026-07-28 8→6.5 quality_share',
      '2026-07-30 8→6.2 quality_share',
      // 19.5 km is more than half of 36.2: cut to the other runs' 16.7.
      '2026-08-02 19.5→16.7 long_share',
      // The smaller week (33.4 km) allows 3 km of T; the long run follows.
      '2026-07-28 6.5→6 quality_share',
      '2026-08-02 16.7→16.2 long_share',
    ]);
    const main = (date: string) => workoutAt(p, date)?.workout.steps.find((s) => s.kind === 'work');
    expect(main('2026-07-28')).toMatchObject({ reps: 1, distanceKm: 3 });
    expect(main('2026-07-30')).toMatchObject({ reps: 2, distanceKm: 1.2 });
    expect(changes.find((c) => c.reasons[0]?.code === 'long_share')?.reasons).toEqual([
      { code: 'long_share', rule: 6, value: 50 },
    ]);
  });

  it('rule 6: no run longer than the long run', () => {
    const { changes } = repaired({ '2026-07-29': 5, '2026-08-01': 19, '2026-08-02': 15 });
    expect(log(changes)).toEqual(['2026-08-01 19→15 long_longest']);
  });

  it('never touches a week already over, nor the runs before today', () => {
    expect(repaired({ '2026-08-02': 30 }, '2026-08-03').changes).toEqual([]);
  });
});
