/**
 * Gemini after 2026-12-01: the current default model, the fallback chain (404 gone, 503 / 429 overloaded),
 * Gemini 3 request rules, and thought signatures that stay whole for their own model.
 */
import { describe, expect, test } from 'vitest';
import { geminiCoachFromConfig } from '../../../src/coach/gemini/index.ts';
import { SKIP_SIGNATURE } from '../../../src/coach/gemini/signatures.ts';
import { parseConfig } from '../../../src/config.ts';
import { createMetrics } from '../../../src/metrics/registry.ts';
import { calls, rateLimited, say, unavailable } from '../../fakes/gemini-server.ts';
import { API_KEY, htmlOf, RUNNER, setup } from './helpers.ts';

const goneWarnings = (logs: Record<string, unknown>[]) =>
  logs.filter((l) => typeof l.msg === 'string' && (l.msg as string).includes('answered 404 NOT_FOUND'));

describe('models', () => {
  test('no GEMINI_MODEL: gemini-3.5-flash, falling back to gemini-3.5-flash-lite; Gemini 3 request rules', async () => {
    const config = parseConfig({ GEMINI_API_KEY: API_KEY });
    expect(config.gemini.model).toBe('gemini-3.5-flash');
    expect(config.gemini.fallbackModels).toEqual(['gemini-3.5-flash-lite']);
    expect(config.gemini.thinkingLevel).toBe('LOW');
    expect(parseConfig({ GEMINI_FALLBACK_MODELS: 'none' }).gemini.fallbackModels).toEqual([]);
    expect(parseConfig({ GEMINI_FALLBACK_MODELS: 'a-1, b-2,a-1' }).gemini.fallbackModels).toEqual(['a-1', 'b-2']);
    expect(() => parseConfig({ GEMINI_FALLBACK_MODELS: 'gemini 3' })).toThrow(/GEMINI_FALLBACK_MODELS/);
    expect(() => parseConfig({ GEMINI_THINKING_LEVEL: 'max' })).toThrow(/GEMINI_THINKING_LEVEL/);

    const s = await setup();
    const coach = geminiCoachFromConfig({ ...config, gemini: { ...config.gemini, baseUrl: s.baseUrl } });
    s.fake.enqueue(calls(['get_profile']), say('Four days a week.'));
    const reply = await coach.reply(s.ctx(), 'what are my settings?');
    expect(reply.via).toBe('gemini');
    expect(s.fake.requests.map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash']);
    const generation = s.fake.requests[0]?.body.generationConfig ?? {};
    expect(generation.thinkingConfig).toEqual({ thinkingLevel: 'LOW' });
    for (const key of ['temperature', 'topP', 'topK']) expect(generation).not.toHaveProperty(key);
    expect(s.fake.violations).toEqual([]);
  });

  test('a shut-down model answers 404: the same turn goes to the next model, logged once and counted', async () => {
    const metrics = createMetrics(undefined, { defaultMetrics: false });
    const s = await setup();
    const coach = s.makeCoach({
      model: 'gemini-2.5-flash',
      fallbackModels: ['gemini-3.5-flash-lite'],
      onModelGone: (model) => metrics.geminiModelsGone.inc({ model }),
      onModelSwitch: (change) => metrics.geminiModelSwitches.inc(change),
    });
    s.fake.enqueue(calls(['get_profile']), say('You run four days a week.'));
    const reply = await coach.reply(s.ctx(), 'what are my settings?');
    expect(reply.via).toBe('gemini');
    expect(htmlOf(reply)).toBe('You run four days a week.');
    expect(s.fake.requests.map((r) => r.model)).toEqual([
      'gemini-2.5-flash',
      'gemini-3.5-flash-lite',
      'gemini-3.5-flash-lite',
    ]);

    // The next turn does not knock on the gone model's door again, and the warning is not repeated.
    s.fake.enqueue(say('Any time.'));
    await coach.reply(s.ctx(), 'thanks');
    expect(s.fake.requests.at(-1)?.model).toBe('gemini-3.5-flash-lite');
    expect(s.fake.requests.filter((r) => r.model === 'gemini-2.5-flash')).toHaveLength(1);
    const warnings = goneWarnings(s.logs);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.level).toBe(40);
    expect(warnings[0]?.msg).toContain('"gemini-2.5-flash"');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/runcoach_gemini_model_gone_total\{model="gemini-2.5-flash"\} 1/);
    expect(text).toMatch(
      /runcoach_gemini_model_switches_total\{from="gemini-2.5-flash",to="gemini-3.5-flash-lite",reason="gone"\} 1/,
    );
    expect(s.fake.violations).toEqual([]);
  });

  test('overloaded (503, or 429 without a short RetryInfo): the next model answers; the first is asked again next turn', async () => {
    for (const overload of [unavailable(), rateLimited(), rateLimited('45s')]) {
      const s = await setup();
      const coach = s.makeCoach({ model: 'gemini-3.5-flash', fallbackModels: ['gemini-3.5-flash-lite'] });
      s.fake.enqueue(overload, say('Here I am.'));
      const reply = await coach.reply(s.ctx(), 'hello');
      expect(reply.via).toBe('gemini');
      expect(htmlOf(reply)).toBe('Here I am.');
      expect(s.fake.requests.map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite']);
      s.fake.enqueue(say('Again.'));
      await coach.reply(s.ctx(), 'hello again');
      expect(s.fake.requests.at(-1)?.model).toBe('gemini-3.5-flash');
      expect(goneWarnings(s.logs)).toHaveLength(0);
    }
  });

  test('every model fails: the offline coach answers', async () => {
    const s = await setup();
    const coach = s.makeCoach({ model: 'gemini-3.5-flash', fallbackModels: ['gemini-3.5-flash-lite'] });
    s.fake.handle(() => unavailable());
    const reply = await coach.reply(s.ctx(), 'what is my workout today?');
    expect(reply.via).toBe('offline');
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(s.fake.requests).toHaveLength(2);

    // Every model gone: no request at all after the first turn found out.
    const all = await setup();
    const gone = all.makeCoach({ model: 'gemini-2.0-flash', fallbackModels: ['gemini-2.5-flash'] });
    expect((await gone.reply(all.ctx(), 'hello')).via).toBe('offline');
    expect((await gone.reply(all.ctx(), 'hello')).via).toBe('offline');
    expect(all.fake.requests).toHaveLength(2);
  });

  test('a switch in the middle of a tool loop: the other model gets the dummy signature, each its own whole', async () => {
    const s = await setup();
    const coach = s.makeCoach({ model: 'gemini-3.5-flash', fallbackModels: ['gemini-3.5-flash-lite'] });
    s.fake.enqueue(calls(['get_profile']), unavailable(), say('Four days a week.'));
    const reply = await coach.reply(s.ctx(), 'what are my settings?');
    expect(reply.via).toBe('gemini');
    expect(s.fake.requests.map((r) => r.model)).toEqual([
      'gemini-3.5-flash',
      'gemini-3.5-flash',
      'gemini-3.5-flash-lite',
    ]);
    const fromFlash = s.fake.requests[1]!.body.contents[1]!.parts[0]!;
    const toLite = s.fake.requests[2]!.body.contents[1]!.parts[0]!;
    expect(fromFlash.thoughtSignature).toBeTruthy();
    expect(fromFlash.thoughtSignature).not.toBe(SKIP_SIGNATURE);
    expect(toLite.thoughtSignature).toBe(SKIP_SIGNATURE);
    expect(toLite.functionCall?.name).toBe('get_profile');

    // Next turn on the first model: its own call goes back with its real signature, whole.
    s.fake.enqueue(say('Sure.'));
    await coach.reply(s.ctx(), 'ok');
    const next = s.fake.requests.at(-1)!;
    expect(next.model).toBe('gemini-3.5-flash');
    expect(next.body.contents[1]?.parts[0]?.thoughtSignature).toBe(fromFlash.thoughtSignature);
    expect(s.fake.violations).toEqual([]);
    // The annotation of which model spoke is ours: it never goes on the wire.
    for (const raw of s.fake.bodies) expect(raw).not.toContain('"model":"gemini');
  });

  test('history from before the upgrade (no model recorded) is sent with the dummy signature, and accepted', async () => {
    const s = await setup();
    const legacy = {
      thoughtSignature: 'c2lnbmVkLWJ5LWdlbWluaS0yLjUtZmxhc2g=',
      functionCall: { name: 'get_profile', args: {} },
    };
    s.store.history.append(RUNNER, 'user', { role: 'user', parts: [{ text: 'my settings?' }] });
    s.store.history.append(RUNNER, 'model', { role: 'model', parts: [legacy] });
    s.store.history.append(RUNNER, 'user', {
      role: 'user',
      parts: [{ functionResponse: { name: 'get_profile', response: { output: {} } } }],
    });
    s.store.history.append(RUNNER, 'model', { role: 'model', parts: [{ text: 'Four days.' }] });
    const coach = s.makeCoach({ model: 'gemini-3.5-flash' });
    s.fake.enqueue(say('Hello again.'));
    const reply = await coach.reply(s.ctx(), 'hi');
    expect(reply.via).toBe('gemini');
    expect(s.fake.requests[0]?.body.contents[1]?.parts[0]?.thoughtSignature).toBe(SKIP_SIGNATURE);
    expect(s.fake.violations).toEqual([]);
  });

  test('the fake refuses what Google refuses: a signature sent to another model, thinkingLevel on Gemini 2.x, both thinking knobs', async () => {
    const s = await setup();
    const post = (model: string, body: unknown) =>
      fetch(`${s.baseUrl}/v1beta/models/${model}:generateContent`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-goog-api-key': API_KEY },
        body: JSON.stringify(body),
      });
    // A real signature from gemini-3.5-flash...
    s.fake.enqueue(calls(['get_profile']));
    const first = (await (
      await post('gemini-3.5-flash', { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] })
    ).json()) as { candidates: { content: { parts: unknown[] } }[] };
    const parts = first.candidates[0]!.content.parts;
    const history = {
      contents: [
        { role: 'user', parts: [{ text: 'hi' }] },
        { role: 'model', parts },
        { role: 'user', parts: [{ functionResponse: { name: 'get_profile', response: {} } }] },
      ],
    };
    // ...is accepted by that model and refused by another.
    expect((await post('gemini-3.5-flash', history)).status).toBe(200);
    expect((await post('gemini-3.5-flash-lite', history)).status).toBe(400);

    const hi = { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] };
    const level = { ...hi, generationConfig: { thinkingConfig: { thinkingLevel: 'LOW' } } };
    expect((await post('gemini-2.5-flash-lite', level)).status).toBe(400);
    expect((await post('gemini-3.5-flash', level)).status).toBe(200);
    const both = { ...hi, generationConfig: { thinkingConfig: { thinkingLevel: 'LOW', thinkingBudget: 1024 } } };
    expect((await post('gemini-3.5-flash', both)).status).toBe(400);
    const gone = await post('gemini-2.5-flash', hi);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { status: string } }).error.status).toBe('NOT_FOUND');
  });

  test('older model families get no thinkingLevel (they refuse it)', async () => {
    const s = await setup();
    const coach = s.makeCoach({ model: 'gemini-2.5-flash-lite' });
    s.fake.enqueue(say('Hi.'));
    expect((await coach.reply(s.ctx(), 'hi')).via).toBe('gemini');
    expect(s.fake.requests[0]?.body.generationConfig?.thinkingConfig).toBeUndefined();
  });
});
