import { describe, expect, it } from 'vitest';
import type { RunSpike } from '../../../src/training/load/run-spike.ts';
import { easeAfterSpike, SPIKE_EASE_DAYS, SPIKE_EASE_FACTOR } from '../../../src/training/load/spike-ease.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 7 of the reference plan: Tue 08-04 tempo 8.5, Wed 08-05 easy 10, Thu 08-06 intervals 8.5, Sun 08-09 long 20.
const plan = planFor(MARATHON_18);
const spike: RunSpike = { date: '2026-08-02', distanceKm: 24, longestKm: 18.5, lineKm: 20.6, overPct: 30 };
const at = (p: Plan, date: string) => p.weeks.flatMap((w) => w.workouts).find((w) => w.date === date) as Workout;

describe('easing the days after a single-run spike (rule 5; Magnusson et al. 2010: tendon rebuilds over days)', () => {
  it('eases three days at 80 %', () => {
    expect(SPIKE_EASE_DAYS).toBe(3);
    expect(SPIKE_EASE_FACTOR).toBe(0.8);
  });

  it('turns the hard session easy and shortens every run of the next three days by a fifth', () => {
    const before = structuredClone(plan);
    expect(at(plan, '2026-08-04')).toMatchObject({ type: 'tempo', distanceKm: 8.5 });
    expect(at(plan, '2026-08-05')).toMatchObject({ type: 'easy', distanceKm: 10 });
    const a = easeAfterSpike(plan, spike, '2026-08-03');
    expect(at(a.plan, '2026-08-04')).toMatchObject({ type: 'easy', distanceKm: 6.8, status: 'planned' });
    expect(at(a.plan, '2026-08-05')).toMatchObject({ type: 'easy', distanceKm: 8 });
    // Thursday is the fourth day: untouched.
    expect(at(a.plan, '2026-08-06')).toEqual(at(plan, '2026-08-06'));
    const why = { code: 'spike_ease', rule: 5, value: 24, ref: 18.5 };
    expect(a.changes.map((c) => c.date)).toEqual(['2026-08-04', '2026-08-05']);
    for (const c of a.changes) expect(c.reasons).toEqual([why]);
    expect(a.changes[0]?.before).toMatchObject({ type: 'tempo', distanceKm: 8.5 });
    expect(a.plan.weeks[6]?.totalKm).toBeCloseTo((plan.weeks[6]?.totalKm ?? 0) - 1.7 - 2, 6);
    expect(plan).toEqual(before);
  });

  it('never changes today or the days before it', () => {
    const a = easeAfterSpike(plan, spike, '2026-08-05');
    expect(at(a.plan, '2026-08-04')).toEqual(at(plan, '2026-08-04'));
    expect(at(a.plan, '2026-08-05')).toMatchObject({ type: 'easy', distanceKm: 8 });
    expect(a.changes.map((c) => c.date)).toEqual(['2026-08-05']);
  });

  it('a spike reported after its three days changes nothing and returns the same plan', () => {
    const a = easeAfterSpike(plan, spike, '2026-08-06');
    expect(a.changes).toEqual([]);
    expect(a.plan).toBe(plan);
  });

  it('eases the long run into an easy run, and rule 5 then trims the next long runs to the new line', () => {
    // A spike on Thu 06-25: Fri is a rest day, Sat 06-27 easy 7.5 and Sun 06-28 long 15 are eased.
    const a = easeAfterSpike(plan, { ...spike, date: '2026-06-25' }, '2026-06-26');
    expect(a.changes.map((c) => [c.date, c.after?.type, c.after?.distanceKm, c.reasons[0]?.code])).toEqual([
      ['2026-06-27', 'easy', 6, 'spike_ease'],
      ['2026-06-28', 'easy', 12, 'spike_ease'],
      // The longest run before the plan (13.5 km) sets the line: 1.1 × 13.5 + 0.2 = 15.05.
      ['2026-07-05', 'long', 15, 'spike_cap'],
      // Then 1.1 × 15 + 0.2 = 16.7.
      ['2026-07-12', 'long', 16.7, 'spike_cap'],
    ]);
  });
});
