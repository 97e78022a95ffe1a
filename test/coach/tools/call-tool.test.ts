/** callTool, the product's one API: every tool validates its arguments and answers; none throws on bad input. */
import { describe, expect, it } from 'vitest';
import { callTool } from '../../../src/coach/tools/index.ts';
import { type ToolName, toolArgSchemas } from '../../../src/coach/tools/schemas.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 6161;

function setup() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'T' });
  const ctx: CoachContext = { userId: ID, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
  return { ctx, store };
}

describe('callTool', () => {
  it('answers every tool called with bad arguments, never throwing, and builds no plan from them', () => {
    const { ctx, store } = setup();
    for (const name of Object.keys(toolArgSchemas) as ToolName[]) {
      const outcome = callTool(ctx, name, { date: 'yesterday-ish', goal: 'ultra', daysPerWeek: 'many', rpe: 99 });
      expect(outcome.name).toBe(name);
      expect(typeof outcome.result.ok).toBe('boolean');
      if (!outcome.result.ok) expect(outcome.result.error.length).toBeGreaterThan(0);
    }
    expect(store.plans.getActive(ID)).toBeNull();
  });

  it('create_plan then get_workouts: the plan is stored and read back through the store', () => {
    const { ctx, store } = setup();
    const created = callTool(ctx, 'create_plan', { goal: '10k', raceDate: '2027-02-28', daysPerWeek: 4, weeklyKm: 25 });
    expect(created.result.ok).toBe(true);
    expect(store.plans.getActive(ID)?.goal.distance).toBe('10k');
    const week = callTool(ctx, 'get_workouts', {});
    expect(week.result.ok).toBe(true);
  });

  it('update_profile keeps the weekday codes and zones the shared definitions allow', () => {
    const { ctx, store } = setup();
    expect(callTool(ctx, 'update_profile', { longRunDay: 'sat' }).result.ok).toBe(true);
    expect(store.users.get(ID)?.longRunDay).toBe('sat');
    expect(callTool(ctx, 'update_profile', { longRunDay: 'someday' }).result.ok).toBe(false);
    expect(store.users.get(ID)?.longRunDay).toBe('sat');
  });
});
