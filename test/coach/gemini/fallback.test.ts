/** Every way Gemini can fail ends with the offline coach (or the templates) answering, within a few seconds. */
import { describe, expect, test } from 'vitest';
import { GeminiCoach } from '../../../src/coach/gemini/index.ts';
import { calls, type FakeReply, malformed, rateLimited, say, slow, unavailable } from '../../fakes/gemini-server.ts';
import { htmlOf, RUNNER, setup } from './helpers.ts';

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - t0 };
}

const failureOf = (logs: Record<string, unknown>[]) =>
  logs.find((l) => l.msg === 'gemini turn failed, answering offline')?.result;

describe('fallback to the offline coach', () => {
  test('no key: the offline coach answers and nothing is sent', async () => {
    const s = await setup();
    const coach = new GeminiCoach({
      apiKey: undefined,
      model: 'gemini-test',
      baseUrl: s.baseUrl,
      timeoutMs: 5000,
      dailyTurns: 10,
      maxMessageChars: 4000,
    });
    const reply = await coach.reply(s.ctx(), 'hello');
    expect(reply.via).toBe('offline');
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(s.fake.requests).toHaveLength(0);
  });

  test('timeout: the request is aborted and the offline coach answers at once', async () => {
    const s = await setup({ timeoutMs: 400 });
    s.fake.enqueue(slow(5000, say('too late')));
    const { value: reply, ms } = await timed(() => s.coach.reply(s.ctx(), 'hello'));
    expect(reply.via).toBe('offline');
    expect(ms).toBeLessThan(1500);
    expect(failureOf(s.logs)).toBe('timeout');
    // Nothing half-done is kept in the history.
    expect(s.store.history.all(RUNNER)).toHaveLength(0);
  });

  test('429 with a short RetryInfo: waits once, then answers', async () => {
    const s = await setup();
    s.fake.enqueue(rateLimited('1s'), say('Here I am.'));
    const { value: reply, ms } = await timed(() => s.coach.reply(s.ctx(), 'hello'));
    expect(reply.via).toBe('gemini');
    expect(htmlOf(reply)).toBe('Here I am.');
    expect(s.fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  test('429 twice: the retry is honoured only once', async () => {
    const s = await setup();
    s.fake.enqueue(rateLimited('0.2s'), rateLimited('0.2s'), say('never'));
    const reply = await s.coach.reply(s.ctx(), 'hello');
    expect(reply.via).toBe('offline');
    expect(s.fake.requests).toHaveLength(2);
    expect(failureOf(s.logs)).toBe('rate_limited');
  });

  test('429 with a long RetryInfo (or none): offline at once', async () => {
    for (const reply429 of [rateLimited('40s'), rateLimited()] as FakeReply[]) {
      const s = await setup();
      s.fake.enqueue(reply429, say('never'));
      const { value: reply, ms } = await timed(() => s.coach.reply(s.ctx(), 'hello'));
      expect(reply.via).toBe('offline');
      expect(s.fake.requests).toHaveLength(1);
      expect(ms).toBeLessThan(1000);
    }
  });

  test('503 UNAVAILABLE: offline', async () => {
    const s = await setup();
    s.fake.enqueue(unavailable());
    const reply = await s.coach.reply(s.ctx(), 'what is my workout today?');
    expect(reply.via).toBe('offline');
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(failureOf(s.logs)).toBe('server');
  });

  test('a malformed body, or a response without content: offline', async () => {
    const s = await setup();
    s.fake.enqueue(malformed(), { kind: 'raw', status: 200, body: '{"candidates":[]}' });
    expect((await s.coach.reply(s.ctx(), 'hello')).via).toBe('offline');
    expect((await s.coach.reply(s.ctx(), 'hello')).via).toBe('offline');
    expect(s.logs.filter((l) => l.result === 'malformed')).toHaveLength(2);
  });

  test('a 400 (e.g. a request Google refuses): offline', async () => {
    const s = await setup();
    s.fake.enqueue({
      kind: 'error',
      status: 400,
      body: { error: { code: 400, message: 'bad', status: 'INVALID_ARGUMENT' } },
    });
    expect((await s.coach.reply(s.ctx(), 'hello')).via).toBe('offline');
    expect(failureOf(s.logs)).toBe('rejected');
  });

  test('step limit: a model that keeps calling tools is stopped after 5 requests; the runner still hears back', async () => {
    const s = await setup();
    s.fake.handle(() => calls(['get_profile']));
    const reply = await s.coach.reply(s.ctx(), 'loop forever');
    expect(s.fake.requests).toHaveLength(5);
    expect(reply.via).toBe('offline');
    // Tools already ran in this turn: their templates answer (answering the text again could act twice).
    expect(htmlOf(reply)).toContain('Your profile');
    expect(failureOf(s.logs)).toBe('step_limit');
  });

  test('a failure after a tool acted does not act twice: the run is logged once and reported', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['log_run', { distanceKm: 8, duration: '45:00' }]), unavailable());
    const reply = await s.coach.reply(s.ctx(), 'ran 8k in 45:00');
    expect(reply.via).toBe('offline');
    expect(htmlOf(reply)).toContain('Logged: 8 km in 45:00');
    expect(s.store.runs.all(RUNNER)).toHaveLength(1);
  });

  test('daily turn cap: a friendly note and the offline answer, no request', async () => {
    const s = await setup({ dailyTurns: 2 });
    s.fake.handle(() => say('Gemini here.'));
    expect((await s.coach.reply(s.ctx(), 'one')).via).toBe('gemini');
    expect((await s.coach.reply(s.ctx(), 'two')).via).toBe('gemini');
    const capped = await s.coach.reply(s.ctx(), 'three');
    expect(capped.via).toBe('offline');
    expect(htmlOf(capped)).toMatch(/offline brain until tomorrow/);
    expect(s.fake.requests).toHaveLength(2);
    // A new UTC day, a new allowance.
    s.clock.now = new Date('2026-12-02T09:00:00Z');
    expect((await s.coach.reply(s.ctx(), 'four')).via).toBe('gemini');
  });

  test('an over-long message gets a friendly answer and is not sent', async () => {
    const s = await setup({ maxMessageChars: 500 });
    const reply = await s.coach.reply(s.ctx(), 'a'.repeat(501));
    expect(htmlOf(reply)).toMatch(/long message \(501 characters\).*under 500/);
    expect(s.fake.requests).toHaveLength(0);
  });

  test('a runner who never sent /start is answered offline', async () => {
    const s = await setup();
    const reply = await s.coach.reply(s.ctx(555), 'hello');
    expect(reply.via).toBe('offline');
    expect(s.fake.requests).toHaveLength(0);
  });
});
