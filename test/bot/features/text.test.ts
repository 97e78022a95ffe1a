/** src/bot/features/text.ts: unknown commands, free text (with its length limit), locations, anything else. */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../../helpers/bot-harness.ts';

const uma = { id: 6701, first_name: 'Uma', language_code: 'en' };
const yuri = { id: 6702, first_name: 'Юрий', language_code: 'ru' };

describe('unknown commands', () => {
  it('are named back, escaped, and shortened to 40 characters', async () => {
    const h = await startHarness();
    await h.say(uma, '/start');
    const [reply] = await h.act(uma, (api) => api.sendText(uma, '/<b>oops</b> now'));
    expect(reply?.rawText).toBe(
      "I don't know the command /&lt;b&gt;oops&lt;/b&gt;. Try /today, /week, /plan, /log, /settings or /help, or just tell me in words.",
    );
    const long = `/${'x'.repeat(60)}`;
    const [cut] = await h.say(uma, long);
    expect(cut?.text).toContain(`the command /${'x'.repeat(39)}.`);
  });

  it('in the Telegram language of someone never seen, who is not created by it', async () => {
    const h = await startHarness();
    const reply = text(await h.say(yuri, '/frobnicate'));
    expect(reply).toMatch(/\/frobnicate/);
    expect(reply).toMatch(/[А-Яа-я]/);
    expect(h.store.users.get(yuri.id)).toBeUndefined();
  });
});

describe('free text', () => {
  it('over MAX_MESSAGE_CHARS gets the numbers and nothing reaches the coach', async () => {
    const h = await startHarness({ env: { MAX_MESSAGE_CHARS: '100' } });
    await h.say(uma, '/start');
    const reply = text(await h.say(uma, `ran 5k in 25:00 ${'and it was lovely '.repeat(8)}`));
    expect(reply).toBe(
      'That is a long message (160 characters). Could you put it in under 100? A sentence or two is plenty.',
    );
    expect(h.store.runs.all(uma.id)).toEqual([]);
    // At the limit it goes through.
    await h.say(uma, 'ran 5k in 25:00');
    expect(h.store.runs.all(uma.id)).toHaveLength(1);
  });

  it('from someone never seen creates them and reaches the coach', async () => {
    const h = await startHarness();
    await h.say(yuri, 'пробежал 5 км за 30 минут');
    expect(h.store.users.get(yuri.id)).toBeDefined();
    expect(h.store.runs.all(yuri.id)).toMatchObject([{ distanceKm: 5, durationSec: 1800 }]);
  });
});

describe('locations and other messages', () => {
  const at = (user: typeof uma, latitude: number, longitude: number) => ({
    message: {
      message_id: 9001,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: 'private', first_name: user.first_name },
      from: { id: user.id, is_bot: false, first_name: user.first_name, language_code: user.language_code },
      location: { latitude, longitude },
    },
  });

  it('a shared location sets the time zone at those coordinates', async () => {
    const h = await startHarness();
    await h.say(uma, '/start');
    const reply = await h.act(uma, (api) => api.pushUpdate(at(uma, 35.68, 139.69) as never));
    expect(h.store.users.get(uma.id)?.timezone).toBe('Asia/Tokyo');
    expect(text(reply)).toMatch(/Asia\/Tokyo/);
  });

  it('a sticker gets "text only" in the runner language (no Gemini here)', async () => {
    const h = await startHarness();
    const sticker = {
      message: {
        message_id: 9002,
        date: Math.floor(Date.now() / 1000),
        chat: { id: uma.id, type: 'private', first_name: 'Uma' },
        from: { id: uma.id, is_bot: false, first_name: 'Uma', language_code: 'de' },
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
    };
    const reply = await h.act(uma, (api) => api.pushUpdate(sticker as never));
    expect(text(reply)).toBe(
      'Ich lese vorerst nur Text. Erzähl mir von deinem Lauf in Worten, z. B. 8 km in 42:30 gelaufen, lief gut.',
    );
  });
});
