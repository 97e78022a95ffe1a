import { escapeHtml } from '../../messages/html.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';

export function welcomeMessages(ctx: CoachContext, returning: boolean): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const name = user?.name ? `, ${escapeHtml(user.name)}` : '';
  const hasPlan = ctx.store.plans.activeRef(ctx.userId) !== undefined;
  if (returning && hasPlan) {
    return [
      {
        html: `Welcome back${name}! Your plan is waiting. What would you like to see?`,
        buttons: [
          [
            { text: "Today's workout", data: 'today' },
            { text: 'This week', data: 'week' },
          ],
        ],
      },
    ];
  }
  return [
    {
      html: [
        `Hi${name}! I'm your running coach. 🏃`,
        '',
        "I build a training plan toward your goal race, send you the day's workout each morning, ask how your runs went and adapt the plan to what you tell me.",
        '',
        'Tell me your goal in your own words, for example:',
        '<i>half marathon on March 14, I run 4 days a week, about 30 km</i>',
        '',
        'or let me walk you through it in four taps.',
      ].join('\n'),
      buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
    },
  ];
}

export function helpMessages(): OutgoingMessage[] {
  return [
    {
      html: [
        '<b>What I can do</b>',
        '',
        "/today: today's workout, with Done, Skip and Move buttons",
        "/week: this week's workouts",
        '/plan: your plan at a glance',
        '/log: log a run, e.g. <code>/log 8k 42:30 rpe 5</code>',
        '/progress: planned vs done, training load',
        '/settings: time zone, message times, units, days per week, long-run day',
        '/setup: set up a new plan step by step',
        '/strava: connect Strava',
        '/fit: a workout for your watch (.fit), e.g. <code>/fit tomorrow</code>',
        '/calendar: your plan in your calendar app',
        '/intervals: keep your plan on intervals.icu (it syncs to Garmin, COROS, Suunto, Wahoo, Polar)',
        'Send me a .fit, .gpx or .tcx file from your watch and I log the run.',
        '/export: download everything I keep about you',
        '/delete: delete all your data',
        '',
        'Or just write to me:',
        '• <i>half marathon on March 14, 4 days a week, about 30 km</i>',
        '• <i>ran 10k in 52:30, felt great</i>',
        '• <i>legs heavy, 8/10</i>',
        "• <i>move tomorrow's run to Friday</i> / <i>skip today</i>",
        "• <i>I'm sick</i> / <i>travelling next week, only 2 days</i>",
        "• <i>wake me at 6:30</i> / <i>I'm in Berlin</i>",
      ].join('\n'),
    },
  ];
}
