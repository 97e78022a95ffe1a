/** The Gemini coach reaches issue 14's tools and sees the coach's open question in its facts. */
import { describe, expect, test } from 'vitest';
import { expectAnswer } from '../../../src/coach/conversation/dialogue.ts';
import { calls, lastFunctionResponses, say, systemText } from '../../fakes/gemini-server.ts';
import { RUNNER, setup } from './helpers.ts';

describe('Gemini coach and the new tools', () => {
  test('change_plan, set_messages and answer_question act for the runner; an open question is in the facts', async () => {
    const s = await setup();
    s.fake.enqueue(
      calls(['create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4 }]),
      say('Plan ready.'),
    );
    await s.coach.reply(s.ctx(), 'half marathon on March 14');
    expectAnswer(s.ctx(), { kind: 'complete', ask: 'duration', text: 'ran 8k' });
    s.fake.enqueue(
      calls(
        ['change_plan', { raceDate: '2027-04-11', longRunDay: 'sat' }],
        ['set_messages', { paused: true, kinds: ['morning'] }],
        ['answer_question', { topic: 'cold' }],
      ),
      say('Race moved to **11 April**, morning messages paused.'),
    );
    const reply = await s.coach.reply(s.ctx(), 'race is on april 11, long runs saturdays, no morning messages please');
    expect(reply.via).toBe('gemini');
    const first = s.fake.requests.at(-2);
    expect(systemText(first!)).toMatch(/Open question: the coach just asked the runner for how long the run took/);
    const responses = lastFunctionResponses(s.fake.requests.at(-1)!);
    expect(responses.map((r) => r.name)).toEqual(['change_plan', 'set_messages', 'answer_question']);
    expect(responses[0]?.response).toMatchObject({ output: { after: { raceDate: '2027-04-11', longRunDay: 'sat' } } });
    expect(s.store.plans.getActive(RUNNER)?.goal.raceDate).toBe('2027-04-11');
    expect(s.store.users.get(RUNNER)?.pausedMessages).toEqual(['morning']);
    expect(s.fake.violations).toEqual([]);
  });
});
