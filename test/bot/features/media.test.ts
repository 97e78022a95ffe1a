/**
 * src/bot/features/media.ts on a coach without Gemini (the harness has no key): voice, audio and photos get the
 * "type it" answer without a download, unsupported audio is named, and the photo proposal's own buttons
 * (Log / Change / Cancel) work on their own: a Log logs once, stale ones are answered politely.
 */
import { describe, expect, it } from 'vitest';
import { MAX_VOICE_SECONDS } from '../../../src/bot/features/media.ts';
import { startHarness, text } from '../../helpers/bot-harness.ts';
import { buttonsOf } from './buttons.ts';

const ida = { id: 6801, first_name: 'Ida', language_code: 'en' };
const lev = { id: 6802, first_name: 'Лев', language_code: 'ru' };

describe('without Gemini', () => {
  it('a voice note from someone never seen: they are created and asked to type it; nothing is downloaded', async () => {
    const h = await startHarness();
    const reply = await h.act(lev, (api) => api.sendVoiceFromUser(lev, { bytes: 'OggS', duration: 12 }));
    expect(text(reply)).toBe(
      'Голосовые я слушаю, только когда здесь включён тренер Gemini. Можете написать текстом? Например: пробежал 8 км за 44 мин, ноги тяжёлые.',
    );
    expect(h.store.users.get(lev.id)).toBeDefined();
    expect(h.api.callsTo('getFile')).toEqual([]);
  });

  it('a photo sent as a file (any case of MIME type) and an over-long voice note both get the no-Gemini answer', async () => {
    const h = await startHarness();
    await h.say(ida, '/start');
    const photo = await h.act(ida, (api) =>
      api.sendDocumentFromUser(ida, { filename: 'watch.PNG', bytes: 'PNG', mimeType: 'IMAGE/PNG' }),
    );
    expect(text(photo)).toMatch(/^I can only read photos when the Gemini coach is switched on here\./);
    // Without Gemini the answer comes first, before any length check: a long note is not "too long" but "type it".
    const long = await h.act(ida, (api) =>
      api.sendVoiceFromUser(ida, { bytes: 'OggS', duration: MAX_VOICE_SECONDS + 60 }),
    );
    expect(text(long)).toMatch(/^I can only listen to voice notes/);
  });

  it('audio in a format Gemini does not take is named back', async () => {
    const h = await startHarness();
    await h.say(ida, '/start');
    const reply = await h.act(ida, (api) =>
      api.sendAudioFromUser(ida, { bytes: 'xx', filename: 'memo.m4a', mimeType: 'audio/x-m4a', duration: 20 }),
    );
    expect(text(reply)).toBe("I can't play that audio format (audio/x-m4a). Send a voice note instead, or type it.");
  });

  it('listens to voice notes of up to 3 minutes (a spoken run report takes seconds)', () => {
    expect(MAX_VOICE_SECONDS).toBe(180);
  });
});

describe('the proposal buttons', () => {
  async function withProposal() {
    const h = await startHarness();
    await h.say(ida, '/start');
    const messageId = h.api.lastBotMessage(ida.id)?.messageId ?? 0;
    return { h, messageId };
  }

  it('Log logs the run once and takes the buttons off; a second tap finds it already logged', async () => {
    const { h, messageId } = await withProposal();
    const first = await h.pressData(ida, messageId, 'plog:2026-12-01:10.2:3150');
    expect(h.store.runs.all(ida.id)).toMatchObject([{ date: '2026-12-01', distanceKm: 10.2, durationSec: 3150 }]);
    expect(text(first.messages)).toMatch(/10\.2 km/);
    expect(buttonsOf(h.api.getMessage(ida.id, messageId))).toEqual([]);
    await h.pressData(ida, messageId, 'plog:2026-12-01:10.2:3150');
    expect(h.store.runs.all(ida.id)).toHaveLength(1);
  });

  it('Change asks for the numbers; Cancel logs nothing', async () => {
    const { h, messageId } = await withProposal();
    // The answers' last message; before it, the proposal edited (its buttons taken off).
    expect((await h.pressData(ida, messageId, 'pchg')).messages.at(-1)?.text).toBe(
      'Tell me the right numbers in words, e.g. 10.2 km in 52:30 yesterday, and I will log that.',
    );
    expect((await h.pressData(ida, messageId, 'pno')).messages.at(-1)?.text).toBe('OK, not logged.');
    expect(h.store.runs.all(ida.id)).toEqual([]);
  });

  it('from someone never seen: "/start first", nothing logged', async () => {
    const { h, messageId } = await withProposal();
    const r = await h.pressData(lev, messageId, 'plog:2026-12-01:5:1500');
    expect(r.answer).toBe('Сначала отправьте /start, потом попробуйте ещё раз.');
    expect(h.store.users.get(lev.id)).toBeUndefined();
  });

  it.each(['plog:2026-12-01:0:1500', 'plog:2026-12-01:5:0', 'plog:2026-02-30:5:1500', 'plog:2026-12-01:5:1500:9'])(
    'forged %s: expired, nothing logged',
    async (data) => {
      const { h, messageId } = await withProposal();
      const r = await h.pressData(ida, messageId, data);
      expect(r.answer).toBe('That button has expired. Send /today for fresh ones.');
      expect(h.store.runs.all(ida.id)).toEqual([]);
    },
  );
});
