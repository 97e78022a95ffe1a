import { describe, expect, it } from 'vitest';
import {
  activeAt,
  brief,
  clonePlan,
  datesBetween,
  easyInstead,
  isChangeable,
  isHardWorkout,
  netChanges,
  racePaceOf,
  recomputeTotals,
  replaceAt,
  resizeWorkout,
  sessionContext,
  weekEnd,
  weekIndexOf,
  workoutAt,
} from '../../../src/training/adaptation/plan-edit.ts';
import type { PlanChange, WorkoutBrief } from '../../../src/training/adaptation/types.ts';
import { stepsKm } from '../../../src/training/plan/steps.ts';
import type { Plan, PlanWeek, Workout } from '../../../src/training/types.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// The reference plan: 18 weeks from Mon 2026-06-22 to the marathon on Sun 2026-10-25.
// Week 6 (07-27): Tue tempo 8 (1.5 + 5 T + 1.5), Wed easy 10, Thu intervals 8, Sat easy 7.5, Sun long 19.5.
const plan = planFor(MARATHON_18);
const week = (p: Plan, i: number) => p.weeks[i] as PlanWeek;
const on = (p: Plan, date: string) => workoutAt(p, date)?.workout as Workout;
const ctxOf = (p: Plan, date: string) => sessionContext(p, week(p, weekIndexOf(p, date)));
const shape = (w: Workout) => w.steps.map((s) => `${s.kind} ${s.reps}×${s.distanceKm}`);

describe('finding days', () => {
  it.each([
    ['2026-06-21', -1],
    ['2026-06-22', 0],
    ['2026-06-28', 0],
    ['2026-06-29', 1],
    ['2026-10-25', 17],
    ['2026-10-26', -1],
  ])('%s is in week index %d', (date, i) => {
    expect(weekIndexOf(plan, date)).toBe(i);
  });
  it('a week ends the day before the next; the last on race day', () => {
    expect(weekEnd(plan, 0)).toBe('2026-06-28');
    expect(weekEnd(plan, 17)).toBe('2026-10-25');
  });
  it('finds the workout of a day, preferring the active one when a skipped one shares it', () => {
    expect(on(plan, '2026-07-28').type).toBe('tempo');
    expect(workoutAt(plan, '2026-07-27')).toBeNull(); // Monday rest
    const p = clonePlan(plan);
    const wk = week(p, 5);
    const easy = { ...(wk.workouts[0] as Workout), type: 'easy' as const, status: 'planned' as const };
    wk.workouts[0] = { ...(wk.workouts[0] as Workout), status: 'skipped' };
    wk.workouts.push(easy);
    expect(workoutAt(p, '2026-07-28')?.workout).toBe(easy);
    expect(activeAt(p, '2026-07-28')).toBe(easy);
    expect(activeAt(p, '2026-07-28', [easy])).toBeNull();
  });
  it('only active hard sessions count as hard', () => {
    const t = on(plan, '2026-07-28');
    expect(isHardWorkout(t)).toBe(true);
    expect(isHardWorkout({ ...t, status: 'missed' })).toBe(false);
    expect(isHardWorkout(on(plan, '2026-07-29'))).toBe(false);
    expect(isHardWorkout(null)).toBe(false);
  });
  it('lists the days between two dates, both included', () => {
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });
  it('only planned sessions from today on, not the race, may change', () => {
    const t = on(plan, '2026-07-28');
    expect(isChangeable(t, '2026-07-28')).toBe(true);
    expect(isChangeable(t, '2026-07-29')).toBe(false);
    expect(isChangeable({ ...t, status: 'done' }, '2026-07-01')).toBe(false);
    expect(isChangeable(on(plan, '2026-10-25'), '2026-07-01')).toBe(false);
  });
});

describe('what a session needs to be rebuilt', () => {
  it('race pace comes from the race workout; the context from the week', () => {
    const race = racePaceOf(plan);
    expect(race).toEqual(plan.weeks.at(-1)?.workouts.at(-1)?.steps[0]?.pace);
    // A reachable marathon goal: MP sessions at race pace (fitness.ts).
    expect(race).toEqual(plan.paces?.marathon);
    expect(sessionContext(plan, week(plan, 5))).toEqual({
      paces: plan.paces,
      racePace: race,
      weekKm: 53,
      goal: 'marathon',
    });
    expect(racePaceOf({ ...plan, weeks: [] })).toBeNull();
  });
  it('a brief names type, km, title and status', () => {
    expect(brief(on(plan, '2026-07-28'))).toEqual({
      type: 'tempo',
      distanceKm: 8,
      title: 'Tempo run',
      status: 'planned',
    });
    expect(brief(null)).toBeNull();
  });
});

describe('resizing a workout', () => {
  const tempo = on(plan, '2026-07-28');
  it('an easy run scales', () => {
    const w = resizeWorkout(on(plan, '2026-07-29'), 7.96, ctxOf(plan, '2026-07-29'));
    expect(w).toMatchObject({ type: 'easy', distanceKm: 8 });
    expect(shape(w)).toEqual(['run 1×8']);
  });
  it('a session keeps its main set and shortens warm-up and cool-down', () => {
    expect(shape(tempo)).toEqual(['warmup 1×1.5', 'work 1×5', 'cooldown 1×1.5']);
    const w = resizeWorkout(tempo, 7, ctxOf(plan, '2026-07-28'));
    expect(shape(w)).toEqual(['warmup 1×1', 'work 1×5', 'cooldown 1×1']);
    expect(w.distanceKm).toBe(7);
    expect(w.description).toMatch(/^1 km warm-up easy, 5 km at threshold pace .*\(7 km in all\)/);
  });
  it('then shortens a single block, keeping 2 km of frame', () => {
    expect(shape(resizeWorkout(tempo, 6, ctxOf(plan, '2026-07-28')))).toEqual([
      'warmup 1×1',
      'work 1×4',
      'cooldown 1×1',
    ]);
  });
  it('drops repetitions before it gives up', () => {
    const intervals = on(plan, '2026-07-30');
    const main = intervals.steps.find((s) => s.kind === 'work');
    expect(main?.reps).toBeGreaterThan(2);
    const w = resizeWorkout(intervals, 5, ctxOf(plan, '2026-07-30'));
    const after = w.steps.find((s) => s.kind === 'work');
    expect(after?.reps).toBeLessThan(main?.reps ?? 0);
    expect(stepsKm(w.steps)).toBe(w.distanceKm);
    expect(w.distanceKm).toBeLessThanOrEqual(5);
  });
  it('a session with no room left becomes an easy run of the same status', () => {
    const w = resizeWorkout({ ...tempo, status: 'partial' }, 3, ctxOf(plan, '2026-07-28'));
    expect(w).toMatchObject({ type: 'easy', distanceKm: 3, status: 'partial', date: '2026-07-28' });
  });
  it('a longer day keeps warm-up and cool-down within 3 km each (rule 6): the session is shorter than the day', () => {
    const w = resizeWorkout(tempo, 20, ctxOf(plan, '2026-07-28'));
    expect(shape(w)).toEqual(['warmup 1×3', 'work 1×5', 'cooldown 1×3']);
    expect(w.distanceKm).toBe(11);
  });
  it('an easy run in place of a session keeps date and status', () => {
    const w = easyInstead({ ...tempo, status: 'skipped' }, 6.04, ctxOf(plan, '2026-07-28'));
    expect(w).toMatchObject({ date: '2026-07-28', type: 'easy', distanceKm: 6, status: 'skipped', title: 'Easy run' });
  });
});

describe('replacing a day and logging it', () => {
  const why = { code: 'missed' } as const;
  it('replaces, logs before and after, and leaves the input alone', () => {
    const p = clonePlan(plan);
    expect(p).not.toBe(plan);
    const changes: PlanChange[] = [];
    const t = on(p, '2026-07-28');
    replaceAt(p, '2026-07-28', { ...t, status: 'missed' }, why, changes, t);
    expect(on(p, '2026-07-28').status).toBe('missed');
    expect(on(plan, '2026-07-28').status).toBe('planned');
    expect(changes).toEqual([
      {
        date: '2026-07-28',
        before: { type: 'tempo', distanceKm: 8, title: 'Tempo run', status: 'planned' },
        after: { type: 'tempo', distanceKm: 8, title: 'Tempo run', status: 'missed' },
        reasons: [why],
      },
    ]);
  });
  it('an identical workout is no change', () => {
    const p = clonePlan(plan);
    const changes: PlanChange[] = [];
    replaceAt(p, '2026-07-28', { ...on(p, '2026-07-28') }, why, changes);
    expect(changes).toEqual([]);
  });
  it('null removes the day; a workout on a rest day is added; a day outside the plan is ignored', () => {
    const p = clonePlan(plan);
    const changes: PlanChange[] = [];
    const n = week(p, 5).workouts.length;
    replaceAt(p, '2026-07-29', null, why, changes);
    expect(week(p, 5).workouts).toHaveLength(n - 1);
    replaceAt(p, '2026-07-27', { ...on(plan, '2026-07-29'), date: '2026-07-27' }, why, changes);
    expect(week(p, 5).workouts).toHaveLength(n);
    replaceAt(p, '2027-01-01', on(plan, '2026-07-29'), why, changes);
    expect(changes.map((c) => [c.date, c.before?.type ?? null, c.after?.type ?? null])).toEqual([
      ['2026-07-29', 'easy', null],
      ['2026-07-27', null, 'easy'],
    ]);
  });
  it('totals are recomputed without the race and without skipped or missed runs, in date order', () => {
    const p = clonePlan(plan);
    const wk = week(p, 5);
    wk.workouts.reverse();
    wk.workouts[0] = { ...(wk.workouts[0] as Workout), status: 'skipped' }; // the long run, 19.5
    recomputeTotals(p);
    expect(wk.workouts.map((w) => w.date)).toEqual([
      '2026-07-28',
      '2026-07-29',
      '2026-07-30',
      '2026-08-01',
      '2026-08-02',
    ]);
    expect(wk.totalKm).toBe(33.5);
    expect(week(p, 17).totalKm).toBe(21.2);
  });
});

describe('one change a day', () => {
  const b = (type: WorkoutBrief['type'], km: number, status: WorkoutBrief['status'] = 'planned'): WorkoutBrief => ({
    type,
    distanceKm: km,
    title: type,
    status,
  });
  it('keeps where a day ends up, with each reason once, in the order first touched', () => {
    const changes: PlanChange[] = [
      { date: 'd1', before: b('tempo', 8), after: b('easy', 5.6), reasons: [{ code: 'lighter_fatigue' }] },
      { date: 'd2', before: b('easy', 10), after: b('easy', 7), reasons: [{ code: 'lighter_fatigue' }] },
      {
        date: 'd1',
        before: b('easy', 5.6),
        after: b('easy', 5),
        reasons: [{ code: 'lighter_fatigue' }, { code: 'week_growth', rule: 4 }],
      },
    ];
    expect(netChanges(changes)).toEqual([
      {
        date: 'd1',
        before: b('tempo', 8),
        after: b('easy', 5),
        reasons: [{ code: 'lighter_fatigue' }, { code: 'week_growth', rule: 4 }],
      },
      changes[1],
    ]);
  });
  it('drops a day that ends as it began', () => {
    const changes: PlanChange[] = [
      { date: 'd1', before: b('tempo', 8), after: null, reasons: [{ code: 'moved_to', date: 'd3' }] },
      { date: 'd1', before: null, after: b('tempo', 8), reasons: [{ code: 'moved_from', date: 'd0' }] },
    ];
    expect(netChanges(changes)).toEqual([]);
  });
  it('a day brought back keeps only the reasons from then on', () => {
    const changes: PlanChange[] = [
      { date: 'd1', before: b('easy', 8), after: b('easy', 8, 'skipped'), reasons: [{ code: 'hold_pain' }] },
      {
        date: 'd1',
        before: b('easy', 8, 'skipped'),
        after: b('easy', 4),
        reasons: [{ code: 'return_volume', rule: 15 }],
      },
    ];
    expect(netChanges(changes)).toEqual([
      { date: 'd1', before: b('easy', 8), after: b('easy', 4), reasons: [{ code: 'return_volume', rule: 15 }] },
    ]);
  });
});
