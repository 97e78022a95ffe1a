/** src/coach/replies/watch.ts: /fit, /calendar, /intervals and activity-file words, plurals and escaping. */
import { describe, expect, it } from 'vitest';
import * as w from '../../../src/coach/replies/watch.ts';
import { INTERVALS, LONG } from './workouts.ts';

const RU = { lang: 'ru', locale: 'ru' } as const;
const DE = { lang: 'de', locale: 'de' } as const;

describe('fit replies', () => {
  it('the document caption: title, distance, day, then how to put it on a watch', () => {
    const doc = w.fitDocument(INTERVALS, 'w.fit', Buffer.from('x'), 'mi');
    expect(doc.html).toBe('⌚ 6 × 800 m intervals · 6.2 mi · Wed 2 Dec');
    expect(doc.document?.filename).toBe('w.fit');
    expect(doc.document?.caption).toMatch(
      /^⌚ 6 × 800 m intervals · 6\.2 mi · Wed 2 Dec\nGarmin: copy it to the watch/,
    );
    expect(w.fitDocument(INTERVALS, 'w.fit', Buffer.from('x'), 'km', RU).html).toBe(
      '⌚ Интервалы 6 × 800 м · 10 км · ср, 2 дек.',
    );
  });

  it('a rest day names the next workout and its /fit date', () => {
    expect(w.fitNothingOn('2026-12-05', LONG, 'mi').html).toBe(
      'Nothing is planned on Sat 5 Dec: a rest day, so no workout file.\nNext: 🟣 Sun 6 Dec: Long run, 11.2 mi. Send /fit 2026-12-06 for its file.',
    );
    expect(w.fitNothingOn('2026-12-05', undefined, 'km', DE).html).toBe(
      'Am Sa., 5. Dez. ist nichts geplant: ein Ruhetag, also keine Trainingsdatei.',
    );
    expect(w.fitNothingOn('2026-12-05', LONG, 'km', RU).html).toBe(
      'На сб, 5 дек. ничего не запланировано: день отдыха, файла нет.\nДальше: 🟣 вс, 6 дек.: Длительная, 18 км. Отправьте /fit 2026-12-06, чтобы получить файл.',
    );
  });

  it('no plan and a bad date', () => {
    expect(w.fitNoPlan().html).toBe(
      'You have no plan yet, so there is no workout to send to your watch. Send /setup to make one.',
    );
    expect(w.fitBadDate().html).toBe(
      'I could not read that date. Try <code>/fit</code>, <code>/fit tomorrow</code>, <code>/fit saturday</code> or <code>/fit 2026-12-24</code>.',
    );
  });
});

describe('calendar replies', () => {
  it('the link in <code>, escaped, with the Renew button; new and first wording differ', () => {
    expect(w.calendarLink('https://c.example/feed/a<b>.ics', true)).toEqual({
      html: 'Here is your new calendar link; the old one no longer works.\n\n<code>https://c.example/feed/a&lt;b&gt;.ics</code>\n\nThe link is private: anyone who has it can see your plan. Renew it if you shared it by mistake.',
      buttons: [[{ text: '🔄 Renew the link', data: 'calnew' }]],
    });
    expect(w.calendarLink('https://c.example/f.ics', false).html).toMatch(/^Your training calendar: subscribe/);
    expect(w.calendarLink('https://c.example/f.ics', false, 'ru').buttons).toEqual([
      [{ text: '🔄 Обновить ссылку', data: 'calnew' }],
    ]);
  });
});

describe('intervals.icu replies', () => {
  it.each([
    [1, 'I put one workout on your calendar'],
    [2, 'I put 2 workouts on your calendar'],
    [21, 'I put 21 workouts on your calendar'],
  ])('connected with %i events (English)', (n, words) => {
    expect(w.intervalsConnected('i<12>', n).html).toBe(
      `✅ intervals.icu is connected (athlete i&lt;12&gt;). ${words}; I keep them in step whenever the plan changes. /intervals off disconnects it.`,
    );
  });

  it.each([
    [1, 'Поставил в календарь 1 тренировку'],
    [2, 'Поставил в календарь 2 тренировки'],
    [5, 'Поставил в календарь 5 тренировок'],
    [21, 'Поставил в календарь 21 тренировку'],
  ])('connected with %i events (Russian plurals)', (n, words) => {
    expect(w.intervalsConnected('i42', n, 'ru').html).toContain(`(атлет i42). ${words};`);
  });

  it('status with a Disconnect button; disconnected with and without reaching it', () => {
    expect(w.intervalsStatus('i42')).toEqual({
      html: 'intervals.icu is connected (athlete i42): your plan’s workouts from today on are on its calendar.',
      buttons: [[{ text: 'Disconnect intervals.icu', data: 'ivoff' }]],
    });
    expect(w.intervalsDisconnected(0, true).html).toBe('intervals.icu is disconnected. Your key is deleted.');
    expect(w.intervalsDisconnected(21, true).html).toBe(
      'intervals.icu is disconnected and the 21 workouts I had put there are removed. Your key is deleted.',
    );
    expect(w.intervalsDisconnected(21, true, 'ru').html).toBe(
      'intervals.icu отключён, 21 тренировка, которую я туда ставил, удалена. Ваш ключ удалён.',
    );
    expect(w.intervalsDisconnected(3, false).html).toMatch(/could not reach it to remove the planned workouts/);
  });

  it('every other intervals answer exists and differs, in each language', () => {
    for (const lang of ['en', 'ru', 'de'] as const) {
      const texts = [
        w.intervalsNotSetUp(lang),
        w.intervalsAsk(lang),
        w.intervalsRefused(lang),
        w.intervalsUnavailable(lang),
        w.intervalsUnreadable(lang),
        w.intervalsNotConnected(lang),
      ].map((m) => m.html);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) expect(text).not.toMatch(/^feat-/);
    }
  });
});

describe('activityFileProblem', () => {
  it.each([
    ['a cycling file', 'That file is a cycling activity, so I did not log it. I only count runs.'],
    ['cycling', 'That file is a cycling activity, so I did not log it. I only count runs.'],
    ['<b>kayak</b>', 'That file is a &lt;b&gt;kayak&lt;/b&gt; activity, so I did not log it. I only count runs.'],
  ])('names the sport of a non-run (%s), escaped', (sport, expected) => {
    expect(w.activityFileProblem('not_running', 'en', sport).html).toBe(expected);
  });

  it('other languages leave the English sport name out', () => {
    expect(w.activityFileProblem('not_running', 'ru', 'cycling').html).toBe(
      'Это не пробежка, поэтому я её не записал. Я считаю только бег.',
    );
    expect(w.activityFileProblem('not_running', 'de', 'cycling').html).toBe(
      'Die Datei ist kein Lauf, also habe ich sie nicht eingetragen. Ich zähle nur Läufe.',
    );
  });

  it('each problem has its own answer', () => {
    const reasons: w.ActivityFileProblem[] = [
      'unsupported',
      'unsupported_media',
      'empty',
      'corrupt',
      'not_running',
      'no_distance',
      'too_big',
      'download',
      'future',
      'too_fast',
    ];
    for (const lang of ['en', 'de'] as const)
      expect(new Set(reasons.map((r) => w.activityFileProblem(r, lang).html)).size).toBe(reasons.length);
    expect(w.activityFileProblem('too_fast').html).toBe(
      'That file says faster than the world record, so I did not log it: check that it is a run.',
    );
  });
});
