/** The tools added for issue 14, on a real SQLite store: their refusals, and what they keep. */
import { describe, expect, it } from 'vitest';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { addDays } from '../../../src/time/local.ts';
import { isHardType } from '../../../src/training/types.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 5151;

function setup(now = { t: new Date('2026-12-01T09:00:00Z') }) {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'T', username: null, languageCode: 'en' });
  const ctx: CoachContext = { userId: ID, store, now: () => now.t, log: silentLogger };
  const created = callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 });
  expect(created.result.ok).toBe(true);
  const all = () => store.plans.getActive(ID)?.weeks.flatMap((w) => w.workouts) ?? [];
  return { ctx, store, now, all };
}

describe('change_plan', () => {
  it('refuses nothing to change and an impossible date, changing nothing', () => {
    const { ctx, all } = setup();
    const before = JSON.stringify(all());
    expect(callTool(ctx, 'change_plan', {}).result).toMatchObject({ ok: false });
    expect(callTool(ctx, 'change_plan', { raceDate: '2026-12-13' }).result).toMatchObject({ ok: false });
    expect(callTool(ctx, 'change_plan', { daysPerWeek: 9 }).result).toMatchObject({ ok: false });
    expect(JSON.stringify(all())).toBe(before);
  });

  it('rebuilds from today: every past day as it was, the race on the new date, no hard days back to back', () => {
    const { ctx, store, now, all } = setup();
    const past = all().filter((w) => w.date < '2026-12-15');
    for (const w of past.slice(0, 3)) store.plans.setWorkoutStatus(ID, w.date, 'done');
    now.t = new Date('2026-12-15T09:00:00Z');
    const kept = all().filter((w) => w.date < '2026-12-15');
    const r = callTool(ctx, 'change_plan', { raceDate: '2027-04-11', longRunDay: 'sat' });
    expect(r.result.ok).toBe(true);
    expect(all().filter((w) => w.date < '2026-12-15')).toEqual(kept);
    const ahead = all().filter((w) => w.date >= '2026-12-15');
    expect(ahead.filter((w) => w.type === 'race').map((w) => w.date)).toEqual(['2027-04-11']);
    expect(ahead.filter((w) => w.type === 'long').every((w) => new Date(`${w.date}T00:00:00Z`).getUTCDay() === 6)).toBe(
      true,
    );
    const hard = new Set(ahead.filter((w) => isHardType(w.type) && w.type !== 'race').map((w) => w.date));
    for (const d of hard) expect(hard.has(addDays(d, 1))).toBe(false);
    expect(store.users.get(ID)?.longRunDay).toBe('sat');
    expect(store.plans.getActive(ID)?.startDate).toBe('2026-12-01');
  });

  it('keeps the days the runner took out, and a day already run stays as it was', () => {
    const { ctx, store, now, all } = setup();
    now.t = new Date('2026-12-08T09:00:00Z');
    const coming = all().filter((w) => w.date > '2026-12-08' && w.type !== 'race');
    const sick = coming.slice(0, 2).map((w) => w.date);
    for (const d of sick) expect(callTool(ctx, 'skip_workout', { date: d, reason: 'ill' }).result.ok).toBe(true);
    expect(callTool(ctx, 'log_run', { distanceKm: 5, duration: '30:00' }).result.ok).toBe(true);
    const today = JSON.stringify(all().filter((w) => w.date === '2026-12-08'));
    expect(callTool(ctx, 'change_plan', { goalTime: '1:59:00' }).result.ok).toBe(true);
    for (const d of sick) {
      const w = all().find((x) => x.date === d);
      if (w) expect(w.status).toBe('skipped');
    }
    expect(JSON.stringify(all().filter((w) => w.date === '2026-12-08'))).toBe(today);
    expect(store.runs.between(ID, '2026-12-08', '2026-12-08')).toHaveLength(1);
  });

  it('sets and clears the goal time', () => {
    const { ctx, store } = setup();
    expect(callTool(ctx, 'change_plan', { goalTime: '1:45:00' }).result.ok).toBe(true);
    expect(store.plans.getActive(ID)?.goal.goalTime).toBe('1:45:00');
    expect(callTool(ctx, 'change_plan', { clearGoalTime: true }).result.ok).toBe(true);
    expect(store.plans.getActive(ID)?.goal.goalTime).toBeNull();
  });
});

describe('restore_workout', () => {
  it('refuses past days, rest days and days that still have their workout', () => {
    const { ctx, all } = setup();
    const first = all().find((w) => w.date >= '2026-12-02');
    expect(callTool(ctx, 'restore_workout', { date: '2026-11-30' }).result).toMatchObject({ ok: false });
    expect(callTool(ctx, 'restore_workout', { date: first?.date ?? '' }).result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already has its workout/),
    });
    const rest = ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'].find((d) => !all().some((w) => w.date === d));
    if (rest) {
      expect(callTool(ctx, 'restore_workout', { date: rest }).result).toMatchObject({
        ok: false,
        error: expect.stringMatching(/no skipped workout/),
      });
    }
  });

  it('skip then restore gives the week back as it was (a moved session moves back)', () => {
    const { ctx, all } = setup();
    const week = (xs: ReturnType<typeof all>) =>
      xs
        .filter((w) => w.date >= '2026-12-07' && w.date <= '2026-12-13' && w.status === 'planned')
        .map((w) => `${w.date} ${w.title}`);
    const original = week(all());
    const quality = all().find((w) => w.date >= '2026-12-07' && w.date <= '2026-12-13' && isHardType(w.type));
    expect(quality).toBeDefined();
    expect(callTool(ctx, 'skip_workout', { date: quality?.date ?? '' }).result.ok).toBe(true);
    const r = callTool(ctx, 'restore_workout', { date: quality?.date ?? '' });
    expect(r.result.ok).toBe(true);
    expect(week(all())).toEqual(original);
  });
});

describe('set_messages and answer_question', () => {
  it('pauses and resumes each kind', () => {
    const { ctx, store } = setup();
    expect(callTool(ctx, 'set_messages', { paused: true }).result).toMatchObject({
      ok: true,
      data: { pausedNow: ['morning', 'evening', 'weekly'] },
    });
    callTool(ctx, 'set_messages', { paused: false, kinds: ['evening'] });
    expect(store.users.get(ID)?.pausedMessages).toEqual(['morning', 'weekly']);
    callTool(ctx, 'set_messages', { paused: false });
    expect(store.users.get(ID)?.pausedMessages).toBeNull();
  });

  it('answers from the engine: a race in the taper does not fit, a prediction needs a fitness', () => {
    const { ctx } = setup();
    expect(callTool(ctx, 'answer_question', { topic: 'race_fit', date: '2027-03-07' }).result).toMatchObject({
      ok: true,
      data: { fit: 'too_close_to_goal', daysToGoal: 7 },
    });
    expect(callTool(ctx, 'answer_question', { topic: 'prediction' }).result).toMatchObject({
      ok: true,
      data: { predictions: null },
    });
    callTool(ctx, 'update_profile', { recentRace: { distance: '10k', time: '45:00' } });
    const p = callTool(ctx, 'answer_question', { topic: 'prediction' }).result;
    expect(p.ok && p.data.topic === 'prediction' && p.data.predictions?.half).toBeGreaterThan(5400);
  });

  it('week 1 is the starting volume, not a lighter week (coach review, issue 17)', () => {
    const { ctx, store } = setup();
    const first = store.plans.getActive(ID)?.weeks[0];
    const r = callTool(ctx, 'answer_question', { topic: 'week_load', date: first?.startDate ?? '' }).result;
    expect(r).toMatchObject({ ok: true, data: { topic: 'week_load', previousKm: null } });
    expect(r.ok && r.data.topic === 'week_load' && r.data.reason).toMatch(/^(?:first|partial)$/);
  });

  it('"what is the long run for?" is about the next long run, not the next workout (coach review, issue 17)', () => {
    const { ctx, all } = setup();
    const nextLong = all().find((w) => w.type === 'long' && w.date >= '2026-12-01');
    const nextAny = all().find((w) => w.date >= '2026-12-01');
    expect(nextLong && nextAny && nextLong.date !== nextAny.date).toBe(true);
    const r = callTool(ctx, 'answer_question', { topic: 'workout_purpose', kind: 'long' }).result;
    expect(r).toMatchObject({ ok: true, data: { kind: 'long', date: nextLong?.date, workout: { type: 'long' } } });
    // Strides ride on easy runs; a kind the plan no longer has is answered without a workout.
    const s = callTool(ctx, 'answer_question', { topic: 'workout_purpose', kind: 'strides' }).result;
    expect(s.ok && s.data.topic === 'workout_purpose' && s.data.workout?.type).toBe('easy');
    const m = callTool(ctx, 'answer_question', { topic: 'workout_purpose', kind: 'marathon_pace' }).result;
    expect(m).toMatchObject({ ok: true, data: { kind: 'marathon_pace' } });
  });

  it('fixed advice needs no plan; engine answers do', () => {
    const { store } = tempStore();
    store.users.upsert({ telegramId: 1, chatId: 1, name: null, username: null, languageCode: null });
    const ctx: CoachContext = { userId: 1, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
    expect(callTool(ctx, 'answer_question', { topic: 'fuelling' }).result).toEqual({
      ok: true,
      data: { topic: 'fuelling' },
    });
    expect(callTool(ctx, 'answer_question', { topic: 'paces' }).result).toMatchObject({ ok: false });
    expect(callTool(ctx, 'return_to_running', {}).result).toMatchObject({ ok: false });
  });

  it('return_to_running without a break changes nothing', () => {
    const { ctx, all } = setup();
    const before = JSON.stringify(all());
    expect(callTool(ctx, 'return_to_running', {}).result).toEqual({ ok: true, data: { rebuilt: false } });
    expect(JSON.stringify(all())).toBe(before);
  });
});
