/**
 * Every question the coach can ask has an answer path: for each entry of the registry, the question is opened
 * as the bot opens it and its example answer is sent as the runner's next message; it must be understood (by
 * the open question, or by the coach the question hands it to) and leave no question hanging.
 */
import { describe, expect, it } from 'vitest';
import {
  type Expectation,
  expectAnswer,
  openExpectation,
  QUESTIONS,
} from '../../../src/coach/conversation/dialogue.ts';
import { continueFlow } from '../../../src/coach/conversation/flows.ts';
import { respondToCalls } from '../../../src/coach/conversation/respond.ts';
import { factsFor } from '../../../src/coach/gemini/facts.ts';
import { understandFor } from '../../../src/coach/offline-coach.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

const ID = 4242;

function context(now = new Date('2026-12-01T09:00:00Z')): CoachContext {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'Reg', username: null, languageCode: 'en' });
  return { userId: ID, store, now: () => now, log: silentLogger };
}

function withPlan(ctx: CoachContext): void {
  respondToCalls(ctx, [
    { name: 'create_plan', args: { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 } },
  ]);
}

/** How the bot opens each question (the state it is in when it asks). */
const OPEN: Record<keyof typeof QUESTIONS, { expect: Expectation; plan?: boolean; before?: string }> = {
  log: { expect: { kind: 'log' }, plan: true },
  feedback: { expect: { kind: 'feedback', date: '2026-12-01' }, plan: true },
  setup: { expect: { kind: 'setup' } },
  'complete:duration': {
    expect: { kind: 'complete', ask: 'duration', text: 'I did the tempo today, 5k total, felt hard' },
    plan: true,
  },
  'complete:distance': { expect: { kind: 'complete', ask: 'distance', text: 'ran for 45 min' }, plan: true },
  'complete:race_date': { expect: { kind: 'complete', ask: 'race_date', text: 'I want to run a marathon' } },
  'complete:pain': { expect: { kind: 'complete', ask: 'pain', text: "I'm in pain" }, plan: true },
  place: { expect: { kind: 'place', next: 'morning' } },
  morning_time: { expect: { kind: 'morning_time' } },
  cleared: { expect: { kind: 'cleared' }, plan: true, before: 'my knee hurts, 7/10' },
  race_confirm: { expect: { kind: 'race_confirm', distance: '10k', time: '52:00', date: '2026-11-28' }, plan: true },
};

describe('every question the coach can ask has an answer path', () => {
  it('the registry covers every kind of question', () => {
    expect(Object.keys(OPEN).sort()).toEqual(Object.keys(QUESTIONS).sort());
  });

  it.each(Object.entries(QUESTIONS).map(([key, q]) => [key, q.example, q] as const))('%s: "%s"', (key, _e, q) => {
    const ctx = context();
    const open = OPEN[key as keyof typeof QUESTIONS];
    if (open.plan) withPlan(ctx);
    if (open.before) {
      const u = understandFor(ctx, open.before);
      expect(u.kind).toBe('tools');
      if (u.kind === 'tools') respondToCalls(ctx, u.calls);
    }
    expectAnswer(ctx, open.expect);
    expect(factsFor(ctx, ctx.store.users.get(ID) as never)).toMatch(/Open question: the coach just asked/);
    const flow = continueFlow(ctx, q.example);
    if (flow) {
      expect(flow.map((m) => m.html).join('\n')).not.toMatch(/didn't quite get that|didn’t catch that/);
    } else {
      // Handed to the coach: it must understand the answer as an action.
      expect(understandFor(ctx, q.example).kind).toBe('tools');
    }
    // The answer closed the question, or moved on to the next one (setup's next step, the morning time).
    const after = openExpectation(ctx);
    if (after) expect(after).not.toEqual({ ...open.expect, expiresAt: after.expiresAt });
  });

  it.each([
    { kind: 'place', next: 'morning' },
    { kind: 'morning_time' },
    { kind: 'complete', ask: 'race_date', text: 'I want to run a marathon' },
    { kind: 'cleared' },
  ] as Expectation[])('an open $kind question never traps a run report', (open) => {
    const ctx = context();
    withPlan(ctx);
    expectAnswer(ctx, open);
    const flow = continueFlow(ctx, 'ran 5k in 25:00') ?? [];
    expect(flow.map((m) => m.html).join('\n')).not.toMatch(/Times look like|don’t know where/);
    if (flow.length === 0) {
      const u = understandFor(ctx, 'ran 5k in 25:00');
      expect(u.kind === 'tools' && u.calls[0]?.name).toBe('log_run');
    } else {
      expect(ctx.store.runs.all(ID)).toHaveLength(1);
    }
  });

  it('an open question expires: yesterday’s question does not swallow today’s message', () => {
    const now = { t: new Date('2026-12-01T09:00:00Z') };
    const ctx = { ...context(), now: () => now.t };
    withPlan(ctx);
    expectAnswer(ctx, { kind: 'complete', ask: 'duration', text: 'ran 8k' });
    now.t = new Date('2026-12-02T09:00:00Z');
    expect(openExpectation(ctx)).toBeNull();
    expect(continueFlow(ctx, '45 minutes')).toBeNull();
    expect(ctx.store.runs.all(ID)).toEqual([]);
  });

  it('a malformed stored question is dropped, never thrown', () => {
    const ctx = context();
    ctx.store.users.update(ID, { pendingFlow: { kind: 'complete', ask: 'nonsense' } });
    expect(continueFlow(ctx, 'hello')).toBeNull();
    expect(ctx.store.users.get(ID)?.pendingFlow).toBeNull();
  });
});
