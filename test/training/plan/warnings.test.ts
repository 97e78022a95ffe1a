import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/training/dates.ts';
import { feasibilityWarnings, timeCapBinds } from '../../../src/training/plan/warnings.ts';
import type { PlanRequest } from '../../../src/training/types.ts';

const req: PlanRequest = {
  goal: 'marathon',
  raceDate: '2026-10-25',
  startDate: '2026-07-29',
  weeklyKm: 15,
  daysPerWeek: 3,
  longRunDay: 'sat',
};

describe('rule 6: the long-run time cap', () => {
  it.each([
    [26, 24, 24.5, true], // the cap is under what the goal needs, and the long run reached it (within 0.5 km)
    [26, 23.9, 24.5, false], // not reached: something else stopped it
    [26, 24, 26, false], // the cap does not stop it short of 26 km
    [14, 10, Number.POSITIVE_INFINITY, false],
  ])('ready %d km, longest %d km, cap %d km: binds %s', (ready, longest, cap, binds) => {
    expect(timeCapBinds(ready, longest, cap)).toBe(binds);
  });
});

describe('rule 9: unusual inputs', () => {
  it('under 5 km a week', () => {
    expect(feasibilityWarnings({ ...req, goal: '5k', weeklyKm: 4 }, 4, 8, false)).toEqual([
      { code: 'low_volume', minKm: 5 },
    ]);
  });
  it('more than 20 km a run on average', () => {
    expect(feasibilityWarnings({ ...req, goal: '10k', weeklyKm: 120, daysPerWeek: 2 }, 120, 16, false)).toEqual([
      { code: 'long_per_run', weeklyKm: 120, days: 2, perRunKm: 60, maxKm: 20 },
    ]);
    expect(feasibilityWarnings({ ...req, goal: '10k', weeklyKm: 60, daysPerWeek: 3 }, 60, 16, false)).toEqual([]);
  });
});

describe('rule 10: a plan that cannot build the long run the goal needs', () => {
  it('names a shorter race on the same day and the same race later', () => {
    // 89 days, 13 weeks; from 4.5 km (30 % of 15) the half reaches 10.7 km (< 14), the 10K ≥ 10 km;
    // the marathon needs 16 steps of 10 % + 0.2 km to 26 km: 26 weeks, ending 2027-01-26.
    expect(feasibilityWarnings(req, 15, 20, true)).toEqual([
      {
        code: 'build_short',
        weeklyKm: 15,
        longestKm: 20,
        raceDate: '2026-10-25',
        goal: 'marathon',
        readyKm: 26,
        shorter: '10k',
        later: { date: '2027-01-26', weeks: 26 },
        limited: true,
      },
    ]);
  });

  it('a long run long enough for the goal: no warning', () => {
    expect(feasibilityWarnings(req, 15, 26, false)).toEqual([]);
  });

  it('a time cap that binds says so instead of a later date', () => {
    expect(feasibilityWarnings(req, 15, 24, false, 24.3)).toEqual([
      { code: 'time_cap', minutes: 210, longestKm: 24, goal: 'marathon', readyKm: 26 },
    ]);
  });

  it('a beginner at 1 km a week: no shorter race fits 12 weeks; the marathon needs 40 weeks', () => {
    // From 0.3 km: 2.3 × 1.1ⁿ − 2 ≥ 26 needs n = 27 steps, floor(0.75 × (w − 4)) ≥ 27 needs w = 40.
    const w = feasibilityWarnings({ ...req, weeklyKm: 1, startDate: '2026-08-02' }, 1, 3, false);
    expect(w[0]).toEqual({ code: 'low_volume', minKm: 5 });
    expect(w[1]).toMatchObject({
      code: 'build_short',
      shorter: null,
      later: { date: addDays('2026-08-02', 279), weeks: 40 },
    });
  });

  it('a plan of 52 weeks already has no later date to offer', () => {
    const long = { ...req, weeklyKm: 1, raceDate: addDays(req.startDate, 363) };
    expect(feasibilityWarnings(long, 1, 3, false)[1]).toMatchObject({
      code: 'build_short',
      shorter: 'half',
      later: null,
    });
  });
});
