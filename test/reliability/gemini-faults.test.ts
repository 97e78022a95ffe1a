/**
 * Fault: Gemini hanging (answers after the turn's deadline, GEMINI_TIMEOUT_MS=1500), then storms of 503
 * UNAVAILABLE, 429 RESOURCE_EXHAUSTED (asking for a 30 s wait) and malformed bodies. Several runners write at
 * once each time: every one is answered by the offline coach within a few seconds, the model's late words
 * never reach anyone, and when Gemini is back the coach uses it again.
 */
import { describe, expect, it } from 'vitest';
import { type FakeReply, malformed, rateLimited, say, slow, unavailable } from '../fakes/gemini-server.ts';
import { serviceEnv, startBotApi, startGemini, startService, until, workspace } from './harness.ts';

const TIMEOUT_MS = 1500;
const RUNNERS = [821, 822, 823, 824].map((id) => ({ id, first_name: `G${id}` }));

describe('Gemini failing', () => {
  it('hanging, 503 and 429 storms, malformed answers: every runner answered within seconds', async () => {
    const { api, apiRoot } = await startBotApi();
    const { gemini, baseUrl } = await startGemini();
    const ws = await workspace();
    const service = startService(
      serviceEnv({
        apiRoot,
        dbPath: ws.dbPath,
        port: ws.port,
        gemini: baseUrl,
        extra: { GEMINI_TIMEOUT_MS: String(TIMEOUT_MS) },
      }),
    );
    await until(() => api.isPolling, 'long polling', 20_000);
    for (const r of RUNNERS) api.sendCommand(r, 'start');
    await Promise.all(RUNNERS.map((r) => api.waitForMessage(r.id, /running coach/, 10_000)));

    /** Every runner writes at once; returns how long the slowest waited for an answer. */
    const everyoneAsks = async (question: string): Promise<{ slowestMs: number; texts: string[] }> => {
      const t0 = Date.now();
      for (const r of RUNNERS) api.sendText(r, question);
      const answers = await Promise.all(RUNNERS.map((r) => api.waitForMessage(r.id, () => true, 15_000)));
      return { slowestMs: Math.max(...answers.map((m) => m.sentAt - t0)), texts: answers.map((m) => m.text) };
    };
    const phases: [string, () => FakeReply][] = [
      ['hanging', () => slow(20_000, say('TOO LATE from the model'))],
      ['503 storm', () => unavailable()],
      ['429 storm', () => rateLimited('30s')],
      ['malformed', () => malformed()],
    ];
    for (const [name, reply] of phases) {
      const before = gemini.requests.length;
      gemini.handle(reply);
      const { slowestMs, texts } = await everyoneAsks("what's on today?");
      expect(gemini.requests.length, `${name}: Gemini was asked`).toBeGreaterThan(before);
      expect(slowestMs, `${name}: slowest answer`).toBeLessThan(TIMEOUT_MS + 3500);
      for (const t of texts) {
        expect(t.length).toBeGreaterThan(0);
        expect(t).not.toContain('TOO LATE');
      }
    }

    // Gemini is back: the coach uses it again at once (no lasting breaker), and nothing late leaks out.
    gemini.handle(() => say('Gemini is back: easy 5 km today.'));
    const back = await everyoneAsks('and tomorrow?');
    for (const t of back.texts) expect(t).toContain('Gemini is back');
    const metrics = await (await fetch(`${ws.publicUrl}/metrics`)).text();
    for (const reason of ['timeout', 'rate_limited']) {
      expect(metrics).toMatch(new RegExp(`runcoach_coach_fallbacks_total\\{reason="${reason}"\\} [1-9]`));
    }
    await api.waitForIdle({ quietMs: 200, timeoutMs: 5000 });
    for (const r of RUNNERS) {
      expect(api.botMessages(r.id).some((m) => m.text.includes('TOO LATE'))).toBe(false);
    }
    expect(service.dead).toBe(false);
  }, 60_000);
});
