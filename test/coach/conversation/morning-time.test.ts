/** "When should your workout arrive?" answered the way runners of each language write a time. */
import { describe, expect, it } from 'vitest';
import { answerMorning } from '../../../src/coach/conversation/onboarding.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

function ctxFor() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1, name: 'M' });
  const ctx: CoachContext = { userId: 1, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
  return { ctx, store };
}

describe('the morning time, typed', () => {
  for (const [text, time] of [
    ['7:15', '07:15'],
    ['в 7 утра', '07:00'],
    ['о 6:30 ранку', '06:30'],
    ['a las 7 de la mañana', '07:00'],
    ['um 7 Uhr', '07:00'],
    ['à 7h', '07:00'],
    ['6.45', '06:45'],
  ] as const) {
    it(`reads "${text}" as ${time}`, () => {
      const { ctx, store } = ctxFor();
      expect(answerMorning(ctx, text)).not.toBeNull();
      expect(store.users.get(1)?.morningTime).toBe(time);
    });
  }

  it('leaves a run to the coach', () => {
    const { ctx } = ctxFor();
    expect(answerMorning(ctx, 'ran 5k in 25:00')).toBeNull();
  });
});
