/**
 * Rules 15 and 16 over generated runners (at least 1,000 a property), and the rules adapted plans keep (2, 4, 5, 6,
 * 14: rules.ts's `adaptedRuleViolations`) after a hold, a return, a long illness and a race result.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 300_000 });

import {
  adaptPlan,
  addDays,
  daysBetween,
  GOAL_DISTANCES,
  GOAL_KM,
  generatePlan,
  type Plan,
  type PlanRequest,
  predictRaceTimeSec,
} from '../../src/training/index.ts';
import { holdViolations, lastFullWeekKm, returnViolations, tuneUpViolations } from './adaptation-rules.ts';
import { MIN_WEEKS, runnerArb, withRace } from './arbitraries.ts';
import { adaptedRuleViolations } from './rules.ts';

/** A runner with a plan and a day inside it (at least a week before the race). */
const scenarioArb = runnerArb
  .filter(({ req, spanDays }) => spanDays >= MIN_WEEKS[req.goal] * 7)
  .chain(({ req, race }) => {
    const full = withRace(req, race);
    const outcome = generatePlan(full);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const span = daysBetween(req.startDate, req.raceDate);
    return fc
      .integer({ min: 0, max: span - 8 })
      .map((k) => ({ req: full, plan: outcome.plan, today: addDays(req.startDate, k) }));
  });

const RUNS = { numRuns: 1000, seed: 15 };

function expectRules(plan: Plan, req: PlanRequest, today: string, extra: string[] = []): void {
  expect([...adaptedRuleViolations(plan, req, today), ...extra]).toEqual([]);
}

describe('rule 15 over generated runners', () => {
  it('pain of 5+ holds every run until clearance; the return keeps rule 15 and the adapted rules', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer({ min: 5, max: 10 }),
        fc.integer({ min: 1, max: 30 }),
        ({ req, plan, today }, severity, clearAfter) => {
          const held = adaptPlan(
            plan,
            { kind: 'feedback', date: today, rpe: 5, pain: { location: 'shin', severity } },
            today,
          );
          expect(held.stopRunningAdvice).toBe(true);
          expect(holdViolations(held.plan, addDays(today, 1))).toEqual([]);
          const cleared = addDays(today, clearAfter);
          if (cleared >= req.raceDate) return;
          const breakFrom = addDays(today, 1);
          const back = adaptPlan(held.plan, { kind: 'return', breakFrom, resumeOn: cleared }, cleared);
          const ref = lastFullWeekKm(plan, breakFrom);
          expectRules(back.plan, req, cleared, returnViolations(back.plan, breakFrom, cleared, cleared, ref));
        },
      ),
      RUNS,
    );
  });

  it('an illness of 8 days or more returns by rule 15', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 8, max: 28 }), ({ req, plan, today }, days) => {
        const a = adaptPlan(plan, { kind: 'illness', fromDate: today, days }, today);
        const resume = addDays(today, days);
        const ref = lastFullWeekKm(plan, today);
        expectRules(a.plan, req, today, returnViolations(a.plan, today, resume, today, ref));
      }),
      RUNS,
    );
  });
});

describe('rule 16 over generated runners', () => {
  it('a dated result: tune-up days stay easy, a slower one waits for confirmation, the adapted rules hold', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.constantFrom(...GOAL_DISTANCES),
        fc.integer({ min: 28, max: 75 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        ({ req, plan, today }, distance, vdot, daysAgo, confirmed) => {
          const date = addDays(today, -daysAgo);
          const timeSec = Math.round(predictRaceTimeSec(vdot, GOAL_KM[distance]));
          const a = adaptPlan(plan, { kind: 'race_result', distance, timeSec, date, confirmed }, today);
          expect(a.refused).toBeUndefined();
          const slower = plan.vdot !== null && (a.confirm !== undefined || (a.plan.vdot as number) < plan.vdot);
          if (slower && !confirmed) {
            expect(a.confirm?.code).toBe('slower_result');
            expect(a.plan.vdot).toBe(plan.vdot);
            expect(a.plan.paces).toEqual(plan.paces);
          } else {
            expect(a.confirm).toBeUndefined();
          }
          // Only what the adaptation adds: a generated plan's own rule 4 rounding (part A's generator) is not its doing.
          const before = new Set(adaptedRuleViolations(plan, req, today));
          const added = adaptedRuleViolations(a.plan, req, today).filter((v) => !before.has(v));
          expect([...added, ...tuneUpViolations(a.plan, date, distance, today)]).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('results older than 8 weeks set no paces', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 57, max: 400 }), ({ plan, today }, daysAgo) => {
        const a = adaptPlan(
          plan,
          { kind: 'race_result', distance: '10k', timeSec: 2400, date: addDays(today, -daysAgo) },
          today,
        );
        expect(a.refused).toBeTruthy();
        expect(a.plan).toBe(plan);
      }),
      RUNS,
    );
  });
});
