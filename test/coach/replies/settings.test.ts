/** src/coach/replies/settings.ts: /settings and its pickers, in the runner's language and units. */
import { describe, expect, it } from 'vitest';
import { dayName, settingsMessages, settingsPicker } from '../../../src/coach/replies/settings.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { decode } from '../../../src/messages/callback-data.ts';
import { tempStore } from '../../helpers/tmp.ts';

function ctxFor(languageCode: string, units?: 'km' | 'mi'): CoachContext {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1, name: 'S', languageCode }, units ? { units } : {});
  return { userId: 1, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
}

describe('settingsMessages', () => {
  it('lists every setting of a new runner, in miles for a US runner, with the buttons', () => {
    expect(settingsMessages(ctxFor('en-US', 'mi'))).toEqual([
      {
        html: [
          '<b>Your settings</b>',
          'Time zone: UTC',
          'Morning workout at: 06:30',
          'Evening check-in at: 20:00',
          'Units: miles',
          'Days per week: 4',
          // The default 20 km a week, in miles (÷ 1.609344).
          'Current weekly volume: 12.4 mi',
          'Long run on: Sunday',
          '',
          "Tap to change, or tell me (<i>I'm in Tokyo</i>, <i>wake me at 6:30</i>).",
        ].join('\n'),
        buttons: [
          [
            { text: 'Time zone', data: 'set:tz' },
            { text: 'Morning time', data: 'set:morning' },
            { text: 'Evening time', data: 'set:evening' },
          ],
          [
            { text: 'Use kilometres', data: 'set:units:km' },
            { text: 'Days per week', data: 'set:days' },
            { text: 'Long-run day', data: 'set:lrd' },
          ],
        ],
      },
    ]);
  });

  it('in Russian: kilometres, the weekday name in Russian, "В милях" to switch', () => {
    const [msg] = settingsMessages(ctxFor('ru'));
    expect(msg?.html).toBe(
      '<b>Твои настройки</b>\nЧасовой пояс: UTC\nУтренняя тренировка в: 06:30\nВечерний вопрос в: 20:00\nЕдиницы: километры\nДней в неделю: 4\nТекущий недельный объём: 20 км\nДлительная: воскресенье\n\nНажми, чтобы изменить, или просто напиши (<i>я в Токио</i>, <i>буди меня в 6:30</i>).',
    );
    expect(msg?.buttons?.[1]?.[0]).toEqual({ text: 'В милях', data: 'set:units:mi' });
  });

  it('in German', () => {
    const [msg] = settingsMessages(ctxFor('de'));
    expect(msg?.html.split('\n').slice(0, 8)).toEqual([
      '<b>Deine Einstellungen</b>',
      'Zeitzone: UTC',
      'Einheit am Morgen um: 06:30',
      'Nachfrage am Abend um: 20:00',
      'Einheiten: Kilometer',
      'Tage pro Woche: 4',
      'Aktueller Wochenumfang: 20 km',
      'Langer Lauf am: Sonntag',
    ]);
  });

  it('every button decodes to a settings action', () => {
    const [msg] = settingsMessages(ctxFor('en'));
    for (const b of msg?.buttons?.flat() ?? []) expect(decode('data' in b ? b.data : '')).toMatchObject({ a: 'set' });
  });

  it('asks an unknown runner to /start first', () => {
    const ctx = ctxFor('en');
    expect(settingsMessages({ ...ctx, userId: 404 })).toEqual([{ html: 'Send /start first.' }]);
  });
});

describe('dayName', () => {
  it.each([
    ['mon', 'en', 'Monday'],
    ['sun', 'en-US', 'Sunday'],
    ['mon', 'ru', 'понедельник'],
    ['sat', 'de', 'Samstag'],
    ['someday', 'ru', 'someday'],
    ['', 'en', ''],
  ])('%s in %s → %s', (code, locale, expected) => {
    expect(dayName(code, locale)).toBe(expected);
  });
});

describe('settingsPicker', () => {
  it('days: 2 to 7 in one row', () => {
    expect(settingsPicker('days')).toEqual([
      {
        html: 'How many days a week do you want to run?',
        buttons: [[2, 3, 4, 5, 6, 7].map((d) => ({ text: String(d), data: `set:days:${d}` }))],
      },
    ]);
  });

  it('long-run day: the seven days, short, in the locale', () => {
    const codes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    expect(settingsPicker('lrd')[0]?.buttons).toEqual([
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((text, i) => ({ text, data: `set:lrd:${codes[i]}` })),
    ]);
    expect(settingsPicker('lrd', 'ru')[0]?.buttons?.[0]?.map((b) => b.text)).toEqual([
      'пн',
      'вт',
      'ср',
      'чт',
      'пт',
      'сб',
      'вс',
    ]);
    expect(settingsPicker('lrd', 'de')[0]?.buttons?.[0]?.map((b) => b.text)).toEqual([
      'Mo',
      'Di',
      'Mi',
      'Do',
      'Fr',
      'Sa',
      'So',
    ]);
  });

  it('morning: six times in rows of three, the colon written as a dot in the data', () => {
    expect(settingsPicker('morning')[0]?.buttons).toEqual([
      [
        { text: '05:30', data: 'set:morning:05.30' },
        { text: '06:00', data: 'set:morning:06.00' },
        { text: '06:30', data: 'set:morning:06.30' },
      ],
      [
        { text: '07:00', data: 'set:morning:07.00' },
        { text: '07:30', data: 'set:morning:07.30' },
        { text: '08:00', data: 'set:morning:08.00' },
      ],
    ]);
    expect(decode('set:morning:05.30')).toEqual({ a: 'set', key: 'morning', value: '05.30' });
  });

  it('evening: five times in a row', () => {
    const [msg] = settingsPicker('evening', 'ru');
    expect(msg?.html).toBe(
      'Когда спрашивать, как прошла пробежка? Нажми время или напиши своё (<i>спрашивай в 21:00</i>).',
    );
    expect(msg?.buttons?.[0]?.map((b) => ('data' in b ? b.data : b.text))).toEqual([
      'set:evening:18.00',
      'set:evening:19.00',
      'set:evening:20.00',
      'set:evening:21.00',
      'set:evening:22.00',
    ]);
  });

  it('time zone: eight common zones by their city, two rows of four', () => {
    const rows = settingsPicker('tz')[0]?.buttons ?? [];
    expect(rows.map((r) => r.map((b) => b.text))).toEqual([
      ['London', 'Berlin', 'Moscow', 'New York'],
      ['Chicago', 'Los Angeles', 'Tokyo', 'Sydney'],
    ]);
    expect(rows[0]?.[3]).toEqual({ text: 'New York', data: 'set:tz:America/New_York' });
  });

  it('anything else points back to /settings', () => {
    expect(settingsPicker('units')).toEqual([{ html: 'Tap a setting in /settings to change it.' }]);
    expect(settingsPicker('strava', 'de')).toEqual([
      { html: 'Tippe in /settings auf eine Einstellung, um sie zu ändern.' },
    ]);
  });
});
