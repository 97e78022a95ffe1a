/** Words for changes to the current plan: a rebuilt plan, a workout put back, the return to running. */
import { html } from '../../messages/html.ts';
import { formatDistance, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';
import type { MessagesSet } from '../tools/messages.ts';
import type { PlanChanged, ReturnToRunning, WorkoutRestored } from '../tools/plan-change.ts';
import type { OutgoingMessage } from '../types.ts';
import { warningText } from './engine-words.ts';
import { dayName } from './settings.ts';
import { workoutLine } from './workout.ts';

function weekLines(d: PlanChanged, units: Units): string[] {
  // Only the weeks whose volume moved: "15 km → 15 km" says nothing.
  const moved = (label: string, before: number, after: number) =>
    formatDistance(before, units) === formatDistance(after, units)
      ? null
      : html`${label}: ${formatDistance(before, units)} → ${formatDistance(after, units)}`;
  const volume = [
    moved('This week', d.before.thisWeekKm, d.after.thisWeekKm),
    moved('next week', d.before.nextWeekKm, d.after.nextWeekKm),
  ].filter((x): x is string => x !== null);
  const said = volume.join('; ');
  const lines = said ? [`${said.charAt(0).toUpperCase()}${said.slice(1)}.`] : [];
  const coming = d.thisWeek.filter((w) => w.date >= d.today);
  if (coming.length) lines.push('', ...coming.map((w) => workoutLine(w, units)));
  if (d.warnings.length)
    lines.push('', ...d.warnings.map((w) => html`⚠️ ${warningText({ lang: 'en', units, today: d.today }, w)}`));
  return lines;
}

export function planChangedMessages(d: PlanChanged, units: Units): OutgoingMessage[] {
  const what: string[] = [];
  for (const key of d.changed) {
    if (key === 'raceDate')
      what.push(html`race day is now ${dayLabel(d.after.raceDate)} (${d.after.weeksLeft} weeks away)`);
    if (key === 'goalTimeSec')
      what.push(d.after.goalTime ? html`goal time ${d.after.goalTime}` : 'no goal time: paces follow your fitness');
    if (key === 'daysPerWeek') what.push(html`${d.after.daysPerWeek} running days a week`);
    if (key === 'longRunDay') what.push(html`long runs on ${dayName(d.after.longRunDay)}`);
    if (key === 'weeklyKm') what.push('the weekly volume you run now');
  }
  return [
    {
      html: [
        html`Done: ${what.join(', ')}. I rebuilt your plan from today; everything before today stays as it was.`,
        ...weekLines(d, units),
      ].join('\n'),
      buttons: [[{ text: 'This week', data: 'week' }]],
    },
  ];
}

export function returnMessages(d: ReturnToRunning, units: Units): OutgoingMessage[] {
  if (!d.rebuilt || d.today === undefined) {
    return [
      { html: 'Good to hear! Your plan carries on as it is.', buttons: [[{ text: "Today's workout", data: 'today' }]] },
    ];
  }
  const today = d.today;
  const km = (x: number | undefined) => formatDistance(x ?? 0, units);
  const paces = d.vdotLoss ? `, and paces about ${d.vdotLoss} VDOT points easier for the time off` : '';
  const lines = [
    html`Great news, welcome back! We restart gently: ${km(d.firstWeekKm)} of easy running over the next 7 days, half of your last full week before the break (${km(d.refKm)}) at most, then ${km(d.secondWeekKm)} over the 7 after${paces}. Stop and tell me if the pain comes back.`,
  ];
  const coming = (d.thisWeek ?? []).filter((w) => w.date >= today);
  if (coming.length) lines.push('', ...coming.map((w) => workoutLine(w, units)));
  return [{ html: lines.join('\n') }];
}

export function restoredMessages(d: WorkoutRestored, units: Units): OutgoingMessage[] {
  const lines = [
    html`Back on the plan: ${dayLabel(d.date)}, ${d.workout.title} (${formatDistance(d.workout.distanceKm, units)}).`,
  ];
  if (d.movedBackFrom)
    lines.push(html`It was moved to ${dayLabel(d.movedBackFrom)} when you skipped it; that day is free again.`);
  if (d.asEasy) lines.push('It comes back as an easy run: the day next to it is a hard one already.');
  return [{ html: lines.join('\n') }];
}

const KIND_NAME: Record<MessagesSet['kinds'][number], string> = {
  morning: 'morning workout messages',
  evening: 'evening check-ins',
  weekly: 'weekly summaries',
};

export function messagesSetMessages(d: MessagesSet): OutgoingMessage[] {
  const names = d.kinds.map((k) => KIND_NAME[k]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  if (d.paused) {
    return [
      {
        html: html`Paused: no more ${list}. Your plan is still here (/today, /week); say <i>resume ${d.kinds.length === 1 ? d.kinds[0] : 'my'} messages</i> to get them back.`,
      },
    ];
  }
  return [{ html: html`Back on: ${list}.` }];
}
