/** Template replies for tool outcomes: what the offline coach, commands and buttons say after acting. */

import type { User } from '../../db/store/index.ts';
import { bodyPartText } from '../../messages/body.ts';
import { encode } from '../../messages/callback-data.ts';
import { distanceText, paceText } from '../../messages/format.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { type Language, languageOf, localeOf } from '../../messages/languages.ts';
import { formatClock, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { GoalDistance } from '../../training/types.ts';
import type { PlanChange } from '../engine.ts';
import type { ToolData, ToolOutcome } from '../tools/index.ts';
import type { ToolName } from '../tools/schemas.ts';
import { failureText } from '../tools/tool.ts';
import type { Button, OutgoingMessage } from '../types.ts';
import { answerMessages } from './answers.ts';
import { changesSentence } from './changes.ts';
import { checkInText } from './checkins.ts';
import { adviceText, changeText, ENGLISH, landedText, refusalText, speechOf } from './engine-words.ts';
import { heartNumbers, heartZoneLines } from './heart.ts';
import { runProposal } from './media.ts';
import { planCreatedMessages } from './plan.ts';
import { messagesSetMessages, planChangedMessages, restoredMessages, returnMessages } from './plan-change.ts';
import { progressMessages } from './progress.ts';
import { arrivalText } from './questions.ts';
import { dayName } from './settings.ts';
import { spikeNote } from './spike.ts';
import { EFFORT_FITS, EFFORT_HARD, NOTED, SAVED, say } from './variety.ts';
import { weekText } from './week.ts';
import { feedbackRow, workoutTitle } from './workout.ts';

/**
 * One line a day, in date order. The engine may touch a day twice in one adaptation (shortened, then skipped):
 * the runner sees where the day ends up, "Long run 3.7 km → skipped", not two contradicting lines.
 */
function netChanges(changes: PlanChange[]): PlanChange[] {
  const byDate = new Map<string, PlanChange>();
  for (const c of changes) {
    const prev = byDate.get(c.date);
    if (!prev) {
      byDate.set(c.date, c);
      continue;
    }
    const seen = new Set(prev.reasons.map((r) => JSON.stringify(r)));
    const reasons = [...prev.reasons, ...c.reasons.filter((r) => !seen.has(JSON.stringify(r)))];
    const [before, after] = [prev.before, c.after];
    const summary = changeText(ENGLISH, before, after);
    byDate.set(c.date, { date: c.date, summary, before, after, reasons, fromKm: prev.fromKm, toKm: c.toKm });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether a days-a-week or long-run-day change reached the current plan. */
function planNote(d: ToolData<'update_profile'>, lang: Language): string {
  if (d.rebuilt) return t(lang, 'out-plan-note-rebuilt');
  if (d.rebuildError) return t(lang, 'out-plan-note-error', { error: escapeHtml(failureText(lang, d.rebuildError)) });
  return t(lang, 'out-plan-note-next');
}

/** Who the reply is for: their units, language and the locale of their dates. */
interface Reader {
  units: Units;
  lang: Language;
  locale: string;
}

function changesText(changes: PlanChange[], units: Units, r: Reader): string {
  const net = netChanges(changes);
  if (net.length === 0) return '';
  const dayLabelOf = (date: string) => dayLabel(date, r.locale);
  const shown = net
    .slice(0, 8)
    .map(
      (c) => html`• ${dayLabelOf(c.date)}: ${changeText({ lang: r.lang, units, locale: r.locale }, c.before, c.after)}`,
    );
  if (net.length > 8) shown.push(t(r.lang, 'out-more-days', { n: net.length - 8 }));
  return shown.join('\n');
}

/** Why, in one sentence with numbers (src/coach/replies/changes.ts). */
function whyText(changes: PlanChange[], r: Reader): string {
  const said = changesSentence(netChanges(changes), r.units, r.lang, r.locale);
  return said ? `<i>${said}</i>` : '';
}

/** A race distance as the runner's language names it ("10K", "полумарафон"). */
const GOAL_KEYS: Record<GoalDistance, string> = {
  '5k': 'goal-5k',
  '10k': 'goal-10k',
  half: 'goal-half',
  marathon: 'goal-marathon',
};

/** A VDOT with one decimal, in the runner's digits ("45.0", "45,0"). */
function vdotText(lang: Language, vdot: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(vdot);
}

export function renderOutcome(outcome: ToolOutcome, user: User | undefined): OutgoingMessage[] {
  const units: Units = user?.units ?? 'km';
  const reader: Reader = { units, lang: languageOf(user), locale: localeOf(user) };
  if (!outcome.result.ok) return [{ html: escapeHtml(failureText(reader.lang, outcome.result, reader.locale, units)) }];
  const render = renderers[outcome.name] as (
    data: unknown,
    units: Units,
    user: User | undefined,
    r: Reader,
  ) => OutgoingMessage[];
  return render(outcome.result.data, units, user, reader).map((m) => ({ ...m, html: tidyStops(m.html) }));
}

/**
 * One full stop where a sentence ends on an abbreviated date: Intl writes "3 дек.", "So., 6. Dez." and "jeu. 3 déc.",
 * and the sentence adds its own stop ("…на <b>вс, 6 дек.</b>." reads as a typo).
 */
function tidyStops(text: string): string {
  return text.replace(/(?<!\.)\.((?:<\/[a-z]+>)*)\.(?!\.)/g, '.$1');
}

type Renderers = {
  [N in ToolName]: (data: ToolData<N>, units: Units, user: User | undefined, r: Reader) => OutgoingMessage[];
};

const renderers: Renderers = {
  change_plan: (d, units, _user, r) => planChangedMessages(d, units, r.lang, r.locale),
  restore_workout: (d, units, _user, r) => restoredMessages(d, units, r.lang, r.locale),
  set_messages: (d, _units, _user, r) => messagesSetMessages(d, r.lang, r.locale),
  answer_question: (d, units, _user, r) => answerMessages(d, units, r.lang, r.locale),
  return_to_running: (d, units, _user, r) => returnMessages(d, units, r.lang, r.locale),
  get_profile: (d, units, _user, { lang, locale }) => {
    const p = d.profile;
    return [
      {
        html: [
          t(lang, 'out-profile-title'),
          t(lang, 'out-profile-times', { zone: p.timezone, morning: p.morningTime, evening: p.eveningTime }),
          t(lang, 'out-profile-volume', {
            days: p.daysPerWeek,
            distance: distanceText(lang, p.weeklyKm, units),
            day: dayName(p.longRunDay, locale),
          }),
          p.recentRace
            ? t(lang, 'out-profile-race', {
                race: t(lang, GOAL_KEYS[p.recentRace.distance]),
                time: formatClock(p.recentRace.timeSec),
              })
            : t(lang, 'out-profile-no-race'),
          ...heartProfileLines(p, lang),
        ].join('\n'),
      },
    ];
  },
  update_profile: (d, units, _user, r) => {
    const { lang, locale } = r;
    const lines: string[] = d.changed.length ? [say(lang, SAVED, d.changed)] : [];
    if (d.raceConfirm) {
      const c = d.raceConfirm;
      lines.push(
        t(lang, 'out-race-confirm', {
          race: t(lang, GOAL_KEYS[c.distance]),
          time: escapeHtml(c.time),
          before: vdotText(lang, c.vdotBefore),
          after: vdotText(lang, c.vdotAfter),
        }),
      );
      if (d.planChanges.length) lines.push('', changesText(d.planChanges, units, r), whyText(d.planChanges, r));
      return [{ html: lines.filter(Boolean).join('\n'), buttons: [raceConfirmRow(lang)] }];
    }
    if (d.raceRefused) lines.push(html`${refusalText({ lang, units, locale }, d.raceRefused)}`);
    const p = d.profile;
    let heartChanged = false;
    for (const key of d.changed) {
      if (key === 'timezone') lines.push(t(lang, 'out-timezone-set', { zone: p.timezone }));
      if (key === 'morningTime') lines.push(arrivalText(lang, p.morningTime, p.timezone));
      if (key === 'eveningTime') lines.push(t(lang, 'out-evening-set', { time: p.eveningTime }));
      if (key === 'units') lines.push(t(lang, units === 'km' ? 'out-units-km' : 'out-units-mi'));
      if (key === 'daysPerWeek') lines.push(t(lang, 'out-days-set', { n: p.daysPerWeek, note: planNote(d, lang) }));
      if (key === 'weeklyKm')
        lines.push(t(lang, 'out-volume-set', { distance: distanceText(lang, p.weeklyKm, units) }));
      if (key === 'maxHr' || key === 'restingHr' || key === 'lthrHr') heartChanged = true;
      if (key === 'longRunDay')
        lines.push(t(lang, 'out-long-run-day-set', { day: dayName(p.longRunDay, locale), note: planNote(d, lang) }));
      if (key === 'name') lines.push(t(lang, 'out-name-set', { name: escapeHtml(p.name ?? '') }));
      if (key === 'recentRace' && p.recentRace) {
        const race = t(lang, GOAL_KEYS[p.recentRace.distance]);
        const time = formatClock(p.recentRace.timeSec);
        lines.push(
          d.vdot
            ? t(lang, 'out-race-noted-vdot', { race, time, vdot: vdotText(lang, d.vdot) })
            : t(lang, 'out-race-noted', { race, time }),
        );
        if (d.planChanges.length) lines.push(t(lang, 'out-paces-updated'), whyText(d.planChanges, r));
      }
    }
    if (heartChanged) {
      lines.push(t(lang, 'out-heart-set', { numbers: heartNumbers(p, lang) ?? '' }));
      const zones = heartZoneLines(p, lang);
      lines.push(...(zones.length ? zones : [t(lang, 'out-heart-ask-max')]));
    }
    if (d.rebuilt) lines.push('', ...planChangedMessages(d.rebuilt, units, lang, locale).map((m) => m.html));
    return [{ html: lines.join('\n') }];
  },
  create_plan: (d, units, user) => planCreatedMessages(d.plan, d.today, units, languageOf(user), localeOf(user)),
  get_workouts: (d, units, _user, { lang, locale }) => {
    if (!d.hasPlan)
      return [
        {
          html: t(lang, 'out-no-plan'),
          buttons: [[{ text: t(lang, 'btn-setup-plan'), data: 'setup:go' }]],
        },
      ];
    if (d.workouts.length === 0 && d.runs.length === 0)
      return [{ html: t(lang, 'out-nothing-planned', { from: dayLabel(d.from, locale), to: dayLabel(d.to, locale) }) }];
    return [{ html: weekText(d, units, lang, locale) }];
  },
  log_run: (d, units, _user, reader) => {
    const { lang, locale } = reader;
    const r = d.run;
    const distance = distanceText(lang, r.distanceKm, units);
    const time = formatClock(r.durationSec);
    const lines = [
      d.duplicate
        ? t(lang, 'out-run-duplicate', { distance, time })
        : t(lang, 'out-run-logged', {
            distance,
            time,
            pace: paceText(lang, r.paceSecPerKm, units),
            date: dayLabel(r.date, locale),
          }),
    ];
    const w = d.match.workout;
    const title = w ? escapeHtml(workoutTitle(w, lang)) : '';
    if (w && d.match.status === 'done') lines.push(t(lang, 'out-run-covers', { title }));
    else if (w && d.match.status === 'partial')
      lines.push(t(lang, 'out-run-partial', { title, planned: distanceText(lang, w.distanceKm, units) }));
    else if (w) lines.push(t(lang, 'out-run-extra-planned', { title }));
    else if (!d.checkIns.some((c) => c.code === 'rest_day')) lines.push(t(lang, 'out-run-extra'));
    if (d.checkIns.length) lines.push('', ...d.checkIns.map((c) => checkInText(c, lang, locale)));
    if (d.spike) {
      lines.push('', spikeNote(d.spike, units, d.loadChanges.length > 0, lang));
      if (d.loadChanges.length) lines.push(changesText(d.loadChanges, units, reader));
    } else if (d.loadChanges.length) {
      // A load spike (7-day over 28-day load above 1.5): the week ahead is lighter, said with its numbers.
      lines.push(
        '',
        t(lang, 'out-adjusted-coming'),
        changesText(d.loadChanges, units, reader),
        whyText(d.loadChanges, reader),
      );
    }
    return [{ html: lines.join('\n'), buttons: d.duplicate || r.rpe ? [] : [feedbackRow(r.date, lang)] }];
  },
  propose_run: (d, units, user) => runProposal(d, units, languageOf(user), localeOf(user)),
  complete_workout: (d, _units, user) => [
    {
      html: t(languageOf(user), 'done-marked', { title: escapeHtml(workoutTitle(d.workout, languageOf(user))) }),
      buttons: [feedbackRow(d.workout.date, languageOf(user))],
    },
  ],
  record_feedback: (d, units, user, reader) => {
    const { lang } = reader;
    // With pain, the number that matters is the pain's; an effort the runner did not give is never shown.
    const effort = d.rpe !== null ? t(lang, 'out-effort', { rpe: String(d.rpe) }) : null;
    const feeling = d.feeling ? feelingText(lang, d.feeling) : null;
    const noted = d.pain
      ? t(lang, 'out-noted', {
          noted: say(lang, NOTED, d),
          details: [
            t(lang, 'out-pain-felt', {
              location: escapeHtml(bodyPartText(lang, d.pain.location)),
              severity: String(d.pain.severity),
            }),
            effort,
            feeling ? t(lang, 'out-feeling', { feeling }) : null,
          ]
            .filter(Boolean)
            .join(', '),
        })
      : effort
        ? t(lang, 'out-noted-effort', { details: [effort, feeling].filter(Boolean).join(', ') })
        : t(lang, 'out-noted', {
            noted: say(lang, NOTED, d),
            details: feeling ? t(lang, 'out-feeling', { feeling }) : t(lang, 'out-feeling-noted'),
          });
    const lines = [noted];
    // The engine's plain acknowledgements ("Noted, thanks. Keep it up.", "Noted: a hard run on a day off") repeat
    // the first line; real advice stays.
    const quiet = d.advice?.code === 'noted' || d.advice?.code === 'lighter_unplanned';
    const advice = d.advice && !d.stopRunning && !quiet ? html`${adviceText(speechOf(user), d.advice)}` : null;
    if (d.stopRunning) {
      lines.push('', t(lang, 'out-stop-running'));
    } else if (d.changes.length) {
      lines.push('', t(lang, 'out-adjusted-coming'), changesText(d.changes, units, reader), whyText(d.changes, reader));
    } else if (!advice && d.rpe !== null && !d.pain) {
      lines.push(d.rpe <= 6 ? say(lang, EFFORT_FITS, d) : say(lang, EFFORT_HARD, d));
    }
    if (advice) {
      if (d.changes.length) lines.push('', advice);
      else lines.push(advice);
    }
    return [{ html: lines.join('\n').trim() }];
  },
  reschedule_workout: (d, units, _user, reader) => {
    const { lang, locale } = reader;
    if (d.changes.length === 0) return [{ html: t(lang, 'out-nothing-to-move') }];
    const { date, newDate } = d.subject;
    // One sentence for the move itself, not a line per day and a "moved to / moved from" echo of it.
    const landed = d.changes.find((c) => c.date === newDate);
    const what = landed ? landedText({ lang, units, locale }, landed.after) : null;
    const workout = what ?? t(lang, 'out-the-workout');
    const lines = [
      date && newDate
        ? t(lang, 'out-moved', {
            saved: say(lang, SAVED, d.subject),
            workout,
            from: dayLabel(date, locale),
            to: dayLabel(newDate, locale),
          })
        : t(lang, 'out-done'),
    ];
    const others = d.changes
      .filter((c) => c.date !== date && c.date !== newDate)
      .map((c) => ({ ...c, reasons: c.reasons.filter((r) => r.code !== 'moved_to' && r.code !== 'moved_from') }));
    if (others.length)
      lines.push('', t(lang, 'out-balanced'), changesText(others, units, reader), whyText(others, reader));
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  skip_workout: (d, units, _user, reader) => {
    const { lang, locale } = reader;
    const lines = [
      d.subject.date ? t(lang, 'out-skipped-day', { date: dayLabel(d.subject.date, locale) }) : t(lang, 'out-skipped'),
    ];
    const others = d.changes.filter((c) => c.date !== d.subject.date);
    if (others.length)
      lines.push('', t(lang, 'out-balanced'), changesText(others, units, reader), whyText(others, reader));
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  adjust_plan: (d, units, _user, reader) => {
    const { lang } = reader;
    const opening: Record<string, string> = {
      illness: 'out-adjust-illness',
      injury: 'out-adjust-injury',
      fatigue: 'out-adjust-fatigue',
      travel: 'out-adjust-travel',
      busy: 'out-adjust-busy',
    };
    const lines = [t(lang, opening[d.subject.reason ?? ''] ?? 'out-adjust-other')];
    if (d.changes.length) lines.push('', changesText(d.changes, units, reader), whyText(d.changes, reader));
    else lines.push(t(lang, 'out-adjust-none'));
    if (d.advice) lines.push('', html`${adviceText({ lang, units, locale: reader.locale }, d.advice)}`);
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  get_progress: (d, units, user) => progressMessages(d.report, units, languageOf(user), localeOf(user)),
};

/** The profile's heart-rate lines: the numbers and zones, or nothing when the runner gave none. */
function heartProfileLines(
  p: { maxHr: number | null; restingHr: number | null; lthrHr: number | null },
  lang: Language,
): string[] {
  const numbers = heartNumbers(p, lang);
  return numbers ? [t(lang, 'out-heart-profile', { numbers }), ...heartZoneLines(p, lang)] : [];
}

/** How the runner felt (tools/schemas.ts FEELINGS), as their language says it. */
const FEELING_KEYS: Record<string, string> = {
  great: 'out-feel-great',
  good: 'out-feel-good',
  ok: 'out-feel-ok',
  tired: 'out-feel-tired',
  exhausted: 'out-feel-exhausted',
};

function feelingText(lang: Language, feeling: string): string {
  const key = FEELING_KEYS[feeling];
  return key ? t(lang, key) : escapeHtml(feeling);
}

/** The answers to "was it all-out, in fair conditions?" as buttons: they send the same words a runner would type. */
function raceConfirmRow(lang: Language): Button[] {
  return [
    { text: t(lang, 'out-btn-race-yes'), data: encode({ a: 'race', yes: true }) },
    { text: t(lang, 'out-btn-race-no'), data: encode({ a: 'race', yes: false }) },
  ];
}
