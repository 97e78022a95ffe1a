import { distanceText, weekdayText } from '../../messages/format.ts';
import { t } from '../../messages/i18n.ts';
import { getDefaultLanguage, type Language, languageOf, localeOf } from '../../messages/languages.ts';
import { WEEKDAY_CODES, type Weekday, weekdayName } from '../offline/dates.ts';
import type { Button, CoachContext, OutgoingMessage } from '../types.ts';

const isWeekday = (code: string): code is Weekday => (WEEKDAY_CODES as readonly string[]).includes(code);

/** "Monday" for "mon" in the runner's locale ("понедельник"); any other text comes back as it is. */
export function dayName(code: string, locale = 'en'): string {
  if (!isWeekday(code)) return code;
  return locale.toLowerCase().startsWith('en') ? weekdayName(code) : weekdayText(locale, code);
}

/** "Mon" for "mon" in the runner's locale ("пн"), for buttons. */
function shortDayName(code: Weekday, locale: string): string {
  return locale.toLowerCase().startsWith('en') ? weekdayName(code).slice(0, 3) : weekdayText(locale, code, 'short');
}

export function settingsMessages(ctx: CoachContext): OutgoingMessage[] {
  const u = ctx.store.users.get(ctx.userId);
  if (!u) return [{ html: t(getDefaultLanguage(), 'send-start-first') }];
  const lang = languageOf(u);
  const tr = (key: string, args?: Record<string, string | number>) => t(lang, key, args);
  return [
    {
      html: [
        tr('out-settings-title'),
        tr('out-settings-timezone', { zone: u.timezone }),
        tr('out-settings-morning', { time: u.morningTime }),
        tr('out-settings-evening', { time: u.eveningTime }),
        tr(u.units === 'km' ? 'out-settings-units-km' : 'out-settings-units-mi'),
        tr('out-settings-days', { n: u.daysPerWeek }),
        tr('out-settings-volume', { distance: distanceText(lang, u.weeklyKm, u.units) }),
        tr('out-settings-long-run-day', { day: dayName(u.longRunDay, localeOf(u)) }),
        '',
        tr('out-settings-hint'),
      ].join('\n'),
      buttons: [
        [
          { text: tr('out-settings-btn-timezone'), data: 'set:tz' },
          { text: tr('out-settings-btn-morning'), data: 'set:morning' },
          { text: tr('out-settings-btn-evening'), data: 'set:evening' },
        ],
        [
          {
            text: tr(u.units === 'km' ? 'out-settings-btn-use-mi' : 'out-settings-btn-use-km'),
            data: `set:units:${u.units === 'km' ? 'mi' : 'km'}`,
          },
          { text: tr('out-settings-btn-days'), data: 'set:days' },
          { text: tr('out-settings-btn-long-run-day'), data: 'set:lrd' },
        ],
      ],
    },
  ];
}

const COMMON_ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Australia/Sydney',
];

export function settingsPicker(
  key: 'units' | 'days' | 'lrd' | 'morning' | 'evening' | 'tz' | 'strava',
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const rows = (buttons: Button[], per: number): Button[][] => {
    const out: Button[][] = [];
    for (let i = 0; i < buttons.length; i += per) out.push(buttons.slice(i, i + per));
    return out;
  };
  switch (key) {
    case 'days':
      return [
        {
          html: t(lang, 'out-pick-days'),
          buttons: rows(
            [2, 3, 4, 5, 6, 7].map((d) => ({ text: String(d), data: `set:days:${d}` })),
            6,
          ),
        },
      ];
    case 'lrd':
      return [
        {
          html: t(lang, 'out-pick-long-run-day'),
          buttons: rows(
            WEEKDAY_CODES.map((d) => ({ text: shortDayName(d, locale), data: `set:lrd:${d}` })),
            7,
          ),
        },
      ];
    case 'morning':
      return [
        {
          html: t(lang, 'out-pick-morning'),
          buttons: rows(
            ['05:30', '06:00', '06:30', '07:00', '07:30', '08:00'].map((time) => ({
              text: time,
              data: `set:morning:${time.replace(':', '.')}`,
            })),
            3,
          ),
        },
      ];
    case 'evening':
      return [
        {
          html: t(lang, 'out-pick-evening'),
          buttons: rows(
            ['18:00', '19:00', '20:00', '21:00', '22:00'].map((time) => ({
              text: time,
              data: `set:evening:${time.replace(':', '.')}`,
            })),
            5,
          ),
        },
      ];
    case 'tz':
      return [
        {
          html: t(lang, 'out-pick-timezone'),
          buttons: rows(
            COMMON_ZONES.map((z) => ({ text: z.split('/')[1]?.replace('_', ' ') ?? z, data: `set:tz:${z}` })),
            4,
          ),
        },
      ];
    default:
      return [{ html: t(lang, 'out-pick-other') }];
  }
}
