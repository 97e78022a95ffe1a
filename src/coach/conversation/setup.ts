/**
 * Guided setup: goal → race date → days a week → current volume → long-run day → plan, then where the runner
 * is and when the morning workout should arrive. Every step takes a tap or typed words ("about 15 km"); the
 * state is the dialogue's open question (src/coach/conversation/dialogue.ts). Text that fits no step but means something
 * else still reaches the coach, so nobody is trapped; text that means nothing asks the step again, buttons kept.
 */
import type { ButtonAction } from '../../messages/callback-data.ts';
import { weekdayText } from '../../messages/format.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { KM_PER_MILE } from '../../messages/units.ts';
import { addDays, dayLabel, localDate, weekdayOf } from '../../time/local.ts';
import { WEEKDAY_NAMES, type Weekday } from '../../training/types.ts';
import { coachLanguage, coachLocale } from '../language.ts';
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
  const lang = coachLanguage(ctx);
  return [
    {
      html: t(lang, 'setup-ask-goal'),
      buttons: [
        [
          { text: goalName('5k', lang), data: 'goal:5k' },
          { text: goalName('10k', lang), data: 'goal:10k' },
          { text: t(lang, 'setup-btn-half'), data: 'goal:half' },
          { text: t(lang, 'setup-btn-marathon'), data: 'goal:marathon' },
        ],
      ],
    },
  ];
}

function askDate(lang: Language, goal: NonNullable<SetupState['goal']>): OutgoingMessage {
  return {
    html: t(lang, 'setup-ask-date', { goal: goalName(goal, lang) }),
    buttons: [
      WEEK_OPTIONS[goal].map((w) => ({ text: t(lang, 'setup-btn-in-weeks', { weeks: w }), data: `weeks:${w}` })),
    ],
  };
}

function askDays(lang: Language): OutgoingMessage {
  return {
    html: t(lang, 'setup-ask-days'),
    buttons: [[2, 3, 4, 5, 6, 7].map((d) => ({ text: String(d), data: `days:${d}` }))],
  };
}

function askKm(lang: Language, units: 'km' | 'mi'): OutgoingMessage {
  const options = units === 'mi' ? [5, 10, 15, 20, 30, 40] : [10, 20, 30, 40, 50, 70];
  const toKm = (x: number) => (units === 'mi' ? Math.round(x * KM_PER_MILE) : x);
  const unit = t(lang, units === 'mi' ? 'unit-mi' : 'unit-km');
  const buttons: Button[] = [
    { text: t(lang, 'setup-btn-just-starting'), data: 'km:5' },
    ...options.map((x) => ({ text: `~${x} ${unit}`, data: `km:${toKm(x)}` })),
  ];
  return {
    html: t(lang, 'setup-ask-km'),
    buttons: [buttons.slice(0, 4), buttons.slice(4)],
  };
}

function askLongRunDay(lang: Language, locale: string): OutgoingMessage {
  return {
    html: t(lang, 'setup-ask-long-run-day'),
    buttons: [
      WEEKDAY_NAMES.map((d) => {
        const name = weekdayText(locale, d, 'short').replace(/\.$/, '');
        return { text: (name[0]?.toUpperCase() ?? '') + name.slice(1), data: `lrd:${d}` };
      }),
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
  const lang = coachLanguage({ ...ctx, user });
  const locale = coachLocale({ ...ctx, user });
  if (!user) return [{ html: t(lang, 'send-start-first') }];
  if (action.a === 'setup') {
    if (action.step === 'go') return startSetup(ctx);
    save(ctx, null);
    return [{ html: t(lang, 'setup-later') }];
  }
  const state = setupState(ctx) ?? { kind: 'setup' as const };
  const today = localDate(ctx.now(), user.timezone);
  switch (action.a) {
    case 'goal':
      save(ctx, { kind: 'setup', goal: action.goal });
      return [askDate(lang, action.goal)];
    case 'weeks':
      if (!state.goal) return startSetup(ctx);
      return acceptRaceDate(ctx, state, raceDateInWeeks(today, action.weeks));
    case 'days':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      save(ctx, { ...state, days: action.days });
      return [askKm(lang, user.units)];
    case 'km':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      save(ctx, { ...state, km: action.km });
      return [askLongRunDay(lang, locale)];
    case 'lrd':
      if (!state.goal || !state.raceDate) return startSetup(ctx);
      return finishSetup(ctx, state, action.day);
    default:
      return [{ html: t(lang, 'setup-expired') }];
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
  const lang = coachLanguage(ctx);
  // In the runner's format, as every reply writes dates (issue 14: no ISO date during setup).
  return [
    { html: t(lang, 'setup-race-day', { date: `${dayLabel(raceDate, coachLocale(ctx))} ${raceDate.slice(0, 4)}` }) },
    askDays(lang),
  ];
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
  return Math.round(unit.startsWith('m') ? n * KM_PER_MILE : n);
}

/**
 * A typed answer to the open setup step, or null when the text does not answer it (the caller then lets the
 * coach read it, or asks the step again).
 */
export function setupText(ctx: CoachContext, state: SetupState, text: string): OutgoingMessage[] | null {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return null;
  const lang = coachLanguage({ ...ctx, user });
  const t = normalize(text);
  if (!state.goal) {
    const goal = findGoal(t)?.goal ?? (/^(?:a |the )?half\b/.test(t) ? 'half' : null);
    if (!goal) return null;
    save(ctx, { kind: 'setup', goal });
    return [askDate(lang, goal)];
  }
  if (!state.raceDate) {
    const date = findDates(t, ctx.now(), user.timezone, 'future').find((d) => !d.period)?.date;
    return date ? acceptRaceDate(ctx, state, date) : null;
  }
  if (state.days === undefined) {
    const days = typedDays(t);
    if (days === null) return null;
    save(ctx, { ...state, days });
    return [askKm(lang, user.units)];
  }
  if (state.km === undefined) {
    const km = typedKm(t, user.units);
    if (km === null) return null;
    save(ctx, { ...state, km });
    return [askLongRunDay(lang, coachLocale({ ...ctx, user }))];
  }
  const day = findWeekdays(t)[0]?.weekday ?? (/^(?:mon|tue|wed|thu|fri|sat|sun)$/.test(t) ? (t as Weekday) : null);
  return day ? finishSetup(ctx, state, day) : null;
}

/** The open step asked again with its buttons, after text that answered nothing. */
export function askSetupAgain(ctx: CoachContext, state: SetupState): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const lang = coachLanguage({ ...ctx, user });
  const step = !state.goal
    ? startSetup(ctx)[0]
    : !state.raceDate
      ? askDate(lang, state.goal)
      : state.days === undefined
        ? askDays(lang)
        : state.km === undefined
          ? askKm(lang, user?.units ?? 'km')
          : askLongRunDay(lang, coachLocale({ ...ctx, user }));
  return step ? [{ ...step, html: `${setupRetry(lang)}\n${step.html}` }] : startSetup(ctx);
}
