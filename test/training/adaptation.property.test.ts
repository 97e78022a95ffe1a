/**
 * Adapted plans keep rules 2, 4, 5 and 6 and never change days before `today`, for generated runners and events.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// 1,000 generated plans a property: generous on a busy 2-core machine.
vi.setConfig({ testTimeout: 180_000 });

import {
  adaptPlan,
  addDays,
  daysBetween,
  generatePlan,
  type Plan,
  type PlanEvent,
  WEEKDAY_NAMES,
} from '../../src/training/index.ts';
import { runnerArb } from './arbitraries.ts';
import { adaptedRuleViolations } from './rules.ts';

const eventArb = (plan: Plan, today: string): fc.Arbitrary<PlanEvent> => {
  const dates = plan.weeks.flatMap((w) => w.workouts).map((w) => w.date);
  const day = fc.constantFrom(...dates);
  const from = fc.integer({ min: -3, max: 10 }).map((k) => addDays(today, k));
  return fc.oneof(
    day.map((date): PlanEvent => ({ kind: 'missed', date })),
    day.map((date): PlanEvent => ({ kind: 'skip', date })),
    fc
      .record({
        rpe: fc.integer({ min: 1, max: 10 }),
        feeling: fc.constantFrom('great', 'good', 'ok', 'tired', 'exhausted' as const),
        severity: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      })
      .map(
        (f): PlanEvent => ({
          kind: 'feedback',
          date: addDays(today, -1),
          rpe: f.rpe,
          feeling: f.feeling,
          ...(f.severity ? { pain: { location: 'calf', severity: f.severity } } : {}),
        }),
      ),
    fc
      .record({ fromDate: from, days: fc.integer({ min: 1, max: 28 }) })
      .map((e): PlanEvent => ({ kind: 'illness', ...e })),
    fc
      .record({ fromDate: from, days: fc.integer({ min: 1, max: 14 }) })
      .map((e): PlanEvent => ({ kind: 'injury', ...e })),
    fc
      .record({ fromDate: from, days: fc.integer({ min: 1, max: 21 }), availableDays: fc.subarray([...WEEKDAY_NAMES]) })
      .map((e): PlanEvent => ({ kind: 'travel', ...e })),
    fc
      .record({
        distance: fc.constantFrom('5k', '10k', 'half', 'marathon' as const),
        vdot: fc.integer({ min: 25, max: 80 }),
      })
      .map(
        (r): PlanEvent => ({
          kind: 'race_result',
          distance: r.distance,
          timeSec: { '5k': 5, '10k': 10, half: 21.1, marathon: 42.2 }[r.distance] * (420 - 3 * r.vdot),
        }),
      ),
    fc.integer({ min: 100, max: 1200 }).map(
      (recent): PlanEvent => ({
        kind: 'load',
        loads: Array.from({ length: 35 }, (_, k) => ({ date: addDays(today, k - 35), load: k >= 28 ? recent : 300 })),
      }),
    ),
    fc
      .record({ date: day, shift: fc.integer({ min: -6, max: 6 }) })
      .map((r): PlanEvent => ({ kind: 'reschedule', date: r.date, newDate: addDays(r.date, r.shift) })),
    fc
      .record({ fromDate: from, days: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }) })
      .map((e): PlanEvent => ({ kind: 'fatigue', ...e })),
    fc
      .record({ fromDate: from, days: fc.integer({ min: 1, max: 14 }) })
      .map((e): PlanEvent => ({ kind: 'busy', ...e })),
  );
};

describe('adaptation over generated runners and events', () => {
  it('keeps rules 2, 4, 5, 6 and leaves the past alone, for chains of events', () => {
    const scenario = runnerArb
      .filter(({ req, spanDays }) => spanDays >= { '5k': 4, '10k': 6, half: 8, marathon: 12 }[req.goal] * 7)
      .chain(({ req }) => {
        const outcome = generatePlan({ ...req, recentRace: { distance: '10k', timeSec: 2900 } });
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
        const span = daysBetween(req.startDate, req.raceDate);
        return fc.integer({ min: 0, max: span }).chain((k) => {
          const today = addDays(req.startDate, k);
          return fc.tuple(
            fc.constant({ req, plan: outcome.plan, today }),
            fc.array(eventArb(outcome.plan, today), { minLength: 1, maxLength: 3 }),
          );
        });
      });
    fc.assert(
      fc.property(scenario, ([{ req, plan, today }, events]) => {
        let current = plan;
        for (const ev of events) {
          const past = JSON.stringify(
            current.weeks
              .flatMap((w) => w.workouts)
              .filter((w) => w.date < today && !('date' in ev && w.date === ev.date)),
          );
          const a = adaptPlan(current, ev, today);
          const pastAfter = JSON.stringify(
            a.plan.weeks
              .flatMap((w) => w.workouts)
              .filter((w) => w.date < today && !('date' in ev && w.date === ev.date)),
          );
          expect(pastAfter).toBe(past);
          for (const c of a.changes) {
            if (!('date' in ev) || c.date !== ev.date) expect(c.date >= today).toBe(true);
          }
          expect(adaptedRuleViolations(a.plan, { ...req }, today)).toEqual([]);
          if (a.refused) expect(a.plan).toBe(current);
          current = a.plan;
        }
      }),
      { numRuns: 1000, seed: 42 },
    );
  });
});
