/**
 * The whole product as an operator runs it: `npm start` (src/main.ts in a child process) against the local
 * Telegram Bot API, the fake Gemini and the fake Strava, each reached through its environment variable.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { call, FakeGemini, type FakeReply, model, say, unavailable } from '../fakes/gemini-server.ts';
import { FakeStrava, postEvent } from '../fakes/strava-server.ts';
import { tempDir } from '../helpers/tmp.ts';
import { type Cleanup, freePort, startService, until } from './service.ts';

const cleanups: Cleanup[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A scripted model: reads the runner's words and calls the tool a real model would. */
function scriptedModel(req: { body: { contents: { role: string; parts: Record<string, unknown>[] }[] } }): FakeReply {
  const last = req.body.contents.at(-1);
  if (last?.parts.some((p) => 'functionResponse' in p)) return say('Done. I have updated things for you.');
  const text = String(last?.parts.find((p) => typeof p.text === 'string')?.text ?? '').toLowerCase();
  if (text.includes('half marathon')) {
    return model(call('create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 }));
  }
  if (text.includes('heavy'))
    return model(call('record_feedback', { rpe: 9, feeling: 'exhausted', notes: 'legs heavy' }));
  return say('Happy running!');
}

describe('npm start with Telegram, Gemini and Strava fakes', () => {
  it('sets up, plans, links Strava, gets a post-run prompt, adapts to words, and survives Gemini failing', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    cleanups.push(() => api.stop());
    const gemini = new FakeGemini();
    const { baseUrl: geminiUrl } = await gemini.start();
    cleanups.push(() => gemini.stop());
    gemini.handle(scriptedModel as never);
    const strava = new FakeStrava();
    const stravaUrl = await strava.start();
    cleanups.push(() => strava.stop());
    strava.addAthlete(4711, 'Ana');

    const port = await freePort();
    const dbPath = join(tempDir(), 'runcoach.db');
    const service = startService(
      {
        TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        GEMINI_API_KEY: 'test-key',
        GEMINI_BASE_URL: geminiUrl,
        GEMINI_TIMEOUT_MS: '5000',
        STRAVA_CLIENT_ID: strava.clientId,
        STRAVA_CLIENT_SECRET: strava.clientSecret,
        STRAVA_VERIFY_TOKEN: 'verify-me',
        STRAVA_BASE_URL: stravaUrl,
        APP_SECRET: 'a-very-long-app-secret-for-the-end-to-end-test',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        PORT: String(port),
        DATABASE_PATH: dbPath,
      },
      cleanups,
    );
    await until(() => api.isPolling, 'long polling');
    const ana = { id: 501, first_name: 'Ana' };

    // Set up and get a plan in words (through Gemini's function call).
    api.sendCommand(ana, 'start');
    await api.waitForMessage(ana.id, /running coach/, 10_000);
    api.sendText(ana, 'I want to run a half marathon on March 14, 4 days a week, about 30 km');
    await api.waitForMessage(ana.id, /updated things/, 10_000);
    const db = new Database(dbPath, { readonly: true });
    cleanups.push(() => {
      db.close();
    });
    expect(db.prepare("select goal from plans where user_id = 501 and status = 'active'").get()).toEqual({
      goal: 'half',
    });

    // Link Strava from the bot's link.
    api.sendCommand(ana, 'strava');
    const linkMsg = await api.waitForMessage(ana.id, /Connect Strava/, 10_000);
    const link = JSON.stringify(linkMsg.replyMarkup).match(/"url":"([^"]+)"/)?.[1] ?? '';
    expect(link).toContain(`http://127.0.0.1:${port}/strava/connect?t=`);
    const toStrava = await fetch(link, { redirect: 'manual' });
    expect(toStrava.status).toBe(302);
    const back = await strava.authorize(toStrava.headers.get('location') ?? '', { athleteId: 4711 });
    // The same browser (its binding cookie), then Yes in the chat that asked.
    const cookie = (toStrava.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await fetch(back, { headers: { cookie } });
    expect(page.status).toBe(200);
    await api.waitFor((m) => m.chatId === ana.id && /Link Strava athlete Ana R\./.test(m.text), 10_000, { since: 0 });
    await api.waitForCallbackAnswer(api.clickButton(ana.id, 'Yes, link', ana), 10_000);
    await api.waitFor((m) => m.chatId === ana.id && /Strava is connected/.test(m.text), 10_000, { since: 0 });

    // A run arrives from Strava: the runner gets the post-run prompt (a template, with RPE buttons).
    const start = new Date(Date.now() - 3600_000).toISOString();
    strava.addActivity({
      id: 9001,
      athleteId: 4711,
      name: 'Secret Morning Shuffle',
      sport_type: 'Run',
      distance: 8123,
      moving_time: 2700,
      start_date: start,
    });
    const ack = await postEvent(`http://127.0.0.1:${port}/strava/webhook`, {
      object_type: 'activity',
      object_id: 9001,
      aspect_type: 'create',
      owner_id: 4711,
      subscription_id: 1,
      event_time: Math.floor(Date.now() / 1000),
      updates: {},
    });
    expect(ack.status).toBe(200);
    const prompt = await api.waitFor((m) => m.chatId === ana.id && /feel/i.test(m.text), 15_000, { since: 0 });
    expect(JSON.stringify(prompt.replyMarkup)).toMatch(/rpe:/);
    expect(db.prepare('select source from runs where user_id = 501').get()).toEqual({ source: 'strava' });

    // Feedback in words: Gemini calls record_feedback, the engine adapts the plan.
    const before = db.prepare('select count(*) n from workouts where user_id = 501').get();
    api.sendText(ana, 'legs were so heavy today, completely exhausted');
    await api.waitForMessage(ana.id, /updated things/, 10_000);
    expect(db.prepare('select rpe, feeling from feedback where user_id = 501').get()).toEqual({
      rpe: 9,
      feeling: 'exhausted',
    });
    expect(db.prepare('select count(*) n from workouts where user_id = 501').get()).toEqual(before);

    // Nothing from the Strava run ever went to Gemini.
    for (const body of gemini.bodies) {
      expect(body).not.toContain('Secret Morning Shuffle');
      expect(body).not.toContain('8123');
      expect(body).not.toContain('8.12');
    }

    // Gemini fails: the same kind of message is still answered (offline coach).
    gemini.handle(() => unavailable());
    api.sendText(ana, "what's on today?");
    const fallback = await api.waitForMessage(ana.id, () => true, 10_000);
    expect(fallback.text.length).toBeGreaterThan(0);

    // Health and metrics.
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ status: 'ok' });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/runcoach_updates_total\{kind="command",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/runcoach_gemini_requests_total/);
    expect(metrics).toMatch(/runcoach_outbox_depth \d+/);

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    // No secret in any log line of the whole run.
    const log = service.log();
    for (const secret of [DEFAULT_TOKEN, 'test-key', strava.clientSecret, 'a-very-long-app-secret']) {
      expect(log).not.toContain(secret);
    }
  }, 90_000);

  it('webhook mode: setWebhook with the secret at start; updates need the secret header', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    cleanups.push(() => api.stop());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const service = startService(
      {
        TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        TELEGRAM_WEBHOOK_URL: url,
        TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-123',
        PORT: String(port),
        DATABASE_PATH: join(tempDir(), 'runcoach.db'),
        GEMINI_API_KEY: '',
      },
      cleanups,
    );
    await until(() => api.webhookInfo?.url === url, 'setWebhook');
    // Without (or with a wrong) secret: 401, and nothing is handled.
    const forged = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' },
      body: JSON.stringify({
        update_id: 1,
        message: {
          message_id: 1,
          date: 1,
          chat: { id: 9, type: 'private' },
          from: { id: 9, is_bot: false, first_name: 'X' },
          text: '/start',
        },
      }),
    });
    expect(forged.status).toBe(401);
    // Telegram (the local server) delivers with the secret: the runner is answered.
    api.sendCommand({ id: 601, first_name: 'Wes' }, 'start');
    const welcome = await api.waitForMessage(601, /running coach/, 10_000);
    expect(welcome.text).toMatch(/Hi, Wes!/);
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  }, 60_000);
});
