/**
 * Guided setup: goal → race date → days a week → current volume → long-run day → plan, then where the runner
 * is and when the morning workout should arrive. Every step takes a tap or typed words ("about 15 km"); the
 * state is the dialogue's open question (src/coach/conversation/dialogue.ts). Text that fits no step but means something
 * else still reaches the coach, so nobody is trapped; text that means nothing asks the step again, buttons kept.
 */
import type { ButtonAction } from '../../bot/callback-data.ts';
import { html } from '../../bot/format/html.ts';
import { addDays, dayLabel, localDate, weekdayOf } from '../../time/local.ts';
import { WEEKDAY_NAMES, type Weekday } from '../../training/types.ts';
import { findDates, findWeekdays } from '../offline/dates.ts';
import { normalize } from '../offline/text.ts';
import { findGoal } from '../offline/understand.ts';
import { goalName } from '../replies/plan.ts';
import { setupRetry } from '../replies/questions.ts';
import type { Button, CoachContext, OutgoingMessage } from '../types.ts';
import { expectAnswer, openExpectation, type SetupExpectation } from './dialogue.ts';
import { placeQuestion } from './onboarding.ts';
import { respondToCalls } from './respond.ts';

export type SetupState = SetupExpectation;

/** Shortest plans per distance (design.md, rule 10), and sensible longer options. */
const WEEK_OPTIONS: Record<NonNullable<SetupState['goal']>, number[]> = {
  '5k': [4, 6, 8, 12],
  '10k': [6, 8, 10, 12],
  half: [8, 12, 16, 20],
  marathon: [12, 16, 18, 20],
};

function save(ctx: CoachContext, state: SetupState | null): void {
  if (state) expectAnswer(ctx, state);
  else ctx.store.users.update(ctx.userId, { pendingFlow: null });
}

export function setupState(ctx: CoachContext): SetupState | null {
  const flow = openExpectation(ctx);
  return flow?.kind === 'setup' ? flow : null;
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
      WEEKDAY_NAMES.map((d) => ({
        text: d[0]?.toUpperCase() + d.slice(1),
        data: `lrd:${d}`,
      })),
    ],
  };
}

/** Races are usually on weekends: N weeks out, on the Sunday of that week. */
function raceDateInWeeks(today: string, weeks: number): string {
  const target = addDays(today, weeks * 7);
  const dow = WEEKDAY_NAMES.indexOf(weekdayOf(target) as Weekday);
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
    case 'lrd':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      return finishSetup(ctx, state, action.day);
    default:
      return [{ html: 'That button has expired. Send /setup to start again.' }];
  }
}

/** The last step: the plan, then (for a runner still on the default zone) where they are. */
function finishSetup(ctx: CoachContext, state: SetupState, day: Weekday): OutgoingMessage[] {
  if (!state.goal || !state.raceDate) return startSetup(ctx);
  const replies = respondToCalls(ctx, [
    {
      name: 'create_plan',
      args: {
        goal: state.goal,
        raceDate: state.raceDate,
        ...(state.days ? { daysPerWeek: state.days } : {}),
        ...(state.km !== undefined ? { weeklyKm: state.km } : {}),
        longRunDay: day,
      },
    },
  ]);
  if (!ctx.store.plans.activeRef(ctx.userId)) return replies;
  save(ctx, null);
  return [...replies, ...placeQuestion(ctx)];
}

/** The race date step also accepts a typed date. */
export function acceptRaceDate(ctx: CoachContext, state: SetupState, raceDate: string): OutgoingMessage[] {
  save(ctx, { ...state, raceDate });
  // In the runner's format, as every reply writes dates (issue 14: no ISO date during setup).
  return [{ html: html`Race day: ${dayLabel(raceDate)} ${raceDate.slice(0, 4)}.` }, askDays()];
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** Days a week typed as "4", "4 days", "four". */
function typedDays(t: string): number | null {
  const m = /\b([2-7])\b|\b(two|three|four|five|six|seven)\b/.exec(t);
  if (!m) return null;
  return m[1] ? Number(m[1]) : (NUMBER_WORDS[m[2] ?? ''] ?? null);
}

/** Weekly volume typed as "about 15 km", "20 miles", "15", "just starting", "nothing yet". */
function typedKm(t: string, units: 'km' | 'mi'): number | null {
  if (/\b(?:just start(?:ing)?|beginner|nothing|none|zero|not yet|not really|new to running|don't run)\b/.test(t))
    return 5;
  const m = /(\d+(?:[.,]\d+)?)\s*(km|k|kms|kilometers?|kilometres?|mi|miles?)?\b/.exec(t);
  if (!m) return null;
  const n = Number(m[1]?.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 300) return null;
  const unit = m[2] ?? units;
  return Math.round(unit.startsWith('m') ? n * 1.609344 : n);
}

/**
 * A typed answer to the open setup step, or null when the text does not answer it (the caller then lets the
 * coach read it, or asks the step again).
 */
export function setupText(ctx: CoachContext, state: SetupState, text: string): OutgoingMessage[] | null {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return null;
  const t = normalize(text);
  if (!state.goal) {
    const goal = findGoal(t)?.goal ?? (/^(?:a |the )?half\b/.test(t) ? 'half' : null);
    if (!goal) return null;
    save(ctx, { kind: 'setup', goal });
    return [askDate(goal)];
  }
  if (!state.raceDate) {
    const date = findDates(t, ctx.now(), user.timezone, 'future').find((d) => !d.period)?.date;
    return date ? acceptRaceDate(ctx, state, date) : null;
  }
  if (state.days === undefined) {
    const days = typedDays(t);
    if (days === null) return null;
    save(ctx, { ...state, days });
    return [askKm(user.units)];
  }
  if (state.km === undefined) {
    const km = typedKm(t, user.units);
    if (km === null) return null;
    save(ctx, { ...state, km });
    return [askLongRunDay()];
  }
  const day = findWeekdays(t)[0]?.weekday ?? (/^(?:mon|tue|wed|thu|fri|sat|sun)$/.test(t) ? (t as Weekday) : null);
  return day ? finishSetup(ctx, state, day) : null;
}

/** The open step asked again with its buttons, after text that answered nothing. */
export function askSetupAgain(ctx: CoachContext, state: SetupState): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const step = !state.goal
    ? startSetup(ctx)[0]
    : !state.raceDate
      ? askDate(state.goal)
      : state.days === undefined
        ? askDays()
        : state.km === undefined
          ? askKm(user?.units ?? 'km')
          : askLongRunDay();
  return step ? [{ ...step, html: `${setupRetry()}\n${step.html}` }] : startSetup(ctx);
}
