/** Load rules of engine v2 (issue 13) over many runners: fast-check, 1,000 runners per property. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyLoads, type LoadRun, progressReport, reportedDailyLoad } from '../../src/coach/engine.ts';
import { addDays } from '../../src/training/dates.ts';
import { acuteChronicRatio, acuteChronicSeries, steadyDailyLoad } from '../../src/training/load/ewma.ts';
import { estimateRpe, RPE_MAX, RPE_MIN, rpeFromPace } from '../../src/training/load/rpe-estimate.ts';
import { findRunSpike } from '../../src/training/load/run-spike.ts';
import { pacesFromVdot } from '../../src/training/paces.ts';

const RUNS = 1000;
const START = '2026-01-05';

/** A steady runner: the same week over and over (days, distances, pace, effort). */
const steadyArb = fc.record({
  weeklyKm: fc.integer({ min: 5, max: 140 }),
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 7 }),
  longShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
  paceSecPerKm: fc.integer({ min: 200, max: 480 }),
  rpe: fc.option(fc.integer({ min: 2, max: 8 }), { nil: null }),
});

type Steady = typeof steadyArb extends fc.Arbitrary<infer T> ? T : never;

function steadyRuns(r: Steady, weeks: number): LoadRun[] {
  const days = [...r.days].sort((a, b) => a - b);
  const base = r.weeklyKm / days.length;
  // The last day carries the long run; the others share the rest equally.
  const long = base * (1 + r.longShare * (days.length - 1));
  const other = days.length > 1 ? (r.weeklyKm - long) / (days.length - 1) : r.weeklyKm;
  const out: LoadRun[] = [];
  for (let w = 0; w < weeks; w++) {
    for (const [i, d] of days.entries()) {
      const km = i === days.length - 1 ? long : other;
      out.push({
        date: addDays(START, 7 * w + d),
        distanceKm: km,
        durationSec: km * r.paceSecPerKm,
        rpe: r.rpe,
      });
    }
  }
  return out;
}

describe('EWMA seeded from the reported weekly volume', () => {
  it('a runner who runs the same every day reads ACWR 1.00 on day 28 (zero-seeded: 1.16)', () => {
    const runs: LoadRun[] = Array.from({ length: 28 }, (_, k) => ({
      date: addDays(START, k),
      distanceKm: 7,
      durationSec: 7 * 360,
      rpe: 3,
    }));
    const loads = dailyLoads(runs);
    const day28 = addDays(START, 27);
    const seed = reportedDailyLoad(49, runs, loads);
    expect(acuteChronicRatio(loads, day28, seed)).toBeCloseTo(1, 6);
    // The number: from zero the chronic average is still climbing on day 28.
    expect(acuteChronicRatio(loads, day28)).toBeCloseTo(1.16, 2);
  });

  it('for any steady runner the day-28 ratio is the steady state one (the start-up transient is gone)', () => {
    fc.assert(
      fc.property(steadyArb, (r) => {
        const runs = steadyRuns(r, 60);
        const loads = dailyLoads(runs);
        const seed = reportedDailyLoad(r.weeklyKm, runs, loads);
        const series = acuteChronicSeries(loads, addDays(START, 7 * 60 - 1), seed);
        // Day 28 (index 27) against the same weekday 50 weeks on, long after any start-up.
        const early = series[27]?.ratio as number;
        const late = series[27 + 7 * 50]?.ratio as number;
        expect(Math.abs(early - late)).toBeLessThan(0.05);
        // And a week's ratios average about 1: the load the runner reported is the load they run.
        const week = series.slice(21, 28).map((x) => x.ratio as number);
        const mean = week.reduce((s, x) => s + x, 0) / week.length;
        expect(mean).toBeGreaterThan(0.9);
        expect(mean).toBeLessThan(1.1);
      }),
      { numRuns: RUNS, seed: 13 },
    );
  });

  it("the seed is the reported volume at the runner's own load per km", () => {
    const runs = [
      { distanceKm: 10, load: 200 },
      { distanceKm: 5, load: 100 },
      { distanceKm: 20, load: 1000 },
    ];
    // Median 20 per km × 35 km / 7 days.
    expect(steadyDailyLoad(35, runs)).toBe(100);
    expect(steadyDailyLoad(35, [])).toBe(0);
  });
});

describe('fitness does not depend on the query window', () => {
  const historyArb = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 200 }),
      distanceKm: fc.integer({ min: 2, max: 30 }),
      pace: fc.integer({ min: 220, max: 450 }),
      rpe: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 60 },
  );
  it('fitness, fatigue and ACWR are the same for every number of weeks asked, and later runs change nothing', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 60 }),
        (h, w1, w2, weeklyKm) => {
          const runs: LoadRun[] = h.map((x) => ({
            date: addDays(START, x.day),
            distanceKm: x.distanceKm,
            durationSec: x.distanceKm * x.pace,
            rpe: x.rpe,
          }));
          const today = addDays(START, 150);
          const a = progressReport({ plan: null, runs, weeklyKm, feedback: [], today, weeks: w1 });
          const b = progressReport({ plan: null, runs, weeklyKm, feedback: [], today, weeks: w2 });
          const past = progressReport({
            plan: null,
            runs: runs.filter((r) => r.date <= today),
            weeklyKm,
            feedback: [],
            today,
            weeks: w1,
          });
          for (const x of [b, past]) {
            expect(x.fitness).toBe(a.fitness);
            expect(x.fatigue).toBe(a.fatigue);
            expect(x.acwr).toBe(a.acwr);
          }
        },
      ),
      { numRuns: RUNS, seed: 14 },
    );
  });
});

describe('the RPE of an unrated run', () => {
  it('is within 1–10 and never lower for a faster pace (1,000 runners, VDOT 30–85)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 85, noNaN: true }),
        fc.integer({ min: 120, max: 720 }),
        fc.integer({ min: 120, max: 720 }),
        (vdot, p1, p2) => {
          const paces = pacesFromVdot(vdot);
          const fast = Math.min(p1, p2);
          const slow = Math.max(p1, p2);
          const a = rpeFromPace(fast, paces);
          const b = rpeFromPace(slow, paces);
          for (const x of [a, b]) {
            expect(x).toBeGreaterThanOrEqual(RPE_MIN);
            expect(x).toBeLessThanOrEqual(RPE_MAX);
          }
          expect(a).toBeGreaterThanOrEqual(b);
        },
      ),
      { numRuns: RUNS, seed: 15 },
    );
  });

  it("reads Foster's words at the runner's paces: easy 2–3, marathon 4, threshold 6, intervals 8", () => {
    const p = pacesFromVdot(50);
    const at = (secPerKm: number) =>
      estimateRpe({ distanceKm: 10, durationSec: 10 * secPerKm }, { paces: p, workoutType: null });
    expect(at(p.easy.maxSecPerKm)).toBe(2);
    expect(at(p.easy.minSecPerKm)).toBe(3);
    expect(at((p.marathon.minSecPerKm + p.marathon.maxSecPerKm) / 2)).toBe(4);
    expect(at((p.threshold.minSecPerKm + p.threshold.maxSecPerKm) / 2)).toBe(6);
    expect(at((p.interval.minSecPerKm + p.interval.maxSecPerKm) / 2)).toBe(8);
  });

  it('without paces follows the workout type, and is "moderate" (3) with nothing known, never a flat 4', () => {
    const run = { distanceKm: 8, durationSec: 2880 };
    expect(estimateRpe(run, { paces: null, workoutType: 'easy' })).toBe(3);
    expect(estimateRpe(run, { paces: null, workoutType: 'recovery' })).toBe(2);
    expect(estimateRpe(run, { paces: null, workoutType: 'tempo' })).toBe(6);
    expect(estimateRpe(run, { paces: null, workoutType: 'intervals' })).toBe(8);
    expect(estimateRpe(run, { paces: null, workoutType: null })).toBe(3);
  });
});

describe('single-run spike (rule 5 on logged runs, Frandsen et al. 2025)', () => {
  it('is a run over 110 % of the longest of the 30 days before, plus 0.2 km', () => {
    const history = [
      { date: '2026-01-01', distanceKm: 6 },
      { date: '2026-02-01', distanceKm: 10 },
      { date: '2026-02-10', distanceKm: 8 },
    ];
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 11.2 }, history, 30)).toBeNull();
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 13 }, history, 30)).toEqual({
      date: '2026-02-20',
      distanceKm: 13,
      longestKm: 10,
      lineKm: 11.2,
      overPct: 30,
    });
    // 31 days later the 10 km is out of the window: the line is from the 8 km.
    expect(findRunSpike({ date: '2026-03-04', distanceKm: 9.2 }, history, 30)?.longestKm).toBe(8);
  });

  it('while the logged history is short, the reported volume stands for the runs not logged', () => {
    const history = [{ date: '2026-02-18', distanceKm: 5 }];
    // 40 km a week: a longest run of 12 km assumed (30 %), so 13 km is within the line.
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 13 }, history, 40)).toBeNull();
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 14 }, history, 40)?.longestKm).toBe(12);
    // No logged run in the 30 days before: no judgement, whatever the volume.
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 30 }, [], 40)).toBeNull();
    expect(findRunSpike({ date: '2026-02-20', distanceKm: 30 }, [], null)).toBeNull();
  });

  it('for any history, a run is a spike exactly when it is over the line (1,000 histories)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 90 }), km: fc.integer({ min: 1, max: 400 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 450 }),
        (h, km) => {
          const history = h.map((x) => ({ date: addDays(START, x.day), distanceKm: x.km / 10 }));
          const date = addDays(START, 100);
          const longest = Math.max(0, ...history.filter((r) => r.date >= addDays(date, -30)).map((r) => r.distanceKm));
          const spike = findRunSpike({ date, distanceKm: km / 10 }, history, null);
          if (longest === 0) expect(spike).toBeNull();
          else expect(spike !== null).toBe(km / 10 > longest * 1.1 + 0.2 + 1e-9);
        },
      ),
      { numRuns: RUNS, seed: 16 },
    );
  });
});
