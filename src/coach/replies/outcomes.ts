/** Template replies for tool outcomes: what the offline coach, commands and buttons say after acting. */

import type { User } from '../../db/store/index.ts';
import { escapeHtml, html } from '../../messages/html.ts';
import { t } from '../../messages/i18n.ts';
import { languageOf, localeOf } from '../../messages/languages.ts';
import { formatClock, formatDistance, formatPace, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { PlanChange } from '../engine.ts';
import type { ToolData, ToolOutcome } from '../tools/index.ts';
import type { ToolName } from '../tools/schemas.ts';
import { failureText } from '../tools/tool.ts';
import type { OutgoingMessage } from '../types.ts';
import { answerMessages } from './answers.ts';
import { changesSentence } from './changes.ts';
import { checkInText } from './checkins.ts';
import { readable } from './engine-text.ts';
import { heartNumbers, heartZoneLines } from './heart.ts';
import { runProposal } from './media.ts';
import { planCreatedMessages } from './plan.ts';
import { messagesSetMessages, planChangedMessages, restoredMessages, returnMessages } from './plan-change.ts';
import { progressMessages } from './progress.ts';
import { arrivalText } from './questions.ts';
import { dayName } from './settings.ts';
import { spikeNote } from './spike.ts';
import { EFFORT_FITS, EFFORT_HARD, NOTED, pick, SAVED } from './variety.ts';
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
    const start = /^(.*?) → /.exec(prev.summary)?.[1];
    const skipped = /: skipped$/.test(c.summary);
    const summary = start && skipped ? `${start} → skipped` : c.summary;
    const seen = new Set(prev.reasons.map((r) => JSON.stringify(r)));
    const reasons = [...prev.reasons, ...c.reasons.filter((r) => !seen.has(JSON.stringify(r)))];
    byDate.set(c.date, { date: c.date, summary, reasons, fromKm: prev.fromKm, toKm: c.toKm });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether a days-a-week or long-run-day change reached the current plan. */
function planNote(d: ToolData<'update_profile'>): string {
  if (d.rebuilt) return '.';
  if (d.rebuildError) return html` (your current plan stays as it is: ${d.rebuildError})`;
  return ' (your next plan uses it).';
}

function changesText(changes: PlanChange[], units: Units): string {
  const net = netChanges(changes);
  if (net.length === 0) return '';
  const shown = net.slice(0, 8).map((c) => html`• ${dayLabel(c.date)}: ${readable(c.summary, units)}`);
  if (net.length > 8) shown.push(`• …and ${net.length - 8} more`);
  return shown.join('\n');
}

/** Why, in one sentence with numbers (src/coach/replies/changes.ts). */
function whyText(changes: PlanChange[], units: Units): string {
  const said = changesSentence(netChanges(changes), units);
  return said ? `<i>${said}</i>` : '';
}

export function renderOutcome(outcome: ToolOutcome, user: User | undefined): OutgoingMessage[] {
  const units: Units = user?.units ?? 'km';
  if (!outcome.result.ok) {
    const r = outcome.result;
    return [
      {
        html: r.message
          ? escapeHtml(failureText(languageOf(user), r, localeOf(user)))
          : html`${readable(r.error, units)}`,
      },
    ];
  }
  const render = renderers[outcome.name] as (data: unknown, units: Units, user: User | undefined) => OutgoingMessage[];
  return render(outcome.result.data, units, user);
}

type Renderers = { [N in ToolName]: (data: ToolData<N>, units: Units, user: User | undefined) => OutgoingMessage[] };

const renderers: Renderers = {
  change_plan: (d, units) => planChangedMessages(d, units),
  restore_workout: (d, units) => restoredMessages(d, units),
  set_messages: (d) => messagesSetMessages(d),
  answer_question: (d, units) => answerMessages(d, units),
  return_to_running: (d, units) => returnMessages(d, units),
  get_profile: (d, units) => [
    {
      html: [
        '<b>Your profile</b>',
        html`Time zone ${d.profile.timezone} · workouts at ${d.profile.morningTime} · check-in at ${d.profile.eveningTime}`,
        html`${d.profile.daysPerWeek} days a week · ${formatDistance(d.profile.weeklyKm, units)} a week now · long run on ${dayName(d.profile.longRunDay)}`,
        d.profile.recentRace
          ? html`Recent race: ${d.profile.recentRace.distance} in ${formatClock(d.profile.recentRace.timeSec)}`
          : 'No recent race yet (tell me one and I will set your paces).',
        ...heartProfileLines(d.profile),
      ].join('\n'),
    },
  ],
  update_profile: (d, units, user) => {
    const lines: string[] = d.changed.length ? [pick(SAVED, d.changed)] : [];
    if (d.raceConfirm) {
      const c = d.raceConfirm;
      lines.push(
        html`Your ${c.distance} in ${c.time} is slower than your current fitness: it would take your VDOT from ${c.vdotBefore.toFixed(1)} to ${c.vdotAfter.toFixed(1)} and slow every pace. Was it an all-out effort in fair conditions (no heat, hills, illness or holding back)?`,
      );
      if (d.planChanges.length) lines.push('', changesText(d.planChanges, units), whyText(d.planChanges, units));
      return [{ html: lines.filter(Boolean).join('\n') }];
    }
    if (d.raceRefused) lines.push(html`${readable(d.raceRefused, units)}`);
    const p = d.profile;
    let heartChanged = false;
    for (const key of d.changed) {
      if (key === 'timezone') lines.push(html`Time zone: ${p.timezone}`);
      if (key === 'morningTime') lines.push(arrivalText(languageOf(user), p.morningTime, p.timezone));
      if (key === 'eveningTime') lines.push(html`I'll check in at ${p.eveningTime}.`);
      if (key === 'units') lines.push(units === 'km' ? 'Distances in kilometres.' : 'Distances in miles.');
      if (key === 'daysPerWeek') lines.push(html`${p.daysPerWeek} running days a week${planNote(d)}`);
      if (key === 'weeklyKm') lines.push(html`Current volume: ${formatDistance(p.weeklyKm, units)} a week.`);
      if (key === 'maxHr' || key === 'restingHr' || key === 'lthrHr') heartChanged = true;
      if (key === 'longRunDay') lines.push(html`Long runs on ${dayName(p.longRunDay)}${planNote(d)}`);
      if (key === 'name') lines.push(html`Nice to meet you, ${p.name ?? ''}!`);
      if (key === 'recentRace' && p.recentRace) {
        lines.push(
          html`Race result noted: ${p.recentRace.distance} in ${formatClock(p.recentRace.timeSec)}${d.vdot ? ` (VDOT ${d.vdot.toFixed(1)})` : ''}.`,
        );
        if (d.planChanges.length) lines.push('Your paces are updated across the plan.', whyText(d.planChanges, units));
      }
    }
    if (heartChanged) {
      lines.push(html`Heart rate: ${heartNumbers(p) ?? ''}.`);
      const zones = heartZoneLines(p);
      lines.push(
        ...(zones.length
          ? zones
          : ['Tell me your maximum (or lactate-threshold) heart rate too and I can set your zones.']),
      );
    }
    if (d.rebuilt) lines.push('', ...planChangedMessages(d.rebuilt, units).map((m) => m.html));
    return [{ html: lines.join('\n') }];
  },
  create_plan: (d, units, user) => planCreatedMessages(d.plan, d.today, units, languageOf(user), localeOf(user)),
  get_workouts: (d, units) => {
    if (!d.hasPlan)
      return [
        {
          html: 'No plan yet. Tell me your goal race, or tap below.',
          buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
        },
      ];
    if (d.workouts.length === 0 && d.runs.length === 0)
      return [{ html: html`Nothing planned between ${dayLabel(d.from)} and ${dayLabel(d.to)}.` }];
    return [{ html: weekText(d, units) }];
  },
  log_run: (d, units) => {
    const r = d.run;
    const lines = [
      d.duplicate
        ? html`I already had this run: ${formatDistance(r.distanceKm, units)} in ${formatClock(r.durationSec)}.`
        : html`Logged: ${formatDistance(r.distanceKm, units)} in ${formatClock(r.durationSec)} (${formatPace(r.paceSecPerKm, units)}) on ${dayLabel(r.date)}.`,
    ];
    const w = d.match.workout;
    if (w && d.match.status === 'done') lines.push(html`That covers <b>${w.title}</b>. ✅ Well done!`);
    else if (w && d.match.status === 'partial')
      lines.push(
        html`That's part of <b>${w.title}</b> (${formatDistance(w.distanceKm, units)} planned): counted as partial.`,
      );
    else if (w) lines.push(html`The plan had <b>${w.title}</b> that day; I counted this one as an extra run.`);
    else if (!d.checkIns.some((c) => c.code === 'rest_day'))
      lines.push('No workout was planned that day, so it counts as an extra run.');
    if (d.checkIns.length) lines.push('', ...d.checkIns.map(checkInText));
    if (d.spike) {
      lines.push('', html`${spikeNote(d.spike, units, d.loadChanges.length > 0)}`);
      if (d.loadChanges.length) lines.push(changesText(d.loadChanges, units));
    } else if (d.loadChanges.length) {
      // A load spike (7-day over 28-day load above 1.5): the week ahead is lighter, said with its numbers.
      lines.push('', 'I adjusted the coming days:', changesText(d.loadChanges, units), whyText(d.loadChanges, units));
    }
    return [{ html: lines.join('\n'), buttons: d.duplicate || r.rpe ? [] : [feedbackRow(r.date)] }];
  },
  propose_run: (d, units) => runProposal(d, units),
  complete_workout: (d, _units, user) => [
    {
      html: t(languageOf(user), 'done-marked', { title: escapeHtml(workoutTitle(d.workout, languageOf(user))) }),
      buttons: [feedbackRow(d.workout.date, languageOf(user))],
    },
  ],
  record_feedback: (d, units) => {
    // With pain, the number that matters is the pain's; an effort the runner did not give is never shown.
    const effort = d.rpe !== null ? `effort ${d.rpe}/10` : null;
    const noted = d.pain
      ? html`${pick(NOTED, d)}: ${d.pain.location} pain ${d.pain.severity}/10${effort ? `, ${effort}` : ''}${d.feeling ? `, feeling ${d.feeling}` : ''}.`
      : effort
        ? html`Thanks, noted: ${effort}${d.feeling ? `, ${d.feeling}` : ''}.`
        : html`${pick(NOTED, d)}: feeling ${d.feeling ?? 'noted'}.`;
    const lines = [noted];
    // The engine's plain acknowledgements ("Noted, thanks. Keep it up.") repeat the first line; real advice stays.
    const advice = d.advice && !d.stopRunning && !/^Noted\b/.test(d.advice) ? readable(html`${d.advice}`, units) : null;
    if (d.stopRunning) {
      lines.push(
        '',
        '<b>Please stop running on it for now.</b> Pain at that level is a reason to see a physiotherapist or a sports doctor before training again. I have taken the runs off your plan for the next days; tell me when you have been seen and how it is.',
      );
    } else if (d.changes.length) {
      lines.push('', 'I adjusted the coming days:', changesText(d.changes, units), whyText(d.changes, units));
    } else if (!advice && d.rpe !== null && !d.pain) {
      lines.push(d.rpe <= 6 ? pick(EFFORT_FITS, d) : pick(EFFORT_HARD, d));
    }
    if (advice) {
      if (d.changes.length) lines.push('', advice);
      else lines.push(advice);
    }
    return [{ html: lines.join('\n').trim() }];
  },
  reschedule_workout: (d, units) => {
    if (d.changes.length === 0) return [{ html: 'Nothing to move: the plan already looks like that.' }];
    const { date, newDate } = d.subject;
    // One sentence for the move itself, not a line per day and a "moved to / moved from" echo of it.
    const landed = d.changes.find((c) => c.date === newDate);
    const what = landed && /(?:^now |→ )(.+)$/.exec(landed.summary)?.[1];
    const lines = [
      date && newDate
        ? html`${pick(SAVED, d.subject)} ${what ? readable(what, units) : 'The workout'} moves from ${dayLabel(date)} to <b>${dayLabel(newDate)}</b>.`
        : 'Done.',
    ];
    const others = d.changes
      .filter((c) => c.date !== date && c.date !== newDate)
      .map((c) => ({ ...c, reasons: c.reasons.filter((r) => r.code !== 'moved_to' && r.code !== 'moved_from') }));
    if (others.length) lines.push('', 'To keep the week balanced:', changesText(others, units), whyText(others, units));
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  skip_workout: (d, units) => {
    const lines = [
      d.subject.date
        ? html`Skipped ${dayLabel(d.subject.date)}. No guilt: one session never makes or breaks a plan.`
        : 'Skipped.',
    ];
    const others = d.changes.filter((c) => c.date !== d.subject.date);
    if (others.length) lines.push('', 'To keep the week balanced:', changesText(others, units), whyText(others, units));
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  adjust_plan: (d, units) => {
    const opening: Record<string, string> = {
      illness: 'Get well soon. Rest first: no running while you have a fever or chest symptoms.',
      injury:
        'Sorry to hear it. I have taken the pressure off; if it hurts to walk, or gets worse, see a physiotherapist.',
      fatigue: 'Listening to fatigue is smart training.',
      travel: 'Safe travels! I kept what matters most for the days you have.',
      busy: 'Busy weeks happen. I kept what matters most for the days you have.',
    };
    const lines = [opening[d.subject.reason ?? ''] ?? 'Plan adjusted.'];
    if (d.changes.length) lines.push('', changesText(d.changes, units), whyText(d.changes, units));
    else lines.push('No planned workouts were affected.');
    if (d.advice) lines.push('', readable(html`${d.advice}`, units));
    return [{ html: lines.filter(Boolean).join('\n') }];
  },
  get_progress: (d, units) => progressMessages(d.report, units),
};

/** The profile's heart-rate lines: the numbers and zones, or nothing when the runner gave none. */
function heartProfileLines(p: { maxHr: number | null; restingHr: number | null; lthrHr: number | null }): string[] {
  const numbers = heartNumbers(p);
  return numbers ? [html`Heart rate: ${numbers}`, ...heartZoneLines(p)] : [];
}
