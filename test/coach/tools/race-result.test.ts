/**
 * Rule 16 at the tool boundary (design.md): an old result sets no paces even without a plan, and a slower result is
 * applied only when the runner answers the coach's own question, in any supported language.
 */
import { describe, expect, it } from 'vitest';
import { openExpectation } from '../../../src/coach/conversation/dialogue.ts';
import { continueFlow } from '../../../src/coach/conversation/flows.ts';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 7171;

function setup(withPlan: boolean) {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'R' });
  const ctx: CoachContext = { userId: ID, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
  if (withPlan) {
    const made = callTool(ctx, 'update_profile', {
      recentRace: { distance: '10k', time: '0:42:00', date: '2026-11-20' },
    });
    expect(made.result.ok).toBe(true);
    const plan = callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 40 });
    expect(plan.result.ok).toBe(true);
  }
  return { ctx, store };
}

const vdotOf = (store: ReturnType<typeof setup>['store']) => store.plans.getActive(ID)?.vdot ?? null;

describe('race results through update_profile', () => {
  it('refuses a result older than 8 weeks when there is no plan yet, and stores nothing', () => {
    const { ctx, store } = setup(false);
    const out = callTool(ctx, 'update_profile', {
      recentRace: { distance: '10k', time: '0:38:00', date: '2019-04-01' },
    });
    expect(out.result.ok).toBe(true);
    if (out.result.ok)
      expect((out.result.data as { raceRefused: { code: string } | null }).raceRefused?.code).toBe('race_stale');
    expect(store.users.get(ID)?.recentRaceTimeSec ?? null).toBeNull();
  });

  it('asks before applying a slower result even when `confirmed` comes unasked', () => {
    const { ctx, store } = setup(true);
    const before = vdotOf(store);
    const out = callTool(ctx, 'update_profile', {
      recentRace: { distance: '10k', time: '0:55:00', date: '2026-11-29', confirmed: true },
    });
    expect(out.result.ok).toBe(true);
    expect(vdotOf(store)).toBe(before);
    expect(openExpectation(ctx)?.kind).toBe('race_confirm');
  });

  for (const [lang, yes, no] of [
    ['en', 'yes it was', 'no, it was hot'],
    ['ru', 'да', 'нет'],
    ['uk', 'так', 'ні'],
    ['es', 'sí', 'no'],
    ['de', 'ja', 'nein'],
  ] as const) {
    it(`reads yes and no to the question in ${lang}`, () => {
      const a = setup(true);
      const before = vdotOf(a.store);
      callTool(a.ctx, 'update_profile', { recentRace: { distance: '10k', time: '0:55:00', date: '2026-11-29' } });
      expect(continueFlow(a.ctx, yes)).not.toBeNull();
      expect(vdotOf(a.store)).toBeLessThan(before ?? 0);
      expect(openExpectation(a.ctx)).toBeNull();

      const b = setup(true);
      const kept = vdotOf(b.store);
      callTool(b.ctx, 'update_profile', { recentRace: { distance: '10k', time: '0:55:00', date: '2026-11-29' } });
      expect(continueFlow(b.ctx, no)).not.toBeNull();
      expect(vdotOf(b.store)).toBe(kept);
    });
  }
});
