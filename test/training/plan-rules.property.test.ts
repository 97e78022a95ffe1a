/**
 * The training rules of design.md as properties over generated runners (fast-check, ≥ 1,000 runs each).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// 1,000 generated plans a property: generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

import { ENGLISH, planErrorText } from '../../src/coach/replies/engine-words.ts';
import { addDays, generatePlan } from '../../src/training/index.ts';
import { MIN_WEEKS, rule9RunnerArb, runnerArb, withRace } from './arbitraries.ts';
import { planRuleViolations, weekStats } from './rules.ts';

const RUNS = 1000;

describe('plan generation over 1,000 generated runners', () => {
  it('keeps every rule of version 2 for every runner, or refuses plans shorter than rule 10 allows', () => {
    let built = 0;
    let refused = 0;
    fc.assert(
      fc.property(runnerArb, ({ req: base, race, spanDays }) => {
        const req = withRace(base, race);
        const outcome = generatePlan(req);
        if (spanDays < MIN_WEEKS[req.goal] * 7) {
          refused++;
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(planErrorText(ENGLISH, outcome.error)).toMatch(/needs at least \d+ weeks/);
          return;
        }
        built++;
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(planRuleViolations(outcome.plan, req)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20260101 },
    );
    expect(built).toBeGreaterThan(RUNS / 2);
    expect(refused).toBeGreaterThan(0);
  });

  it('rule 9: peak long runs in range (or at the time cap, or as far as rule 5 lets them grow) for the runners it names', () => {
    fc.assert(
      fc.property(rule9RunnerArb, (req) => {
        const outcome = generatePlan(req);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const peakLong = Math.max(...weekStats(outcome.plan).map((w) => w.longRun));
        expect(peakLong).toBeGreaterThanOrEqual(5);
        expect(planRuleViolations(outcome.plan, req)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 9 },
    );
  });

  it("rule 11: a fresh race sets VDOT by Daniels and Gilbert's equations, and the paces at their fractions of it", () => {
    // Written out again so that the property does not lean on the engine's own equations.
    const vdotOf = (km: number, sec: number) => {
      const t = sec / 60;
      const v = (km * 1000) / t;
      const vo2 = -4.6 + 0.182258 * v + 0.000104 * v * v;
      return vo2 / (0.8 + 0.1894393 * Math.exp(-0.012778 * t) + 0.2989558 * Math.exp(-0.1932605 * t));
    };
    /** Seconds per km where the oxygen cost is `vo2` (the quadratic solved for v). */
    const paceAt = (vo2: number) => {
      const a = 0.000104;
      const b = 0.182258;
      const c = -4.6 - vo2;
      return 60_000 / ((-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a));
    };
    let checked = 0;
    fc.assert(
      fc.property(runnerArb, ({ req: base, race, spanDays }) => {
        if (!race || spanDays < MIN_WEEKS[base.goal] * 7) return;
        const req = withRace(base, race);
        const outcome = generatePlan(req);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok || !req.recentRace) return;
        const { plan } = outcome;
        const fresh = (race.date ?? req.startDate) >= addDays(req.startDate, -56);
        if (!fresh) return;
        checked++;
        const kmOf = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 } as const;
        const vdot = vdotOf(kmOf[race.distance], req.recentRace.timeSec);
        expect(Math.abs((plan.vdot as number) - vdot)).toBeLessThanOrEqual(0.051);
        const v = plan.vdot as number;
        const p = plan.paces;
        expect(p).not.toBeNull();
        if (!p) return;
        // Easy 59–66 %, threshold 88 %, interval 97.5–100 %, repetition 105–110 % of VDOT (±1 s for rounding).
        const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(1);
        near(p.easy.minSecPerKm, paceAt(0.66 * v));
        near(p.easy.maxSecPerKm, paceAt(0.59 * v));
        near((p.threshold.minSecPerKm + p.threshold.maxSecPerKm) / 2, paceAt(0.88 * v));
        near(p.interval.minSecPerKm, paceAt(1.0 * v));
        near(p.interval.maxSecPerKm, paceAt(0.975 * v));
        near(p.repetition.minSecPerKm, paceAt(1.1 * v));
        near(p.repetition.maxSecPerKm, paceAt(1.05 * v));
        // Easy runs are run in that band.
        for (const w of plan.weeks.flatMap((x) => x.workouts))
          for (const st of w.steps) if (st.zone === 'easy' && st.pace) expect(st.pace).toEqual(p.easy);
      }),
      { numRuns: 3 * RUNS + 300, seed: 11 },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS);
  });

  it('rule 12: the same inputs give the same plan', () => {
    fc.assert(
      fc.property(runnerArb, ({ req: base, race }) => {
        const req = withRace(base, race);
        expect(JSON.stringify(generatePlan(req))).toBe(JSON.stringify(generatePlan({ ...req })));
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('every workout is structured: steps add up to its distance; pace targets only when paces are known', () => {
    fc.assert(
      fc.property(runnerArb, ({ req: base, race }) => {
        const req = withRace(base, race);
        const outcome = generatePlan(req);
        if (!outcome.ok) return;
        const { plan } = outcome;
        // Rule 16: a result older than 8 weeks on the start date sets no paces.
        const fresh = race !== undefined && (race.date ?? req.startDate) >= addDays(req.startDate, -56);
        // Rule 13: never from the goal; without a fresh race the workouts go by effort.
        expect(plan.paces === null).toBe(!fresh);
        for (const w of plan.weeks.flatMap((x) => x.workouts)) {
          const sum = w.steps.reduce(
            (s, st) => s + st.reps * st.distanceKm + Math.max(0, st.reps - 1) * (st.recoveryKm ?? 0),
            0,
          );
          expect(Math.abs(sum - w.distanceKm)).toBeLessThan(0.051);
          expect(w.title.length).toBeGreaterThan(0);
          expect(w.description.length).toBeGreaterThan(10);
          expect(w.status).toBe('planned');
          for (const s of w.steps) {
            expect(s.effort.length).toBeGreaterThan(0);
            if (plan.paces === null && s.zone !== 'race') expect(s.pace).toBeNull();
            if (plan.paces !== null && s.zone !== 'hill') expect(s.pace).not.toBeNull();
          }
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
