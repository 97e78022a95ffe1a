/**
 * Guided setup on buttons: goal → race date → days a week → current volume → long-run day → plan.
 * The state sits in users.pendingFlow; free text at any step still reaches the coach, so nobody is trapped.
 */
import type { ButtonAction } from '../bot/callback-data.ts';
import { html } from '../bot/format/html.ts';
import { addDays, dayLabel, localDate, weekdayOf } from '../time/local.ts';
import { goalName } from './replies/plan.ts';
import { respondToCalls } from './respond.ts';
import type { Button, CoachContext, OutgoingMessage } from './types.ts';

export interface SetupState {
  kind: 'setup';
  goal?: '5k' | '10k' | 'half' | 'marathon';
  raceDate?: string;
  days?: number;
  km?: number;
}

/** Shortest plans per distance (design.md, rule 10), and sensible longer options. */
const WEEK_OPTIONS: Record<NonNullable<SetupState['goal']>, number[]> = {
  '5k': [4, 6, 8, 12],
  '10k': [6, 8, 10, 12],
  half: [8, 12, 16, 20],
  marathon: [12, 16, 18, 20],
};

function save(ctx: CoachContext, state: SetupState | null): void {
  ctx.store.users.update(ctx.userId, { pendingFlow: state });
}

export function setupState(ctx: CoachContext): SetupState | null {
  const flow = ctx.store.users.get(ctx.userId)?.pendingFlow as { kind?: string } | null | undefined;
  return flow?.kind === 'setup' ? (flow as SetupState) : null;
}

export function startSetup(ctx: CoachContext): OutgoingMessage[] {
  save(ctx, { kind: 'setup' });
  return [
    {
      html: 'Which race are you training for?',
      buttons: [
        [
          { text: '5K', data: 'goal:5k' },
          { text: '10K', data: 'goal:10k' },
          { text: 'Half marathon', data: 'goal:half' },
          { text: 'Marathon', data: 'goal:marathon' },
        ],
      ],
    },
  ];
}

function askDate(goal: NonNullable<SetupState['goal']>): OutgoingMessage {
  return {
    html: html`A ${goalName(goal)}! When is the race? Tap how far away it is, or write the date (e.g. <i>March 14</i>).`,
    buttons: [WEEK_OPTIONS[goal].map((w) => ({ text: `in ${w} weeks`, data: `weeks:${w}` }))],
  };
}

function askDays(): OutgoingMessage {
  return {
    html: 'How many days a week can you run?',
    buttons: [[2, 3, 4, 5, 6, 7].map((d) => ({ text: String(d), data: `days:${d}` }))],
  };
}

function askKm(units: 'km' | 'mi'): OutgoingMessage {
  const options = units === 'mi' ? [5, 10, 15, 20, 30, 40] : [10, 20, 30, 40, 50, 70];
  const toKm = (x: number) => (units === 'mi' ? Math.round(x * 1.609344) : x);
  const buttons: Button[] = [
    { text: 'just starting', data: 'km:5' },
    ...options.map((x) => ({ text: `~${x} ${units}`, data: `km:${toKm(x)}` })),
  ];
  return {
    html: 'About how much do you run in a week now? (Or write it: <i>about 25 km</i>.)',
    buttons: [buttons.slice(0, 4), buttons.slice(4)],
  };
}

function askLongRunDay(): OutgoingMessage {
  return {
    html: 'Last one: which day suits your long run?',
    buttons: [
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => ({
        text: d[0]?.toUpperCase() + d.slice(1),
        data: `lrd:${d}`,
      })),
    ],
  };
}

/** Races are usually on weekends: N weeks out, on the Sunday of that week. */
function raceDateInWeeks(today: string, weeks: number): string {
  const target = addDays(today, weeks * 7);
  const dow = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(target));
  return addDays(target, 6 - dow);
}

export function setupAnswer(ctx: CoachContext, action: ButtonAction): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return [{ html: 'Send /start first.' }];
  if (action.a === 'setup') {
    if (action.step === 'go') return startSetup(ctx);
    save(ctx, null);
    return [{ html: 'No problem. Tell me your goal whenever you like.' }];
  }
  const state = setupState(ctx) ?? { kind: 'setup' as const };
  const today = localDate(ctx.now(), user.timezone);
  switch (action.a) {
    case 'goal':
      save(ctx, { kind: 'setup', goal: action.goal });
      return [askDate(action.goal)];
    case 'weeks':
      if (!state.goal) return startSetup(ctx);
      return acceptRaceDate(ctx, state, raceDateInWeeks(today, action.weeks));
    case 'days':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      save(ctx, { ...state, days: action.days });
      return [askKm(user.units)];
    case 'km':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      save(ctx, { ...state, km: action.km });
      return [askLongRunDay()];
    case 'lrd': {
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      const replies = respondToCalls(ctx, [
        {
          name: 'create_plan',
          args: {
            goal: state.goal,
            raceDate: state.raceDate,
            ...(state.days ? { daysPerWeek: state.days } : {}),
            ...(state.km !== undefined ? { weeklyKm: state.km } : {}),
            longRunDay: action.day,
          },
        },
      ]);
      if (ctx.store.plans.activeRef(ctx.userId)) save(ctx, null);
      return replies;
    }
    default:
      return [{ html: 'That button has expired. Send /setup to start again.' }];
  }
}

/** The race date step also accepts a typed date. */
export function acceptRaceDate(ctx: CoachContext, state: SetupState, raceDate: string): OutgoingMessage[] {
  save(ctx, { ...state, raceDate });
  // In the runner's format, as every reply writes dates (issue 14: no ISO date during setup).
  return [{ html: html`Race day: ${dayLabel(raceDate)} ${raceDate.slice(0, 4)}.` }, askDays()];
}
