/** The real bot (fake Bot API) with GEMINI_API_KEY and GEMINI_BASE_URL pointing at the fake Gemini server. */
import { afterEach, describe, expect, it } from 'vitest';
import { calls, FakeGemini, say, unavailable } from '../../fakes/gemini-server.ts';
import { startHarness, text } from '../../helpers/bot-harness.ts';

const cleo = { id: 3003, first_name: 'Cleo' };
const fakes: FakeGemini[] = [];
afterEach(async () => {
  while (fakes.length) await fakes.pop()?.stop();
});

async function start() {
  const fake = new FakeGemini();
  fakes.push(fake);
  const { baseUrl } = await fake.start();
  const h = await startHarness({
    now: '2026-11-30T08:00:00Z',
    env: {
      GEMINI_API_KEY: 'fake-key',
      GEMINI_BASE_URL: baseUrl,
      GEMINI_MODEL: 'gemini-test',
      GEMINI_TIMEOUT_MS: '3000',
    },
  });
  await h.say(cleo, '/start');
  // Skip the guided setup: free text goes to the coach.
  h.store.users.update(cleo.id, { onboarded: true, pendingFlow: null, timezone: 'Europe/Berlin' });
  return { fake, h };
}

describe('Gemini through the bot', () => {
  it('a runner gets a plan in words; the model chose the tool, the engine made the plan', async () => {
    const { fake, h } = await start();
    fake.enqueue(
      calls(['create_plan', { goal: '10k', raceDate: '2027-02-14', daysPerWeek: 4 }]),
      say('Your **10K plan** is ready: 11 weeks to 14 February.'),
    );
    const reply = await h.say(cleo, 'I want to run a 10k on 14 February, 4 days a week');
    expect(text(reply)).toContain('Your 10K plan is ready');
    expect(h.store.plans.getActive(cleo.id)?.goal.raceDate).toBe('2027-02-14');
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]?.apiKey).toBe('fake-key');
  });

  it('when Gemini fails the same message is still answered (offline coach)', async () => {
    const { fake, h } = await start();
    fake.handle(() => unavailable());
    const reply = await h.say(cleo, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday');
    expect(reply.length).toBeGreaterThan(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(h.store.plans.getActive(cleo.id)).not.toBeNull();
  });
});
