/**
 * Issue 12's "done when", as an operator runs it: `npm start` (src/main.ts in a child process) with the local
 * Telegram Bot API and the fake Gemini. No GEMINI_MODEL → gemini-3*; a model answering 404 falls back and the
 * runner still gets the model's answer; a voice note logs a run; a photo logs a run only after Log; without a
 * key both get a friendly text reply.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { call, FakeGemini, type FakeReply, model, type RecordedRequest, say } from '../fakes/gemini-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { type Cleanup, freePort, startService, until } from './service.ts';

const cleanups: Cleanup[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A scripted model: hears a voice note as "6 km in 33 minutes", reads a photo as 10.2 km in 52:30. */
function scriptedModel(req: RecordedRequest): FakeReply {
  const last = req.body.contents.at(-1);
  const parts = last?.parts ?? [];
  if (parts.some((p) => p.functionResponse?.name === 'log_run')) return say('Heard: 6 km in 33 minutes. Logged it!');
  if (parts.some((p) => p.functionResponse)) return say('Here it is.');
  const media = parts.find((p) => p.inlineData)?.inlineData?.mimeType ?? '';
  if (media.startsWith('audio/')) return model(call('log_run', { distanceKm: 6, duration: '33:00' }));
  if (media.startsWith('image/')) return model(call('propose_run', { distanceKm: 10.2, duration: '52:30' }));
  return say('Happy running!');
}

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x00, 0x02, 0x00, 0x03, 0x01, 0x22, 0x00]),
  Buffer.alloc(2048, 7),
]);

describe('npm start with the fake Telegram and the fake Gemini: current models, voice notes, photos', () => {
  it('gemini-3* by default, 404 falls back, a voice note logs a run, a photo only after Log; no key: friendly replies', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    cleanups.push(() => api.stop());
    const gemini = new FakeGemini();
    const { baseUrl } = await gemini.start();
    cleanups.push(() => gemini.stop());
    gemini.handle(scriptedModel);

    const dbPath = join(tempDir(), 'runcoach.db');
    const base = {
      TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      DATABASE_PATH: dbPath,
      PORT: String(await freePort()),
    };
    const service = startService({ ...base, GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: baseUrl }, cleanups, {
      withoutGemini: true,
    });
    await until(() => api.isPolling, 'long polling');
    const eve = { id: 602, first_name: 'Eve' };
    api.sendCommand(eve, 'start');
    await api.waitForMessage(eve.id, /running coach/, 10_000);

    // No GEMINI_MODEL: the default is a Gemini 3 model.
    api.sendText(eve, 'hello coach');
    await api.waitForMessage(eve.id, 'Happy running!', 10_000);
    expect(gemini.requests.at(-1)?.model).toMatch(/^gemini-3/);

    // The model is shut down (404): the same message goes to the fallback, and the runner gets its answer.
    gemini.goneModels.add('gemini-3.5-flash');
    api.sendText(eve, 'are you there?');
    await api.waitForMessage(eve.id, 'Happy running!', 10_000);
    expect(gemini.requests.slice(-2).map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite']);

    // A voice note logs a run.
    api.sendVoiceFromUser(eve, { bytes: Buffer.alloc(3000, 1), duration: 6 });
    await api.waitForMessage(eve.id, /^Heard: 6 km in 33 minutes/, 10_000);
    const db = new Database(dbPath, { readonly: true });
    cleanups.push(() => {
      db.close();
    });
    const runs = () =>
      db.prepare('select distance_km d, duration_sec s from runs where user_id = 602 order by id').all();
    expect(runs()).toEqual([{ d: 6, s: 1980 }]);

    // A photo logs a run only after Log.
    api.sendPhotoFromUser(eve, { bytes: JPEG });
    await api.waitForMessage(eve.id, /log 10.2 km in 52:30/, 10_000);
    expect(runs()).toHaveLength(1);
    api.clickButton(eve.id, '✅ Log');
    await api.waitForMessage(eve.id, /Logged: 10.2 km in 52:30/, 10_000);
    expect(runs()).toEqual([
      { d: 6, s: 1980 },
      { d: 10.2, s: 3150 },
    ]);

    // The gone model was named once for the operator and counted.
    const metrics = await (await fetch(`http://127.0.0.1:${base.PORT}/metrics`)).text();
    expect(metrics).toMatch(/runcoach_gemini_model_gone_total\{model="gemini-3.5-flash"\} 1/);
    const warnings = service
      .log()
      .split('\n')
      .filter((l) => l.includes('answered 404 NOT_FOUND'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40, model: 'gemini-3.5-flash' });
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(service.log()).not.toContain('test-key');

    // Without a key: friendly text replies to both, nothing downloaded.
    const requestsBefore = gemini.requests.length;
    const offline = startService(base, cleanups, { withoutGemini: true });
    await until(() => api.isPolling, 'long polling again');
    api.sendVoiceFromUser(eve, { bytes: Buffer.alloc(3000, 1), duration: 6 });
    await api.waitForMessage(eve.id, /only listen to voice notes when the Gemini coach is switched on/, 10_000);
    api.sendPhotoFromUser(eve, { bytes: JPEG });
    await api.waitForMessage(eve.id, /only read photos when the Gemini coach is switched on/, 10_000);
    expect(api.callsTo('getFile')).toHaveLength(2);
    expect(gemini.requests.length).toBe(requestsBefore);
    offline.child.kill('SIGTERM');
    expect(await offline.exited).toBe(0);
  }, 90_000);
});
