/**
 * What a coach checks beyond design.md's numbered rules, over generated runners: phase labels follow the volume,
 * at most two quality days a week, single sessions within Daniels' limits, race-week sharpeners short, and plans
 * far from the distance keep quality minimal.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// 1,000 generated plans a property: generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

import { ENGLISH, warningText } from '../../src/coach/replies/engine-words.ts';
import {
  addDays,
  GOAL_KM,
  generatePlan,
  type Plan,
  type PlanRequest,
  predictRaceTimeSec,
} from '../../src/training/index.ts';
import { MIN_WEEKS, runnerArb } from './arbitraries.ts';
import { qualityDays, weekWork, workKm } from './quality.ts';
import { weekStats } from './rules.ts';

const RUNS = 1000;

function build(req: PlanRequest, race?: { distance: PlanRequest['goal']; vdot: number }): Plan | null {
  const withRace = race
    ? {
        ...req,
        recentRace: {
          distance: race.distance,
          timeSec: Math.round(predictRaceTimeSec(race.vdot, GOAL_KM[race.distance])),
        },
      }
    : req;
  const outcome = generatePlan(withRace);
  return outcome.ok ? outcome.plan : null;
}

const planned = runnerArb.filter(({ req, spanDays }) => spanDays >= MIN_WEEKS[req.goal] * 7);

describe('plans a coach would sign, over 1,000 generated runners', () => {
  it('phase labels follow the volume: the peak holds the biggest week, is no lighter week, and the taper is below it', () => {
    fc.assert(
      fc.property(planned, ({ req, race }) => {
        const plan = build(req, race) as Plan;
        const stats = weekStats(plan);
        const peak = stats.filter((s) => s.phase === 'peak' && s.days === 7).map((s) => s.total);
        // The peak phase holds the plan's biggest week (within rounding).
        if (peak.length > 0)
          expect(Math.max(...peak)).toBeGreaterThanOrEqual(Math.max(...stats.map((s) => s.total)) - 1);
        stats.forEach((s, i) => {
          const before = stats[i - 1];
          if (s.phase === 'peak' && before && s.days === 7 && before.days === 7) {
            expect(s.total).toBeGreaterThan(0.9 * before.total);
          }
          if (s.phase === 'taper' && peak.length > 0) expect(s.total).toBeLessThanOrEqual(Math.min(...peak));
        });
      }),
      { numRuns: RUNS, seed: 77 },
    );
  });

  it('the long run is the longest easy-paced run of its week (training weeks of 15 km or more)', () => {
    fc.assert(
      // Runners averaging more than 10 km a run hit the peak long-run cap (PEAK_LONG_KM) with every run.
      fc.property(
        planned.filter(({ req }) => req.weeklyKm <= 10 * req.daysPerWeek),
        ({ req, race }) => {
          const plan = build(req, race) as Plan;
          for (const week of plan.weeks) {
            // Below ~15 km a week every run is short and rounding to 0.5 km decides the order.
            // Tapers shorten the long run first (Pfitzinger), so they are left out.
            if (week.phase === 'race' || week.phase === 'taper' || week.totalKm < 15) continue;
            const long = week.workouts.find((w) => w.type === 'long');
            if (!long) continue;
            for (const w of week.workouts) {
              if (w.type === 'easy' || w.type === 'recovery') {
                expect(
                  long.distanceKm,
                  `week ${week.index}: long ${long.distanceKm} < easy ${w.distanceKm}`,
                ).toBeGreaterThanOrEqual(w.distanceKm);
              }
            }
          }
        },
      ),
      { numRuns: RUNS, seed: 78 },
    );
  });

  it('at most two quality days a week (a marathon-pace long run is one); sessions within Daniels limits', () => {
    fc.assert(
      fc.property(planned, ({ req, race }) => {
        const plan = build(req, race) as Plan;
        // The final days before the race are rebuilt shorter (rule 8's taper); their weeks are judged by the taper rules.
        const finalDays = addDays(plan.goal.raceDate, -5);
        for (const week of plan.weeks) {
          expect(qualityDays(week)).toBeLessThanOrEqual(2);
          if (week.workouts.some((w) => w.date >= finalDays)) continue;
          // Daniels: T ≤ 10 % of the week, I ≤ 8 % and 10 km, M ≤ 20 % and 29 km (per session; a little rounding).
          const total = week.totalKm;
          for (const w of week.workouts) {
            expect(workKm(w, 'threshold')).toBeLessThanOrEqual(0.1 * total + 0.3);
            expect(workKm(w, 'interval')).toBeLessThanOrEqual(Math.min(0.08 * total, 10) + 0.3);
            expect(workKm(w, 'marathon')).toBeLessThanOrEqual(Math.min(0.2 * total, 29) + 0.3);
          }
        }
      }),
      { numRuns: RUNS, seed: 5 },
    );
  });

  it('race week: one short sharpener at most, nothing hard in the last two days', () => {
    fc.assert(
      fc.property(planned, ({ req, race }) => {
        const plan = build(req, race) as Plan;
        const last = plan.weeks.at(-1);
        const hard = (last?.workouts ?? []).filter(
          (w) => w.type !== 'race' && w.type !== 'easy' && w.type !== 'recovery',
        );
        expect(hard.length).toBeLessThanOrEqual(1);
        for (const w of hard) {
          expect(weekWork(w)).toBeLessThanOrEqual(3.01);
          expect(w.distanceKm).toBeLessThanOrEqual(7.5);
          expect(w.date < plan.goal.raceDate).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 8 },
    );
  });

  it('a plan that cannot reach the distance keeps one quality day a week, easy long runs and short marathon pace', () => {
    let limited = 0;
    fc.assert(
      fc.property(planned, ({ req, race }) => {
        const plan = build(req, race) as Plan;
        const short = plan.warnings.find((w) => w.code === 'build_short');
        if (!short) return;
        limited++;
        expect(warningText(ENGLISH, short)).toMatch(/What would work|Build up your weekly running first/);
        for (const week of plan.weeks) {
          expect(qualityDays(week)).toBeLessThanOrEqual(week.phase === 'race' ? 1 : 1);
          for (const w of week.workouts) {
            if (w.type === 'long') expect(w.steps.every((s) => s.zone === 'easy')).toBe(true);
            expect(workKm(w, 'marathon')).toBeLessThanOrEqual(5);
            if (week.phase !== 'race') expect(workKm(w, 'interval')).toBe(0);
          }
        }
      }),
      { numRuns: RUNS, seed: 11 },
    );
    expect(limited).toBeGreaterThan(20);
  });
});
