import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../helpers/bot-harness.ts';

const dan = { id: 4004, first_name: 'Dan' };
const stranger = { id: 5005, first_name: 'Stranger' };

describe('bad input gets a clear answer, crashes nothing, writes nothing it should not', () => {
  it.each([
    ['empty-looking', '   '],
    ['emoji', '🏃‍♀️🔥💯'],
    ['right-to-left', 'ركضت عشرة كيلومترات'],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['garbage', 'asdf qwerty zxcv'],
  ])('%s text', async (_name, input) => {
    const h = await startHarness();
    await h.say(dan, '/start');
    const reply = await h.say(dan, input);
    expect(reply.length).toBeGreaterThan(0);
    expect(text(reply)).not.toMatch(/error|exception|undefined|NaN/i);
    expect(h.store.runs.all(dan.id)).toEqual([]);
    expect(h.store.plans.activeRow(dan.id)).toBeUndefined();
  });

  it('unknown commands and commands with garbage arguments', async () => {
    const h = await startHarness();
    await h.say(dan, '/start');
    expect(text(await h.say(dan, '/frobnicate'))).toMatch(/don't know the command/);
    expect(text(await h.say(dan, '/log 99999k 1:00'))).toMatch(/couldn't read|world record|check/i);
    expect(text(await h.say(dan, '/today now please'))).toMatch(/No plan yet/);
    expect(h.store.runs.all(dan.id)).toEqual([]);
  });

  it('a negative distance or time is refused, not logged as positive (issue 15)', async () => {
    const h = await startHarness();
    await h.say(dan, '/start');
    for (const input of ['/log -5k 30:00', '/log 5k -30:00', '/log −5 km in 30 min', '/log ran -3 miles 25:00']) {
      expect(text(await h.say(dan, input))).toMatch(/can't be negative, so I logged nothing/);
    }
    expect(h.store.runs.all(dan.id)).toEqual([]);
    // A hyphen inside words and dates is not a minus.
    expect(text(await h.say(dan, '/log 5k 30:00 2026-11-29'))).not.toMatch(/negative/);
  });

  it('forged and stale callback data get a polite answer', async () => {
    const h = await startHarness();
    await h.say(dan, '/start');
    const msg = h.api.lastBotMessage(dan.id);
    for (const data of [
      'done:2026-13-45',
      'rm -rf /',
      'mv:2026-12-01',
      'del:maybe',
      'set:tz:Mars/Olympus',
      'x'.repeat(64),
    ]) {
      const r = await h.pressData(dan, msg?.messageId ?? 1, data);
      expect(r.answer ?? text(r.messages)).toMatch(/expired|Send|plan|start|no workout|time zone|not|There is/i);
    }
    expect(h.store.users.get(dan.id)?.timezone).toBe('UTC');
  });

  it('a runner who never sent /start is still answered, and their buttons ask for /start', async () => {
    const h = await startHarness();
    const reply = await h.say(stranger, 'what is today?');
    expect(text(reply)).toMatch(/plan/i);
    const h2 = await startHarness();
    await h2.say(dan, '/start');
    const msg = h2.api.lastBotMessage(dan.id);
    const r = await h2.pressData(stranger, msg?.messageId ?? 1, 'done:2026-12-01');
    expect(r.answer).toMatch(/start/i);
    expect(h2.store.users.get(stranger.id)).toBeUndefined();
  });

  it('a non-text message is answered', async () => {
    const h = await startHarness();
    await h.say(dan, '/start');
    h.api.pushUpdate({
      message: {
        message_id: 999,
        date: Math.floor(Date.now() / 1000),
        chat: { id: dan.id, type: 'private', first_name: 'Dan' },
        from: { id: dan.id, is_bot: false, first_name: 'Dan' },
        sticker: {
          file_id: 'x',
          file_unique_id: 'y',
          type: 'regular',
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    } as never);
    const m = await h.api.waitForMessage(dan.id, /text only/);
    expect(m.text).toMatch(/text only/);
  });

  it('Telegram 429 on a reply is retried; 403 marks the runner inactive', async () => {
    const h = await startHarness();
    await h.say(dan, '/start');
    h.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    await h.say(dan, '/help');
    const retried = await h.api.waitForMessage(dan.id, /What I can do/, 5000);
    expect(retried.text).toMatch(/What I can do/);
    // The runner blocks the bot while an answer is on its way.
    h.api.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await h.say(dan, '/help');
    expect(h.store.users.get(dan.id)?.active).toBe(false);
  });
});
