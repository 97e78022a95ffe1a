/** src/coach/replies/media.ts: what the coach says about voice notes and photos, units and escaping included. */
import { describe, expect, it } from 'vitest';
import * as m from '../../../src/coach/replies/media.ts';
import { decode } from '../../../src/messages/callback-data.ts';

const MB = 1024 * 1024;
const html = (messages: { html: string }[]) => messages.map((x) => x.html).join('\n');

describe('media replies in English', () => {
  it.each([
    [
      m.mediaNeedsGemini('voice'),
      'I can only listen to voice notes when the Gemini coach is switched on here. Could you type it instead? For example: <i>ran 8 km in 44 min, legs heavy</i>.',
    ],
    [
      m.mediaNeedsGemini('photo'),
      'I can only read photos when the Gemini coach is switched on here. Could you type the run instead? For example: <i>10.2 km in 52:30 today</i>.',
    ],
    [
      m.mediaNotUnderstood('voice'),
      "Sorry, I couldn't listen to that voice note just now. Could you type it instead? For example: <i>ran 8 km in 44 min, legs heavy</i>.",
    ],
    [
      m.voiceTooLong(754, 300),
      'That voice note is 12:34 long; I can listen to up to 5 minutes. Could you send a shorter one, or type it?',
    ],
    [
      m.fileTooBig('photo', 25 * MB, 20 * MB),
      'That file is 25 MB; Telegram lets me download up to 20 MB. Could you type the run instead? For example: <i>10.2 km in 52:30 today</i>.',
    ],
    [
      m.fileTooBig('voice', undefined, 20 * MB),
      'That file is too big: Telegram lets me download up to 20 MB. Could you type it instead? For example: <i>ran 8 km in 44 min, legs heavy</i>.',
    ],
    [m.fetchFailed('photo'), "I couldn't download that photo from Telegram. Please send it again, or type it."],
    [m.unsupportedAudio(undefined), "I can't play that audio format. Send a voice note instead, or type it."],
    [
      m.otherMessage(false),
      'I read text only for now. Tell me about your run in words, e.g. <i>ran 8k in 42:30, felt good</i>.',
    ],
  ])('%j', (messages, expected) => {
    expect(html(messages)).toBe(expected);
  });

  it('rounds file sizes to one decimal in MB', () => {
    expect(html(m.fileTooBig('photo', 21.46 * MB, 20 * MB))).toMatch(/^That file is 21.5 MB;/);
  });

  it('escapes the MIME type Telegram passed on from the sender', () => {
    expect(html(m.unsupportedAudio('audio/<x>&y'))).toBe(
      "I can't play that audio format (audio/&lt;x&gt;&amp;y). Send a voice note instead, or type it.",
    );
  });

  it('tells media-capable and text-only coaches apart for other messages', () => {
    expect(html(m.otherMessage(true))).toMatch(/voice note, or send a photo of your watch's summary\.$/);
    expect(html(m.otherMessage(true))).not.toBe(html(m.otherMessage(false)));
  });
});

describe('runProposal', () => {
  const proposal = (date: string, km = 10.2, sec = 3150) =>
    ({ run: { date, distanceKm: km, durationSec: sec }, today: '2026-12-01' }) as Parameters<typeof m.runProposal>[0];

  it('asks to log the run in km with Log / Change / Cancel buttons whose data decode', () => {
    const [msg] = m.runProposal(proposal('2026-12-01'), 'km');
    expect(msg?.html).toBe('From your photo: log <b>10.2 km in 52:30</b> today?');
    expect(msg?.buttons).toEqual([
      [
        { text: '✅ Log', data: 'plog:2026-12-01:10.2:3150' },
        { text: '✏️ Change', data: 'pchg' },
        { text: '✖️ Cancel', data: 'pno' },
      ],
    ]);
    expect(decode('plog:2026-12-01:10.2:3150')).toEqual({ a: 'plog', date: '2026-12-01', km: 10.2, sec: 3150 });
  });

  it('shows miles but keeps kilometres in the button data', () => {
    const [msg] = m.runProposal(proposal('2026-12-01'), 'mi');
    expect(msg?.html).toBe('From your photo: log <b>6.3 mi in 52:30</b> today?');
    expect(msg?.buttons?.[0]?.[0]).toEqual({ text: '✅ Log', data: 'plog:2026-12-01:10.2:3150' });
  });

  it.each([
    ['2026-11-30', 'en', 'From your photo: log <b>5 km in 25:00</b> yesterday?'],
    ['2026-11-25', 'en', 'From your photo: log <b>5 km in 25:00</b> on Wed 25 Nov?'],
    ['2026-11-30', 'ru', 'По фото: записать <b>5 км за 25:00</b> вчера?'],
    ['2026-11-25', 'ru', 'По фото: записать <b>5 км за 25:00</b> на ср, 25 нояб.?'],
    ['2026-11-25', 'de', 'Laut deinem Foto: <b>5 km in 25:00</b> am Mi., 25. Nov. eintragen?'],
  ] as const)('%s in %s', (date, lang, expected) => {
    expect(m.runProposal(proposal(date, 5, 1500), 'km', lang, lang)[0]?.html).toBe(expected);
  });

  it('Russian buttons and miles with a decimal comma', () => {
    const [msg] = m.runProposal(proposal('2026-12-01'), 'mi', 'ru', 'ru');
    expect(msg?.html).toBe('По фото: записать <b>6,3 ми за 52:30</b> сегодня?');
    expect(msg?.buttons?.[0]?.map((b) => b.text)).toEqual(['✅ Записать', '✏️ Исправить', '✖️ Отмена']);
  });
});

describe('media replies in Russian and German', () => {
  it.each([
    [
      m.voiceTooLong(754, 300, 'ru'),
      'Голосовое длится 12:34, а я слушаю не больше 5 минут. Пришлите покороче или напишите текстом?',
    ],
    [
      m.fileTooBig('photo', 25 * MB, 20 * MB, 'ru'),
      'Файл весит 25 МБ, а Telegram даёт мне скачать не больше 20 МБ. Можете написать пробежку текстом? Например: <i>10,2 км за 52:30 сегодня</i>.',
    ],
    [
      m.fetchFailed('photo', 'de'),
      'Ich konnte das Foto nicht von Telegram laden. Schick es bitte noch mal, oder tipp es.',
    ],
    [
      m.unsupportedAudio('audio/<x>', 'de'),
      'Dieses Audioformat kann ich nicht abspielen (audio/&lt;x&gt;). Schick lieber eine Sprachnachricht, oder tipp es.',
    ],
    [m.proposalCancelled('en'), 'OK, not logged.'],
    [m.proposalCancelled('de'), 'OK, nicht eingetragen.'],
    [
      m.proposalChange('de'),
      'Sag mir die richtigen Zahlen in Worten, z. B. <i>10,2 km in 52:30 gestern</i>, dann trage ich das ein.',
    ],
  ])('%j', (messages, expected) => {
    expect(html(messages)).toBe(expected);
  });

  it('has every proposal follow-up in each language, distinct', () => {
    for (const lang of ['en', 'ru', 'de'] as const) {
      const texts = [m.noRunInPhoto(lang), m.proposalChange(lang), m.proposalCancelled(lang)].map(html);
      expect(new Set(texts).size).toBe(3);
      for (const text of texts) expect(text).not.toMatch(/^feat-/);
    }
  });
});
