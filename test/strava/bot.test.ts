/**
 * Through the bot, as a runner does it: /strava → the link button → Strava's page → back to runcoach → the
 * "connected" message in Telegram; a run saved on Strava → the post-run prompt in Telegram; its RPE button →
 * feedback stored. The bot, the outbox sender and the Telegram Bot API (local server) are the real ones.
 */
import { run } from '@grammyjs/runner';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { createBot } from '../../src/bot/bot.ts';
import { offlineCoach } from '../../src/coach/offline-coach.ts';
import { silentLogger } from '../../src/log.ts';
import { OutboxSender } from '../../src/outbox/index.ts';
import { ATHLETE, addRun, addRunner, browserCookie, RUNNER, startBench } from './helpers.ts';

describe('Strava through the bot', () => {
  it('connects from the /strava link, prompts after a run, and takes the RPE answer; disconnects from the button', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    const bot = createBot({
      token: DEFAULT_TOKEN,
      apiRoot,
      store: bench.store,
      coach: offlineCoach,
      now: () => bench.clock.now,
      log: silentLogger,
      config: { publicUrl: bench.publicUrl, maxMessageChars: 4000, stravaEnabled: true },
      botInfo: api.botInfo,
      strava: bench.strava.bot,
    });
    const runner = run(bot);
    const sender = new OutboxSender({
      store: bench.store,
      api: bot.api,
      log: silentLogger,
      ratePerSec: 100,
      perChatIntervalMs: 0,
      idlePollMs: 20,
      wallClock: () => bench.clock.now.getTime(),
    });
    sender.start();
    const user = { id: RUNNER, first_name: 'Ana' };
    try {
      api.sendCommand(user, 'strava');
      const offer = await api.waitFor((m) => m.from === 'bot' && m.text.includes('Connect Strava'));
      const button = JSON.stringify(offer.replyMarkup);
      const link = /"url":"([^"]+)"/.exec(button)?.[1] ?? '';
      expect(link.startsWith(`${bench.publicUrl}/strava/connect?t=`)).toBe(true);

      const r1 = await fetch(link, { redirect: 'manual' });
      const back = await bench.fake.authorize(r1.headers.get('location') ?? '', { athleteId: ATHLETE });
      expect((await fetch(back, { headers: browserCookie(r1) })).status).toBe(200);
      // The chat that asked confirms the athlete before any run flows.
      await api.waitFor(
        (m) => m.from === 'bot' && m.text.includes('Link Strava athlete Test R. to this chat?'),
        10_000,
      );
      expect(bench.store.strava.get(RUNNER)).toBeUndefined();
      const yes = api.clickButton(RUNNER, 'Yes, link', user);
      await api.waitForCallbackAnswer(yes, 10_000);
      await api.waitFor((m) => m.from === 'bot' && m.text.includes('Strava is connected (Test R.)'), 10_000);
      expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);

      addRun(bench.fake, 901);
      bench.strava.worker.start();
      await bench.webhook({ object_id: 901 });
      const prompt = await api.waitFor((m) => m.from === 'bot' && m.text.includes('How did it feel?'), 10_000);
      expect(prompt.text).toContain('Run from Strava');
      expect(prompt.text).toContain('Done: 7.1 km');

      const queryId = api.pressButton(RUNNER, prompt.messageId, 'rpe:2026-12-01:5', user);
      await api.waitForCallbackAnswer(queryId, 10_000);
      await api.waitForIdle({ quietMs: 50, timeoutMs: 10_000 });
      expect(bench.store.feedback.all(RUNNER)).toMatchObject([{ date: '2026-12-01', rpe: 5 }]);

      api.sendCommand(user, 'strava');
      await api.waitFor((m) => m.from === 'bot' && m.text.includes('Strava is connected (athlete'));
      const q2 = api.clickButton(RUNNER, 'Disconnect Strava', user);
      await api.waitForCallbackAnswer(q2, 10_000);
      await api.waitFor((m) => m.from === 'bot' && m.text.includes('Strava is disconnected'), 10_000);
      expect(bench.fake.deauthorized).toEqual([ATHLETE]);
      expect(bench.store.strava.get(RUNNER)).toBeUndefined();
      expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    } finally {
      await sender.stop();
      await runner.stop().catch(() => undefined);
      await api.stop();
    }
  });

  it('tells a runner politely when the app is at its athlete cap, and offers no link', async () => {
    const bench = await startBench({ env: { STRAVA_ATHLETE_LIMIT: '1' } });
    addRunner(bench.store);
    addRunner(bench.store, 222, { plan: false });
    await bench.connect();
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    const bot = createBot({
      token: DEFAULT_TOKEN,
      apiRoot,
      store: bench.store,
      coach: offlineCoach,
      now: () => bench.clock.now,
      log: silentLogger,
      config: { publicUrl: bench.publicUrl, maxMessageChars: 4000, stravaEnabled: true },
      botInfo: api.botInfo,
      strava: bench.strava.bot,
    });
    const runner = run(bot);
    try {
      api.sendCommand({ id: 222, first_name: 'Bo' }, 'strava');
      const reply = await api.waitFor((m) => m.from === 'bot' && m.chatId === 222, 10_000);
      expect(reply.text).toContain('as many Strava accounts as Strava allows it for now (1)');
      expect(JSON.stringify(reply.replyMarkup ?? null)).not.toContain('/strava/connect');
    } finally {
      await runner.stop().catch(() => undefined);
      await api.stop();
    }
  });
});
