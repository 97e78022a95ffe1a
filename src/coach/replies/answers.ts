/**
 * Words for answers to runners' questions (answer_question) and the fixed, sourced texts for the common ones,
 * in the runner's language (locales/<lang>/answers.ftl, `ans-*`). Every number comes from the engine; every
 * piece of advice names where it comes from (the sources are in the texts).
 */
import { distanceText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { formatClock, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { Answer, PurposeKind, WeekReason } from '../tools/answers.ts';
import type { OutgoingMessage } from '../types.ts';
import { heartZoneLines } from './heart.ts';
import { goalName, pacesText } from './plan.ts';
import { workoutTitle } from './workout.ts';

/** Thomas, Erdman & Burke, "Nutrition and Athletic Performance", ACSM/AND/DC joint position (MSSE 2016). */
export function fuellingText(lang: Language = 'en'): string {
  return t(lang, 'ans-fuelling');
}

/** The "neck check": Eichner, Physician and Sportsmedicine 1993; Mayo Clinic, "Exercise and illness". */
export function coldText(lang: Language = 'en'): string {
  return t(lang, 'ans-cold');
}

/** Daniels' Running Formula: one easy day per 3 km raced before the next hard day (design.md, rule 16). */
export function parkrunText(lang: Language = 'en'): string {
  return t(lang, 'ans-parkrun');
}

const WEEK_REASON: Record<WeekReason, string> = {
  taper: 'ans-load-taper',
  race_week: 'ans-load-race',
  cutback: 'ans-load-cutback',
  adapted: 'ans-load-adapted',
  partial: 'ans-load-partial',
  first: 'ans-load-first',
  build: 'ans-load-build',
  steady: 'ans-load-steady',
};

/** What each kind of session is for: Daniels' Running Formula; Pfitzinger & Douglas, Advanced Marathoning. */
const PURPOSE: Record<PurposeKind, string> = {
  easy: 'ans-purpose-easy',
  recovery: 'ans-purpose-recovery',
  long: 'ans-purpose-long',
  tempo: 'ans-purpose-tempo',
  intervals: 'ans-purpose-intervals',
  marathon_pace: 'ans-purpose-marathon_pace',
  hills: 'ans-purpose-hills',
  race: 'ans-purpose-race',
  strides: 'ans-purpose-strides',
};

/** "VDOT 47.3" with the runner's decimal separator. */
function vdotText(lang: Language, vdot: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(vdot);
}

export function answerMessages(
  a: Answer,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const day = (date: string) => dayLabel(date, locale);
  switch (a.topic) {
    case 'fuelling':
      return [{ html: fuellingText(lang) }];
    case 'cold':
      return [{ html: coldText(lang) }];
    case 'parkrun':
      return [{ html: parkrunText(lang) }];
    case 'heart_rate':
      // The zone table's words are heart.ts's (another area), in the runner's language too; the advice around it is ours.
      if (a.known) return [{ html: [...heartZoneLines(a.heart, lang), '', t(lang, 'ans-hr-how')].join('\n') }];
      return [{ html: t(lang, 'ans-hr-unknown') }];
    case 'paces': {
      const lines = [pacesText(a.paces, units, lang)];
      if (a.paces && a.vdot) lines.push('', t(lang, 'ans-paces-vdot', { vdot: vdotText(lang, a.vdot) }));
      if (a.paces) lines.push(t(lang, 'ans-paces-tempo'));
      return [{ html: lines.join('\n') }];
    }
    case 'week_load': {
      const args = {
        date: escapeHtml(day(a.weekStart)),
        planned: distanceText(lang, a.totalKm, units),
        reason: t(lang, WEEK_REASON[a.reason]),
      };
      return [
        {
          html:
            a.previousKm !== null
              ? t(lang, 'ans-load-previous', { ...args, previous: distanceText(lang, a.previousKm, units) })
              : t(lang, 'ans-load', args),
        },
      ];
    }
    case 'workout_purpose':
      return [{ html: purposeText(a, units, lang, day) }];
    case 'race_fit':
      return [{ html: raceFitText(a, units, lang, day) }];
    case 'prediction': {
      if (!a.predictions) return [{ html: t(lang, 'ans-predict-unknown') }];
      const p = a.predictions[a.goal.distance];
      const lines = [
        escapeHtml(
          t(lang, 'ans-predict', {
            vdot: vdotText(lang, a.vdot ?? 0),
            goal: goalName(a.goal.distance, lang),
            time: formatClock(p ?? 0),
          }),
        ),
      ];
      if (a.goalTimeSec && p) {
        const time = formatClock(a.goalTimeSec);
        lines.push(escapeHtml(t(lang, a.goalTimeSec >= p ? 'ans-predict-within' : 'ans-predict-gap', { time })));
      }
      lines.push(t(lang, 'ans-predict-source'));
      return [{ html: lines.join('\n') }];
    }
  }
}

/**
 * What a kind of session is for; with a workout, the day and distance first. Asked about a kind ("what is the
 * long run for?"), the answer is about that kind and names the next one in the plan.
 */
function purposeText(
  a: Extract<Answer, { topic: 'workout_purpose' }>,
  units: Units,
  lang: Language,
  day: (date: string) => string,
): string {
  const w = a.workout;
  if (a.kind) {
    const next = w
      ? escapeHtml(t(lang, 'ans-purpose-next', { day: day(w.date), distance: distanceText(lang, w.distanceKm, units) }))
      : t(lang, 'ans-purpose-none-planned');
    return [t(lang, PURPOSE[a.kind]), next, t(lang, 'ans-purpose-source')].join('\n');
  }
  if (!w) return t(lang, 'ans-purpose-none');
  return [
    html`<b>${day(w.date)}: ${workoutTitle(w, lang)}</b> (${distanceText(lang, w.distanceKm, units)})`,
    // The engine's description is English; other languages get what the kind of session is for.
    lang === 'en' ? html`${w.description}` : t(lang, PURPOSE[w.type]),
  ].join('\n');
}

function raceFitText(
  a: Extract<Answer, { topic: 'race_fit' }>,
  units: Units,
  lang: Language,
  day: (date: string) => string,
): string {
  const date = day(a.date);
  const w = a.workout;
  const text = (key: string, args: Record<string, string | number> = {}) =>
    escapeHtml(t(lang, key, { day: date, ...args }));
  // Rule 16 counts long runs as hard days too: the next ones come after the easy days.
  const after =
    a.hardSoonAfter.length > 0
      ? ` ${text('ans-fit-then', {
          days: a.easyDaysAfter,
          sessions: a.hardSoonAfter
            .map((x) => t(lang, 'ans-fit-then-item', { workout: workoutTitle(x, lang), day: day(x.date) }))
            .join(', '),
        })}`
      : ` ${text('ans-fit-keep-easy', { days: a.easyDaysAfter })}`;
  const distance = distanceText(lang, w?.distanceKm ?? 0, units);
  switch (a.fit) {
    case 'before_plan':
      return text('ans-fit-passed');
    case 'after_race':
      return text('ans-fit-after-race');
    case 'too_close_to_goal':
      return text('ans-fit-too-close', { days: a.daysToGoal });
    case 'on_rest_day':
      return `${text('ans-fit-rest-day')}${after}`;
    case 'inside_long_run':
      return text('ans-fit-long-run', { distance });
    case 'instead_of_quality':
      return `${text('ans-fit-instead', { workout: w ? workoutTitle(w, lang) : t(lang, 'ans-fit-that-session') })}${after}`;
    case 'on_easy_day':
      return `${text('ans-fit-easy-day', { distance })}${after}`;
  }
}
