/** Workouts as a coach would write them, in the runner's units. */

import type { StoredWorkout, User } from '../../db/store/index.ts';
import { workoutFromRow } from '../../db/store/plans.ts';
import { distanceText, paceRangeText, weekdayText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { type Language, languageOf, localeOf } from '../../messages/languages.ts';
import { KM_PER_MILE, type Units } from '../../messages/units.ts';
import { addDays, dayLabel, localDate, weekdayOf, weekStart } from '../../time/local.ts';
import type { Weekday, WorkoutStep } from '../../training/types.ts';
import { type HeartProfile, workoutHrRange } from '../../training/zones/heart-rate.ts';
import { restingOn } from '../conversation/health.ts';
import type { Button, CoachContext, OutgoingMessage } from '../types.ts';

const TYPE_ICON: Record<StoredWorkout['type'], string> = {
  easy: '🟢',
  recovery: '🔵',
  long: '🟣',
  tempo: '🟠',
  intervals: '🔴',
  marathon_pace: '🟡',
  hills: '⛰️',
  race: '🏁',
};

const STATUS_MARK: Record<StoredWorkout['status'], string> = {
  planned: '',
  done: ' ✅',
  partial: ' ◐',
  skipped: ' ⏭',
  missed: ' ✗',
};

/** Short distances read better in metres: 0.4 km → "400 m". */
function stepDistance(lang: Language, km: number, units: Units): string {
  if (km < 1.5 && units === 'km') return t(lang, 'unit-metres', { m: String(Math.round(km * 1000)) });
  return distanceText(lang, km, units);
}

/** Repeats and their recoveries are track distances, in metres in either unit ("6 × 800 m", not "6 × 0.5 mi"). */
function repDistance(lang: Language, km: number, units: Units): string {
  if (units === 'mi' && Math.abs(km - KM_PER_MILE) < 0.01) return distanceText(lang, KM_PER_MILE, 'mi');
  return km < 3 ? t(lang, 'unit-metres', { m: String(Math.round(km * 1000)) }) : distanceText(lang, km, units);
}

const ZONE_KEYS: Record<WorkoutStep['zone'], string> = {
  easy: 'zone-easy',
  marathon: 'zone-marathon',
  threshold: 'zone-threshold',
  interval: 'zone-interval',
  repetition: 'zone-repetition',
  hill: 'zone-hill',
  stride: 'zone-stride',
  race: 'zone-race',
};

/** How each zone feels (Daniels' descriptions of each intensity, as src/training/plan/steps.ts writes them). */
const EFFORT_KEYS: Record<WorkoutStep['zone'], string> = {
  easy: 'effort-easy',
  marathon: 'effort-marathon',
  threshold: 'effort-threshold',
  interval: 'effort-interval',
  repetition: 'effort-repetition',
  hill: 'effort-hill',
  stride: 'effort-stride',
  race: 'effort-race',
};

/** "at 4:05/km (hard, …)" with a pace; "at interval pace (hard, …)" without: the effort always says how it feels. */
/** English keeps the engine's effort words (they may be the runner's own); other languages say the zone's. */
export function effortOf(lang: Language, step: WorkoutStep): string {
  return lang === 'en' ? step.effort : t(lang, EFFORT_KEYS[step.zone]);
}

function target(lang: Language, step: WorkoutStep, units: Units): string {
  const effort = effortOf(lang, step);
  const pace = step.pace ? paceRangeText(lang, step.pace.minSecPerKm, step.pace.maxSecPerKm, units) : '';
  if (step.zone === 'stride' || step.zone === 'hill') {
    return t(lang, step.zone === 'stride' ? 'step-strides-target' : 'step-uphill-target', {
      pace: pace || 'none',
      effort,
    });
  }
  return pace
    ? t(lang, 'step-at-pace', { pace, effort })
    : t(lang, 'step-at-zone', { zone: t(lang, ZONE_KEYS[step.zone]), effort });
}

function stepLine(lang: Language, st: WorkoutStep, units: Units): string {
  const pace = st.pace ? paceRangeText(lang, st.pace.minSecPerKm, st.pace.maxSecPerKm, units) : 'none';
  if (st.kind === 'warmup') return t(lang, 'step-warmup', { distance: stepDistance(lang, st.distanceKm, units), pace });
  if (st.kind === 'cooldown')
    return t(lang, 'step-cooldown', { distance: stepDistance(lang, st.distanceKm, units), pace });
  if (st.reps > 1) {
    // Strides walk back and hills jog down: their effort text says so already.
    const between =
      st.zone === 'stride' || st.zone === 'hill' || !st.recoveryKm
        ? ''
        : t(lang, 'step-jog-between', { distance: repDistance(lang, st.recoveryKm, units) });
    return t(lang, st.zone === 'stride' ? 'step-then' : 'step-main-set', {
      reps: st.reps,
      distance: repDistance(lang, st.distanceKm, units),
      target: target(lang, st, units),
      between,
    });
  }
  if (st.zone === 'easy') {
    return t(lang, 'step-easy', {
      distance: stepDistance(lang, st.distanceKm, units),
      pace,
      effort: effortOf(lang, st),
    });
  }
  return `${stepDistance(lang, st.distanceKm, units)} ${target(lang, st, units)}`;
}

/**
 * Steps as a runner reads them, in the runner's units: "Warm-up: 2 km easy", "Main set: 6 × 800 m at
 * 4:05/km (hard, …), 400 m easy jog between", "Cool-down: 2 km easy".
 */
export function describeSteps(w: { steps?: WorkoutStep[] }, units: Units, lang: Language = 'en'): string[] {
  return (w.steps ?? []).map((st) => stepLine(lang, st, units));
}

/**
 * Why the session is there. The engine's description repeats the steps in kilometres and ends with the purpose;
 * next to the steps (already in the runner's units) only the purpose is worth reading.
 */
export function purposeOf(description: string): string {
  const sentences = description.trim().split(/(?<=\.)\s+(?=[A-Z])/);
  return sentences.length > 1 ? (sentences[sentences.length - 1] ?? '') : description;
}

/** Why each session is there, in a runner's words (after Daniels' purposes of each intensity). */
export const PURPOSE_KEYS: Record<StoredWorkout['type'], string> = {
  easy: 'purpose-easy',
  recovery: 'purpose-recovery',
  long: 'purpose-long',
  tempo: 'purpose-tempo',
  intervals: 'purpose-intervals',
  marathon_pace: 'purpose-marathon-pace',
  hills: 'purpose-hills',
  race: 'purpose-race',
};

/**
 * The workout's name. The engine still writes an English title (issue 13 turns it into codes); other languages
 * name the session from its type and main set.
 */
export function workoutTitle(
  w: Pick<StoredWorkout, 'type' | 'title' | 'distanceKm'> & { steps?: WorkoutStep[] },
  lang: Language,
): string {
  if (lang === 'en') return w.title;
  const main = (w.steps ?? []).find((s) => s.kind === 'work') ?? (w.steps ?? []).find((s) => s.zone !== 'easy');
  const reps = main && main.reps > 1 ? main.reps : 0;
  const distance = main ? repDistance(lang, main.distanceKm, 'km') : '';
  switch (w.type) {
    case 'easy':
      return t(lang, main?.zone === 'stride' ? 'title-easy-strides' : 'title-easy');
    case 'recovery':
      return t(lang, 'title-recovery');
    case 'long':
      return t(lang, main?.zone === 'marathon' ? 'title-long-mp' : 'title-long');
    case 'tempo':
      return reps ? t(lang, 'title-cruise', { reps, distance }) : t(lang, 'title-tempo');
    case 'intervals':
      if (!reps) return t(lang, 'title-intervals');
      return t(lang, main?.zone === 'repetition' ? 'title-repetitions-set' : 'title-intervals-set', { reps, distance });
    case 'marathon_pace':
      return t(lang, 'title-marathon-pace');
    case 'hills':
      return reps ? t(lang, 'title-hills-set', { reps, distance }) : t(lang, 'title-hills');
    case 'race':
      return t(lang, 'title-race');
  }
}

export function workoutLine(w: StoredWorkout, units: Units, lang: Language = 'en', locale: string = lang): string {
  return html`${TYPE_ICON[w.type]} ${dayLabel(w.date, locale)}: ${workoutTitle(w, lang)}, ${distanceText(lang, w.distanceKm, units)}${STATUS_MARK[w.status]}`;
}

/** The full workout card: title, distance, the session's steps with paces, and why. */
export function workoutCard(
  w: StoredWorkout,
  units: Units,
  heading?: string,
  lang: Language = 'en',
  heart?: HeartProfile,
): string {
  const lines = [
    heading ? html`<b>${heading}</b>` : '',
    html`${TYPE_ICON[w.type]} <b>${workoutTitle(w, lang)}</b> · ${distanceText(lang, w.distanceKm, units)}${STATUS_MARK[w.status]}`,
  ].filter(Boolean);
  const steps = w.type === 'race' ? [] : describeSteps(w, units, lang);
  if (steps.length) lines.push(...steps.map((s) => html`• ${s}`));
  // Beside the paces (or, in an effort-only plan, the effort): the heart rate the main block is run at.
  const hr = heart && w.type !== 'race' ? workoutHrRange(heart, w) : null;
  if (hr) lines.push(t(lang, 'card-heart-rate', { min: String(hr.min), max: String(hr.max) }));
  // English keeps the engine's own description until it returns codes (issue 13); others say the purpose.
  const why =
    lang !== 'en'
      ? t(lang, PURPOSE_KEYS[w.type])
      : w.description
        ? steps.length || units === 'mi'
          ? purposeOf(w.description)
          : w.description
        : '';
  // In miles only the purpose: the engine's description counts kilometres, and the card already says the distance.
  if (why) lines.push('', html`<i>${why}</i>`);
  return lines.join('\n');
}

export function workoutButtons(w: StoredWorkout, today: string, lang: Language = 'en'): Button[][] {
  if (w.type === 'race') return [];
  const rows: Button[][] = [];
  const skip = { text: t(lang, 'btn-skip'), data: `skip:${w.date}` };
  const move = { text: t(lang, 'btn-move'), data: `move:${w.date}` };
  const fit = { text: t(lang, 'btn-fit'), data: `fit:${w.date}` };
  if (w.status === 'planned' && w.date <= today) {
    rows.push([{ text: t(lang, 'btn-done'), data: `done:${w.date}` }, skip, move, fit]);
  } else if (w.status === 'planned') {
    rows.push([skip, move, fit]);
  }
  // How it felt is asked after the run, never before it: a card still to run carries at most its four actions
  // (a Telegram card with eight buttons reads as a form, and "Hard" before the run invites a made-up effort).
  if (w.date <= today && (w.status === 'done' || w.status === 'partial')) {
    rows.push(feedbackRow(w.date, lang));
  }
  return rows;
}

export function feedbackRow(date: string, lang: Language = 'en'): Button[] {
  return [
    { text: t(lang, 'btn-rpe-easy'), data: `rpe:${date}:3` },
    { text: t(lang, 'btn-rpe-ok'), data: `rpe:${date}:5` },
    { text: t(lang, 'btn-rpe-hard'), data: `rpe:${date}:7` },
    { text: t(lang, 'btn-rpe-very-hard'), data: `rpe:${date}:9` },
    { text: t(lang, 'btn-in-words'), data: `words:${date}` },
  ];
}

export function restDayText(
  date: string,
  next: StoredWorkout | undefined,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): string {
  const lines = [html`<b>${t(lang, 'rest-day', { date: dayLabel(date, locale) })}</b>`, t(lang, 'rest-day-why')];
  // A skipped session is not what comes next.
  if (next && next.status !== 'skipped')
    lines.push('', t(lang, 'rest-day-next', { workout: workoutLine(next, units, lang, locale) }));
  return lines.join('\n');
}

/** Move buttons: the other days of the workout's week that are not in the past. */
export function moveChoices(ctx: CoachContext, date: string): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  const lang = languageOf(user);
  if (!user) return [{ html: t(lang, 'send-start-first') }];
  const w = ctx.store.plans.workoutOn(ctx.userId, date);
  const today = localDate(ctx.now(), user.timezone);
  if (w?.status !== 'planned') return [{ html: t(lang, 'feat-move-gone') }];
  const monday = weekStart(date);
  const days: Button[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    // Days while ill, injured or on a hold stay rest (reschedule_workout refuses them too).
    if (d === date || d < today || restingOn(user, d)) continue;
    const name = weekdayText(localeOf(user), weekdayOf(d) as Weekday, 'short').replace(/\.$/, '');
    days.push({ text: (name[0]?.toUpperCase() ?? '') + name.slice(1), data: `mv:${date}:${d}` });
  }
  if (days.length === 0) return [{ html: t(lang, 'feat-move-no-day') }];
  return [
    {
      html: t(lang, 'feat-move-which-day', { title: escapeHtml(workoutTitle(workoutFromRow(w), lang)) }),
      buttons: [days],
    },
  ];
}

export function unitsOf(user: User | undefined): Units {
  return user?.units ?? 'km';
}
