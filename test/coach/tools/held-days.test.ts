/**
 * Days the runner is ill, injured or on a hold after pain stay rest: reschedule_workout refuses to move a workout
 * into them, and the Move buttons do not offer them (review of issue 17). A niggle under 5/10 does not hold days.
 */
import { describe, expect, it } from 'vitest';
import { restingOn } from '../../../src/coach/conversation/health.ts';
import { moveChoices } from '../../../src/coach/replies/workout.ts';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import type { User } from '../../../src/db/store/index.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 6262;
/** A Tuesday; the plan's first week runs Mon 30 Nov – Sun 6 Dec. */
const NOW = new Date('2026-12-01T09:00:00Z');

function withPlan() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'T' });
  const ctx: CoachContext = { userId: ID, store, now: () => NOW, log: silentLogger };
  const created = callTool(ctx, 'create_plan', { goal: '10k', raceDate: '2027-02-28', daysPerWeek: 4, weeklyKm: 25 });
  expect(created.result.ok).toBe(true);
  return { ctx, store };
}

/** A planned workout of the first week after `after`, to move back into the held days. */
function laterWorkout(store: ReturnType<typeof withPlan>['store'], after: string) {
  const w = store.plans
    .getActive(ID)
    ?.weeks.flatMap((x) => x.workouts)
    .find((x) => x.date > after && x.date <= '2026-12-06' && x.status === 'planned');
  if (!w) throw new Error('fixture: no planned workout late in the first week');
  return w;
}

describe('held days', () => {
  it('reschedule_workout refuses a day inside an illness, says why, and changes nothing', () => {
    const { ctx, store } = withPlan();
    const ill = callTool(ctx, 'adjust_plan', { reason: 'illness', days: 3 });
    expect(ill.result.ok).toBe(true);
    expect(store.users.get(ID)?.health).toMatchObject({ kind: 'illness', from: '2026-12-01', until: '2026-12-03' });
    const w = laterWorkout(store, '2026-12-03');
    const before = JSON.stringify(store.plans.getActive(ID));
    const moved = callTool(ctx, 'reschedule_workout', { date: w.date, newDate: '2026-12-02' });
    expect(moved.result.ok).toBe(false);
    if (!moved.result.ok) {
      expect(moved.result.error).toMatch(
        /Wed 2 Dec falls while you are ill \(until Thu 3 Dec\), so it stays a rest day/,
      );
    }
    expect(JSON.stringify(store.plans.getActive(ID))).toBe(before);
  });

  it('a declared injury holds its days too', () => {
    const { ctx, store } = withPlan();
    expect(callTool(ctx, 'adjust_plan', { reason: 'injury', days: 3 }).result.ok).toBe(true);
    const w = laterWorkout(store, '2026-12-03');
    const moved = callTool(ctx, 'reschedule_workout', { date: w.date, newDate: '2026-12-03' });
    expect(moved.result.ok).toBe(false);
    if (!moved.result.ok) expect(moved.result.error).toMatch(/while you are injured/);
  });

  it('the Move buttons offer no held day', () => {
    const { ctx, store } = withPlan();
    callTool(ctx, 'adjust_plan', { reason: 'illness', days: 3 });
    const w = laterWorkout(store, '2026-12-03');
    const data = JSON.stringify(moveChoices(ctx, w.date)[0]?.buttons ?? []);
    for (const held of ['2026-12-01', '2026-12-02', '2026-12-03']) expect(data).not.toContain(`:${held}"`);
  });

  it('restingOn: illness, a hold and a declared injury rest; a niggle under 5/10 and other days do not', () => {
    const user = (health: unknown) => ({ health }) as unknown as User;
    const span = { from: '2026-12-01', until: '2026-12-03' };
    expect(restingOn(user({ kind: 'illness', ...span }), '2026-12-02')?.kind).toBe('illness');
    expect(restingOn(user({ kind: 'hold', ...span, location: 'knee', severity: 6 }), '2026-12-02')?.kind).toBe('hold');
    expect(restingOn(user({ kind: 'injury', ...span }), '2026-12-02')?.kind).toBe('injury');
    expect(restingOn(user({ kind: 'injury', ...span, location: 'calf', severity: 3 }), '2026-12-02')).toBeNull();
    expect(restingOn(user({ kind: 'illness', ...span }), '2026-12-04')).toBeNull();
    expect(restingOn(user(null), '2026-12-02')).toBeNull();
  });
});
