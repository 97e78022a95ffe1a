/**
 * The training engine's codes in the runner's words (locales/<lang>/engine.ftl): changed days, advice, refusals,
 * plan warnings and plan errors. The engine says what changed, by how much and why as codes and numbers
 * (src/training/notes.ts, src/training/adaptation/types.ts); this module is the one place that words them.
 * Every function returns plain text: callers escape it into Telegram HTML (`html```).
 */

import { bodyPartText } from '../../messages/body.ts';
import { distanceText, durationText, formatNumber } from '../../messages/format.ts';
import { t } from '../../messages/i18n.ts';
import { type Language, type LanguageFields, languageOf, localeOf } from '../../messages/languages.ts';
import { formatClock, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { WorkoutBrief } from '../../training/adaptation/types.ts';
import type { Advice, PlanError, PlanWarning, Refusal, WorkoutName } from '../../training/notes.ts';
import type { GoalDistance, WorkoutStatus, WorkoutType } from '../../training/types.ts';

/** Who the words are for: the language, the runner's units, the Intl locale for dates, and today (for years). */
export interface Speech {
  lang: Language;
  units: Units;
  /** The Intl locale of dates ("es-MX"); the language when absent. */
  locale?: string;
  /** Today (YYYY-MM-DD): a date in another year shows its year. */
  today?: string;
  /** Dates as YYYY-MM-DD: for readers that are not runners (the CLI, the model). */
  isoDates?: boolean;
}

/** How a runner is spoken to: their language, units and Intl locale (English in km without a runner). */
export function speechOf(user: (LanguageFields & { units?: Units | null }) | undefined | null): Speech {
  return { lang: languageOf(user), units: user?.units ?? 'km', locale: localeOf(user) };
}

/** The engine's codes in English, km, for text no runner reads: the CLI, logs, the tools' results for the model. */
export const ENGLISH: Speech = { lang: 'en', units: 'km', isoDates: true };

const GOAL_KEYS: Record<GoalDistance, string> = {
  '5k': 'goal-5k',
  '10k': 'goal-10k',
  half: 'goal-half',
  marathon: 'goal-marathon',
};

const TITLE_KEYS: Record<WorkoutType, string> = {
  easy: 'title-easy',
  recovery: 'title-recovery',
  long: 'title-long',
  tempo: 'title-tempo',
  intervals: 'title-intervals',
  marathon_pace: 'title-marathon-pace',
  hills: 'title-hills',
  race: 'title-race',
};

function date(s: Speech, iso: string): string {
  if (s.isoDates) return iso;
  const label = dayLabel(iso, s.locale ?? s.lang);
  return s.today && s.today.slice(0, 4) !== iso.slice(0, 4) ? `${label} ${iso.slice(0, 4)}` : label;
}

function km(s: Speech, value: number): string {
  return distanceText(s.lang, value, s.units);
}

function goal(s: Speech, g: GoalDistance): string {
  return t(s.lang, GOAL_KEYS[g]);
}

function num(s: Speech, value: number, digits = 2): string {
  return formatNumber(s.lang, value, digits);
}

/** A workout's name: the engine's own title in English, the session type's name in other languages. */
export function workoutName(s: Speech, w: WorkoutName): string {
  return s.lang === 'en' ? w.title : t(s.lang, TITLE_KEYS[w.type]);
}

/** English says "in place of the tempo run": a name inside a sentence, lowercased. */
function inner(s: Speech, w: WorkoutName): string {
  const name = workoutName(s, w);
  return s.lang === 'en' ? name.toLowerCase() : name;
}

function briefText(s: Speech, b: WorkoutBrief | null): string {
  if (!b) return t(s.lang, 'eng-brief-rest');
  const title = workoutName(s, b);
  if (b.status === 'skipped') return t(s.lang, 'eng-brief-skipped', { title });
  return t(s.lang, 'eng-brief', { title, distance: km(s, Math.round(b.distanceKm * 10) / 10) });
}

const STATUS_WORD: Record<WorkoutStatus, string> = {
  planned: 'planned',
  done: 'done',
  partial: 'partial',
  skipped: 'skipped',
  missed: 'missed',
};

/** One changed day: "Tempo 8 km → Easy run 5 km", "rest → now Long run 18 km", "Long run: skipped". */
export function changeText(s: Speech, before: WorkoutBrief | null, after: WorkoutBrief | null): string {
  if (before && after && before.title === after.title && before.distanceKm === after.distanceKm) {
    return t(s.lang, 'eng-change-status', { title: workoutName(s, after), status: STATUS_WORD[after.status] });
  }
  if (!before && after) return t(s.lang, 'eng-change-new', { to: briefText(s, after) });
  // A day shortened and then skipped in one adaptation ends "Long run 9 km → skipped".
  if (after?.status === 'skipped')
    return t(s.lang, 'eng-change', { from: briefText(s, before), to: t(s.lang, 'eng-change-skipped') });
  return t(s.lang, 'eng-change', { from: briefText(s, before), to: briefText(s, after) });
}

/** The workout a change ends with, as a change line names it ("Long run 9 km"); null when the day is rest. */
export function landedText(s: Speech, after: WorkoutBrief | null): string | null {
  return after ? briefText(s, after) : null;
}

export function adviceText(s: Speech, a: Advice): string {
  const { lang } = s;
  switch (a.code) {
    case 'load_unknown':
      return t(lang, 'eng-advice-load-unknown');
    case 'load_balanced':
      return t(lang, 'eng-advice-load-balanced', { ratio: num(s, a.ratio) });
    case 'load_spike':
      return t(lang, 'eng-advice-load-spike', { ratio: num(s, a.ratio), limit: num(s, a.limit) });
    case 'moved':
      return t(lang, 'eng-advice-moved', { title: workoutName(s, a.workout), date: date(s, a.date) });
    case 'busy_kept':
      return t(lang, a.proportion ? 'eng-advice-busy-kept-proportion' : 'eng-advice-busy-kept', {
        travel: a.travel ? 'yes' : 'no',
      });
    case 'busy_break':
      return t(lang, a.longBreak ? 'eng-advice-busy-break-long' : 'eng-advice-busy-break', {
        date: date(s, a.resumeOn),
      });
    case 'illness_rest':
      return t(lang, a.longBreak ? 'eng-advice-illness-long' : 'eng-advice-illness', {
        date: date(s, a.through),
        factor: String(a.factor),
      });
    case 'injury_rest':
      return t(lang, a.longBreak ? 'eng-advice-injury-long' : 'eng-advice-injury', {
        date: date(s, a.through),
        factor: String(a.factor),
      });
    case 'missed_easy':
      return t(lang, 'eng-advice-missed-easy');
    case 'missed_moved':
      return a.replaces
        ? t(lang, 'eng-advice-missed-moved-instead', {
            title: workoutName(s, a.workout),
            date: date(s, a.date),
            other: inner(s, a.replaces),
          })
        : t(lang, 'eng-advice-missed-moved', { title: workoutName(s, a.workout), date: date(s, a.date) });
    case 'missed_dropped':
      return t(lang, 'eng-advice-missed-dropped', { title: workoutName(s, a.workout) });
    case 'partial':
      return t(lang, 'eng-advice-partial');
    case 'race_slower':
      return t(lang, 'eng-advice-race-slower', {
        distance: goal(s, a.distance),
        time: formatClock(a.timeSec),
        vdot: num(s, a.vdot, 1),
        before: num(s, a.before, 1),
      });
    case 'race_paces': {
      const args = {
        distance: goal(s, a.distance),
        time: formatClock(a.timeSec),
        vdot: num(s, a.vdot, 1),
        goal: goal(s, a.goal),
        predicted: formatClock(a.predictedSec),
      };
      return a.before === null
        ? t(lang, 'eng-advice-race-paces', args)
        : t(lang, 'eng-advice-race-paces-was', { ...args, before: num(s, a.before, 1) });
    }
    case 'pain_stop':
      return t(lang, 'eng-advice-pain-stop', {
        severity: String(a.severity),
        location: bodyPartText(lang, a.location),
      });
    case 'noted':
      return t(lang, a.tough ? 'eng-advice-noted-tough' : 'eng-advice-noted');
    case 'lighter_pain':
      return t(lang, 'eng-advice-lighter-pain', { location: bodyPartText(lang, a.location) });
    case 'lighter_exhausted':
      return t(lang, 'eng-advice-lighter-exhausted');
    case 'lighter_unplanned':
      return t(lang, 'eng-advice-lighter-unplanned');
    case 'lighter_hard_easy':
      return t(lang, 'eng-advice-lighter-hard-easy');
    case 'fatigue_through':
      return t(lang, 'eng-advice-fatigue', { date: date(s, a.through) });
  }
}

export function refusalText(s: Speech, r: Refusal): string {
  const { lang } = s;
  switch (r.code) {
    case 'no_workout':
      return t(lang, 'eng-refused-no-workout', { date: date(s, r.date) });
    case 'race_not_skipped':
      return t(lang, 'eng-refused-race-not-skipped');
    case 'same_day':
      return t(lang, 'eng-refused-same-day');
    case 'past_day':
      return t(lang, 'eng-refused-past-day');
    case 'race_fixed':
      return t(lang, 'eng-refused-race-fixed');
    case 'after_race':
      return t(lang, 'eng-refused-after-race');
    case 'other_week':
      return t(lang, 'eng-refused-other-week', { title: workoutName(s, r.workout), date: date(s, r.weekStart) });
    case 'day_taken':
      return t(lang, 'eng-refused-day-taken', { date: date(s, r.date) });
    case 'hard_back_to_back':
      return t(lang, 'eng-refused-back-to-back', {
        title: inner(s, r.workout),
        date: date(s, r.date),
        other: inner(s, r.clash),
        otherDate: date(s, r.clashDate),
      });
    case 'days_past':
      return t(lang, 'eng-refused-days-past');
    case 'race_time_implausible':
      return t(lang, 'eng-refused-race-implausible', { distance: goal(s, r.distance), time: formatClock(r.timeSec) });
    case 'race_future':
      return t(lang, 'eng-refused-race-future', { date: date(s, r.date) });
    case 'race_stale':
      return t(lang, 'eng-refused-race-stale', { date: date(s, r.date) });
  }
}

export function warningText(s: Speech, w: PlanWarning): string {
  const { lang } = s;
  switch (w.code) {
    case 'low_volume':
      return t(lang, 'eng-warn-low-volume', { km: km(s, w.minKm) });
    case 'long_per_run':
      return t(lang, 'eng-warn-per-run', {
        weekly: km(s, w.weeklyKm),
        days: String(w.days),
        perRun: km(s, w.perRunKm),
        max: km(s, w.maxKm),
      });
    case 'time_cap':
      return t(lang, 'eng-warn-time-cap', {
        time: durationText(lang, w.minutes * 60),
        longest: km(s, w.longestKm),
        goal: goal(s, w.goal),
        ready: km(s, w.readyKm),
      });
    case 'build_short': {
      const options = [
        ...(w.shorter
          ? [t(lang, 'eng-warn-option-shorter', { goal: goal(s, w.shorter), date: date(s, w.raceDate) })]
          : []),
        ...(w.later
          ? [
              t(lang, 'eng-warn-option-later', {
                goal: goal(s, w.goal),
                date: date(s, w.later.date),
                weeks: w.later.weeks,
              }),
            ]
          : []),
      ];
      const [first, second] = options;
      const what = second
        ? t(lang, 'eng-warn-works-two', { first: first ?? '', second })
        : first
          ? t(lang, 'eng-warn-works-one', { first })
          : t(lang, 'eng-warn-build-first');
      const head = t(lang, 'eng-warn-build-short', {
        weekly: km(s, w.weeklyKm),
        longest: km(s, w.longestKm),
        date: date(s, w.raceDate),
        goal: goal(s, w.goal),
        ready: km(s, w.readyKm),
      });
      return [head, what, ...(w.limited ? [t(lang, 'eng-warn-limited')] : [])].join(' ');
    }
    case 'race_stale':
      return t(lang, 'eng-warn-race-stale', { distance: goal(s, w.distance), date: date(s, w.date) });
    case 'race_too_slow':
      return t(lang, 'eng-warn-race-too-slow');
    case 'goal_unchecked':
      return t(lang, 'eng-warn-goal-unchecked', { goal: goal(s, w.goal), time: formatClock(w.goalTimeSec) });
    case 'goal_beyond':
      return t(lang, 'eng-warn-goal-beyond', {
        goal: formatClock(w.goalTimeSec),
        goalVdot: num(s, w.goalVdot, 1),
        vdot: num(s, w.vdot, 1),
        time: formatClock(w.raceSec),
      });
    case 'text':
      // A plan stored before warnings were codes: its English sentence, or in other languages a generic note.
      return lang === 'en' ? w.text : t(lang, 'eng-warn-old');
  }
}

export function planErrorText(s: Speech, e: PlanError): string {
  const { lang } = s;
  switch (e.code) {
    case 'unknown_goal':
      return t(lang, 'eng-error-unknown-goal', { goal: e.goal });
    case 'bad_start_date':
      return t(lang, 'eng-error-bad-start-date', { value: e.value });
    case 'bad_race_date':
      return t(lang, 'eng-error-bad-race-date', { value: e.value });
    case 'race_before_start':
      return t(lang, 'eng-error-race-before-start', { race: date(s, e.raceDate), start: date(s, e.startDate) });
    case 'too_soon': {
      const args = {
        goal: goal(s, e.goal),
        min: e.minWeeks,
        race: date(s, e.raceDate),
        weeks: e.weeks,
        days: e.days,
        earliest: date(s, e.earliest),
      };
      return e.shorter
        ? t(lang, 'eng-error-too-soon-shorter', { ...args, shorter: goal(s, e.shorter) })
        : t(lang, 'eng-error-too-soon', args);
    }
    case 'too_far':
      return t(lang, 'eng-error-too-far', { max: e.maxWeeks, start: date(s, e.startAfter) });
    case 'bad_weekly_km':
      return t(lang, 'eng-error-weekly-km');
    case 'bad_days_per_week':
      return t(lang, 'eng-error-days-per-week');
    case 'bad_long_run_day':
      return t(lang, 'eng-error-long-run-day');
    case 'recent_race_after_start':
      return t(lang, 'eng-error-recent-race-after-start', {
        race: date(s, e.raceDate),
        start: date(s, e.startDate),
      });
    case 'recent_race_incomplete':
      return t(lang, 'eng-error-recent-race-incomplete');
    case 'recent_race_too_fast':
      return t(lang, 'eng-error-recent-race-too-fast', { distance: goal(s, e.distance), time: formatClock(e.timeSec) });
    case 'goal_time_invalid':
      return t(lang, 'eng-error-goal-time-invalid');
    case 'goal_time_too_fast':
      return t(lang, 'eng-error-goal-time-too-fast', { distance: goal(s, e.distance), time: formatClock(e.timeSec) });
  }
}

/** An engine refusal or plan error behind a failed tool (src/coach/tools/tool.ts). */
export function engineProblemText(s: Speech, p: { refusal: Refusal } | { planError: PlanError }): string {
  return 'refusal' in p ? refusalText(s, p.refusal) : planErrorText(s, p.planError);
}
