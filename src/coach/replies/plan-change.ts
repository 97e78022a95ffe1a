/** Words for changes to the current plan: a rebuilt plan, a workout put back, the return to running. */
import { distanceText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import type { Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { MessagesSet } from '../tools/messages.ts';
import type { PlanChanged, ReturnToRunning, WorkoutRestored } from '../tools/plan-change.ts';
import type { OutgoingMessage } from '../types.ts';
import { warningText } from './engine-words.ts';
import { dayName } from './settings.ts';
import { workoutLine, workoutTitle } from './workout.ts';

function weekLines(d: PlanChanged, units: Units, lang: Language, locale: string): string[] {
  // Only the weeks whose volume moved: "15 km → 15 km" says nothing.
  const km = (x: number) => distanceText(lang, x, units);
  const moved = (key: 'out-week-this' | 'out-week-next', before: number, after: number) =>
    km(before) === km(after) ? null : t(lang, key, { before: km(before), after: km(after) });
  const volume = [
    moved('out-week-this', d.before.thisWeekKm, d.after.thisWeekKm),
    moved('out-week-next', d.before.nextWeekKm, d.after.nextWeekKm),
  ].filter((x): x is string => x !== null);
  const said = volume.join('; ');
  const lines = said ? [`${said.charAt(0).toUpperCase()}${said.slice(1)}.`] : [];
  const coming = d.thisWeek.filter((w) => w.date >= d.today);
  if (coming.length) lines.push('', ...coming.map((w) => workoutLine(w, units, lang, locale)));
  if (d.warnings.length)
    lines.push('', ...d.warnings.map((w) => html`⚠️ ${warningText({ lang, units, locale, today: d.today }, w)}`));
  return lines;
}

export function planChangedMessages(
  d: PlanChanged,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const what: string[] = [];
  for (const key of d.changed) {
    if (key === 'raceDate')
      what.push(t(lang, 'out-what-race-day', { date: dayLabel(d.after.raceDate, locale), weeks: d.after.weeksLeft }));
    if (key === 'goalTimeSec')
      what.push(
        d.after.goalTime
          ? t(lang, 'out-what-goal-time', { time: escapeHtml(d.after.goalTime) })
          : t(lang, 'out-what-no-goal-time'),
      );
    if (key === 'daysPerWeek') what.push(t(lang, 'out-what-days', { n: d.after.daysPerWeek }));
    if (key === 'longRunDay') what.push(t(lang, 'out-what-long-run-day', { day: dayName(d.after.longRunDay, locale) }));
    if (key === 'weeklyKm') what.push(t(lang, 'out-what-weekly'));
  }
  return [
    {
      html: [t(lang, 'out-plan-rebuilt', { what: what.join(', ') }), ...weekLines(d, units, lang, locale)].join('\n'),
      buttons: [[{ text: t(lang, 'btn-this-week'), data: 'week' }]],
    },
  ];
}

export function returnMessages(
  d: ReturnToRunning,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  if (!d.rebuilt || d.today === undefined) {
    return [
      {
        html: t(lang, 'out-return-as-is'),
        buttons: [[{ text: t(lang, 'btn-today-workout'), data: 'today' }]],
      },
    ];
  }
  const today = d.today;
  const km = (x: number | undefined) => distanceText(lang, x ?? 0, units);
  const paces = d.vdotLoss ? t(lang, 'out-return-paces', { loss: d.vdotLoss }) : '';
  const lines = [
    t(lang, 'out-return', { first: km(d.firstWeekKm), ref: km(d.refKm), second: km(d.secondWeekKm), paces }),
  ];
  const coming = (d.thisWeek ?? []).filter((w) => w.date >= today);
  if (coming.length) lines.push('', ...coming.map((w) => workoutLine(w, units, lang, locale)));
  return [{ html: lines.join('\n') }];
}

export function restoredMessages(
  d: WorkoutRestored,
  units: Units,
  lang: Language = 'en',
  locale: string = lang,
): OutgoingMessage[] {
  const lines = [
    t(lang, 'out-restored', {
      date: dayLabel(d.date, locale),
      title: escapeHtml(workoutTitle(d.workout, lang)),
      distance: distanceText(lang, d.workout.distanceKm, units),
    }),
  ];
  if (d.movedBackFrom) lines.push(t(lang, 'out-restored-moved-back', { date: dayLabel(d.movedBackFrom, locale) }));
  if (d.asEasy) lines.push(t(lang, 'out-restored-as-easy'));
  return [{ html: lines.join('\n') }];
}

const KIND_KEYS: Record<MessagesSet['kinds'][number], string> = {
  morning: 'out-kind-morning',
  evening: 'out-kind-evening',
  weekly: 'out-kind-weekly',
};

export function messagesSetMessages(d: MessagesSet, lang: Language = 'en', locale: string = lang): OutgoingMessage[] {
  const names = d.kinds.map((k) => t(lang, KIND_KEYS[k]));
  // "a, b and c": British English has no serial comma, as the English replies always read.
  const list = new Intl.ListFormat(lang === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(names);
  if (d.paused) {
    const kind = d.kinds.length === 1 ? (d.kinds[0] ?? 'my') : 'my';
    return [{ html: t(lang, 'out-messages-paused', { list, kind }) }];
  }
  return [{ html: t(lang, 'out-messages-back', { list }) }];
}
