import { html } from '../../messages/html.ts';
import { formatDistance } from '../../messages/units.ts';
import { WEEKDAY_CODES, type Weekday, weekdayName } from '../offline/dates.ts';
import type { Button, CoachContext, OutgoingMessage } from '../types.ts';

/** "Monday" for "mon" (any other text comes back as it is). */
export function dayName(code: string): string {
  return (WEEKDAY_CODES as readonly string[]).includes(code) ? weekdayName(code as Weekday) : code;
}

export function settingsMessages(ctx: CoachContext): OutgoingMessage[] {
  const u = ctx.store.users.get(ctx.userId);
  if (!u) return [{ html: 'Send /start first.' }];
  return [
    {
      html: [
        '<b>Your settings</b>',
        html`Time zone: ${u.timezone}`,
        html`Morning workout at: ${u.morningTime}`,
        html`Evening check-in at: ${u.eveningTime}`,
        html`Units: ${u.units === 'km' ? 'kilometres' : 'miles'}`,
        html`Days per week: ${u.daysPerWeek}`,
        html`Current weekly volume: ${formatDistance(u.weeklyKm, u.units)}`,
        html`Long run on: ${dayName(u.longRunDay)}`,
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
          {
            text: u.units === 'km' ? 'Use miles' : 'Use kilometres',
            data: `set:units:${u.units === 'km' ? 'mi' : 'km'}`,
          },
          { text: 'Days per week', data: 'set:days' },
          { text: 'Long-run day', data: 'set:lrd' },
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
          html: 'How many days a week do you want to run?',
          buttons: rows(
            [2, 3, 4, 5, 6, 7].map((d) => ({ text: String(d), data: `set:days:${d}` })),
            6,
          ),
        },
      ];
    case 'lrd':
      return [
        {
          html: 'Which day suits your long run?',
          buttons: rows(
            WEEKDAY_CODES.map((d) => ({ text: dayName(d).slice(0, 3), data: `set:lrd:${d}` })),
            7,
          ),
        },
      ];
    case 'morning':
      return [
        {
          html: "When should the day's workout arrive? Tap a time or write one (<i>wake me at 6:15</i>).",
          buttons: rows(
            ['05:30', '06:00', '06:30', '07:00', '07:30', '08:00'].map((t) => ({
              text: t,
              data: `set:morning:${t.replace(':', '.')}`,
            })),
            3,
          ),
        },
      ];
    case 'evening':
      return [
        {
          html: 'When should I ask how your run went? Tap a time or write one (<i>check in at 9pm</i>).',
          buttons: rows(
            ['18:00', '19:00', '20:00', '21:00', '22:00'].map((t) => ({
              text: t,
              data: `set:evening:${t.replace(':', '.')}`,
            })),
            5,
          ),
        },
      ];
    case 'tz':
      return [
        {
          html: "Where are you? Tap a zone or tell me your city (<i>I'm in Lisbon</i>).",
          buttons: rows(
            COMMON_ZONES.map((z) => ({ text: z.split('/')[1]?.replace('_', ' ') ?? z, data: `set:tz:${z}` })),
            4,
          ),
        },
      ];
    default:
      return [{ html: 'Tap a setting in /settings to change it.' }];
  }
}
