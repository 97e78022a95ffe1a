import { describe, expect, it } from 'vitest';
import { clonePlan, workoutAt } from '../../../src/training/adaptation/plan-edit.ts';
import { pacesFromVdot, racePaceFor, repaceFrom } from '../../../src/training/adaptation/repace.ts';
import type { ChangeReason, PlanChange } from '../../../src/training/adaptation/types.ts';
import { predictRaceTimeSec } from '../../../src/training/race-prediction.ts';
import type { Plan, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

const plan = planFor(MARATHON_18);
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;

describe('race-day pace', () => {
  it('from the predicted time: VDOT 50 runs the marathon in 3:10:40, 271 s/km, shown ± 2 s', () => {
    const r = racePaceFor(plan, 50);
    expect(r.predictedSec).toBe(predictRaceTimeSec(50, 42.195));
    expect(Math.round(r.predictedSec)).toBe(11440); // Daniels' table: 3:10:49 at VDOT 50
    expect(r.pace).toEqual({ minSecPerKm: 269, maxSecPerKm: 273 });
  });
  it('from the goal time when the runner has one', () => {
    const withGoal: Plan = { ...plan, goal: { ...plan.goal, goalTime: '3:15:00' } };
    // 11,700 s / 42.195 km = 277.3 s/km.
    expect(racePaceFor(withGoal, 50).pace).toEqual({ minSecPerKm: 275, maxSecPerKm: 279 });
    // The prediction is still the VDOT's.
    expect(racePaceFor(withGoal, 50).predictedSec).toBe(predictRaceTimeSec(50, 42.195));
  });
});

describe('new pace targets on the workouts ahead', () => {
  const paces = pacesFromVdot(50);
  const race = { minSecPerKm: 269, maxSecPerKm: 273 };
  const why: ChangeReason = { code: 'new_paces', rule: 16, value: 50, ref: 45.3 };

  it('sets every step from its zone, rewrites the text, logs each workout once', () => {
    const p = clonePlan(plan);
    const changes: PlanChange[] = [];
    repaceFrom(p, paces, race, '2026-07-28', why, changes);
    const tempo = on(p, '2026-07-28');
    expect(tempo.steps.map((s) => s.pace)).toEqual([paces.easy, paces.threshold, paces.easy]);
    expect(tempo.description).toMatch(/threshold pace \(4:15 \/km\)/);
    expect(tempo.distanceKm).toBe(on(plan, '2026-07-28').distanceKm);
    expect(changes[0]).toEqual({
      date: '2026-07-28',
      before: { type: 'tempo', distanceKm: 8, title: 'Tempo run', status: 'planned' },
      after: { type: 'tempo', distanceKm: 8, title: 'Tempo run', status: 'planned' },
      reasons: [why],
    });
    expect(new Set(changes.map((c) => c.date)).size).toBe(changes.length);
  });

  it('leaves the past, runs already done, the race and hill repeats (by effort) alone', () => {
    const p = clonePlan(plan);
    (on(p, '2026-07-29') as Workout).status = 'done';
    const changes: PlanChange[] = [];
    repaceFrom(p, paces, race, '2026-07-28', why, changes);
    expect(on(p, '2026-07-26')).toEqual(on(plan, '2026-07-26'));
    expect(on(p, '2026-07-29').steps).toEqual(on(plan, '2026-07-29').steps);
    expect(on(p, '2026-10-25')).toEqual(on(plan, '2026-10-25'));
    expect(changes.map((c) => c.date)).not.toContain('2026-07-29');
    expect((changes.at(-1)?.date ?? '') < '2026-10-25').toBe(true);
    const hills = p.weeks.flatMap((w) => w.workouts).filter((w) => w.type === 'hills');
    for (const h of hills) expect(h.steps.find((s) => s.zone === 'hill')?.pace).toBeNull();
  });

  it('the same paces again change nothing', () => {
    const p = clonePlan(plan);
    const changes: PlanChange[] = [];
    repaceFrom(
      p,
      plan.paces as NonNullable<Plan['paces']>,
      plan.paces?.marathon as NonNullable<Plan['paces']>['marathon'],
      '2026-06-22',
      why,
      changes,
    );
    expect(changes).toEqual([]);
    expect(p).toEqual(plan);
  });
});
