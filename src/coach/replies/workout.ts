/** Workouts as a coach would write them, in the runner's units. */

import type { StoredWorkout, User } from '../../db/store/index.ts';
import { html, raw } from '../../messages/html.ts';
import { formatDistance, formatPaceRange, type Units } from '../../messages/units.ts';
import { addDays, dayLabel, localDate, weekStart } from '../../time/local.ts';
import type { WorkoutStep } from '../../training/types.ts';
import type { Button, CoachContext, OutgoingMessage } from '../types.ts';
import { readable } from './engine-text.ts';

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
function stepDistance(km: number, units: Units): string {
  if (km < 1.5 && units === 'km') return `${Math.round(km * 1000)} m`;
  return formatDistance(km, units);
}

/** Repeats and their recoveries are track distances, in metres in either unit ("6 × 800 m", not "6 × 0.5 mi"). */
function repDistance(km: number, units: Units): string {
  if (units === 'mi' && Math.abs(km - 1.609) < 0.01) return '1 mi';
  return km < 3 ? `${Math.round(km * 1000)} m` : formatDistance(km, units);
}

const ZONE_NAME: Record<WorkoutStep['zone'], string> = {
  easy: 'easy pace',
  marathon: 'marathon effort',
  threshold: 'threshold effort',
  interval: 'interval effort',
  repetition: 'repetition effort',
  hill: 'uphill',
  stride: 'strides',
  race: 'race effort',
};

/** "at 4:05/km (hard, …)" with a pace; "at interval pace (hard, …)" without: the effort always says how it feels. */
function target(step: WorkoutStep, units: Units): string {
  const what = step.zone === 'stride' ? 'strides ' : step.zone === 'hill' ? 'uphill ' : '';
  return step.pace
    ? `${what}at ${formatPaceRange(step.pace.minSecPerKm, step.pace.maxSecPerKm, units)} (${step.effort})`
    : step.zone === 'stride' || step.zone === 'hill'
      ? `${what}(${step.effort})`
      : `at ${ZONE_NAME[step.zone]} (${step.effort})`;
}

function stepLine(st: WorkoutStep, units: Units): string {
  const pace = st.pace ? ` at ${formatPaceRange(st.pace.minSecPerKm, st.pace.maxSecPerKm, units)}` : '';
  if (st.kind === 'warmup') return `Warm-up: ${stepDistance(st.distanceKm, units)} easy${pace}`;
  if (st.kind === 'cooldown') return `Cool-down: ${stepDistance(st.distanceKm, units)} easy${pace}`;
  if (st.reps > 1) {
    // Strides walk back and hills jog down: their effort text says so already.
    const between =
      st.zone === 'stride' || st.zone === 'hill' || !st.recoveryKm
        ? ''
        : `, ${repDistance(st.recoveryKm, units)} easy jog between`;
    const head = st.zone === 'stride' ? 'Then' : 'Main set';
    return `${head}: ${st.reps} × ${repDistance(st.distanceKm, units)} ${target(st, units)}${between}`;
  }
  if (st.zone === 'easy') return `${stepDistance(st.distanceKm, units)} easy${pace || ` (${st.effort})`}`;
  return `${stepDistance(st.distanceKm, units)} ${target(st, units)}`;
}

/**
 * Steps as a runner reads them, in the runner's units: "Warm-up: 2 km easy", "Main set: 6 × 800 m at
 * 4:05/km (hard, …), 400 m easy jog between", "Cool-down: 2 km easy".
 */
export function describeSteps(w: { steps?: WorkoutStep[] }, units: Units): string[] {
  return (w.steps ?? []).map((st) => stepLine(st, units));
}

/**
 * Why the session is there. The engine's description repeats the steps in kilometres and ends with the purpose;
 * next to the steps (already in the runner's units) only the purpose is worth reading.
 */
export function purposeOf(description: string): string {
  const sentences = description.trim().split(/(?<=\.)\s+(?=[A-Z])/);
  return sentences.length > 1 ? (sentences[sentences.length - 1] ?? '') : description;
}

export function workoutLine(w: StoredWorkout, units: Units): string {
  return html`${TYPE_ICON[w.type]} ${dayLabel(w.date)}: ${w.title}, ${formatDistance(w.distanceKm, units)}${STATUS_MARK[w.status]}`;
}

/** The full workout card: title, distance, the session's steps with paces, and why. */
export function workoutCard(w: StoredWorkout, units: Units, heading?: string): string {
  const lines = [
    heading ? html`<b>${heading}</b>` : '',
    html`${TYPE_ICON[w.type]} <b>${w.title}</b> · ${formatDistance(w.distanceKm, units)}${STATUS_MARK[w.status]}`,
  ].filter(Boolean);
  const steps = w.type === 'race' ? [] : describeSteps(w, units);
  if (steps.length) lines.push(...steps.map((s) => html`• ${s}`));
  const why = w.description ? (steps.length ? purposeOf(w.description) : w.description) : '';
  if (why) lines.push('', html`<i>${units === 'mi' ? readable(why, units) : why}</i>`);
  return lines.join('\n');
}

export function workoutButtons(w: StoredWorkout, today: string): Button[][] {
  if (w.type === 'race') return [];
  const rows: Button[][] = [];
  if (w.status === 'planned' && w.date <= today) {
    rows.push([
      { text: '✅ Done', data: `done:${w.date}` },
      { text: '⏭ Skip', data: `skip:${w.date}` },
      { text: '↔ Move', data: `move:${w.date}` },
      { text: '⌚ FIT', data: `fit:${w.date}` },
    ]);
  } else if (w.status === 'planned') {
    rows.push([
      { text: '⏭ Skip', data: `skip:${w.date}` },
      { text: '↔ Move', data: `move:${w.date}` },
      { text: '⌚ FIT', data: `fit:${w.date}` },
    ]);
  }
  // How it felt is asked after the run, never before it: a card still to run carries at most its four actions
  // (a Telegram card with eight buttons reads as a form, and "Hard" before the run invites a made-up effort).
  if (w.date <= today && (w.status === 'done' || w.status === 'partial')) {
    rows.push(feedbackRow(w.date));
  }
  return rows;
}

export function feedbackRow(date: string): Button[] {
  return [
    { text: '😌 Easy', data: `rpe:${date}:3` },
    { text: '🙂 OK', data: `rpe:${date}:5` },
    { text: '😤 Hard', data: `rpe:${date}:7` },
    { text: '🥵 Very hard', data: `rpe:${date}:9` },
    { text: '✍️ In words', data: `words:${date}` },
  ];
}

export function restDayText(date: string, next: StoredWorkout | undefined, units: Units): string {
  const lines = [
    html`<b>${dayLabel(date)}: rest day</b>`,
    'Rest is where the training turns into fitness. Easy walking is fine.',
  ];
  // A skipped session is not what comes next.
  if (next && next.status !== 'skipped') lines.push('', html`Next: ${raw(workoutLine(next, units))}`);
  return lines.join('\n');
}

/** Move buttons: the other days of the workout's week that are not in the past. */
export function moveChoices(ctx: CoachContext, date: string): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return [{ html: 'Send /start first.' }];
  const w = ctx.store.plans.workoutOn(ctx.userId, date);
  const today = localDate(ctx.now(), user.timezone);
  if (w?.status !== 'planned') return [{ html: 'That workout can no longer be moved. Send /week to see the plan.' }];
  const monday = weekStart(date);
  const days: Button[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    if (d === date || d < today) continue;
    days.push({ text: dayLabel(d).split(' ')[0] ?? d, data: `mv:${date}:${d}` });
  }
  if (days.length === 0)
    return [{ html: 'There is no other day left this week to move it to. You can skip it instead.' }];
  return [{ html: html`Move <b>${w.title}</b> to which day?`, buttons: [days] }];
}

export function unitsOf(user: User | undefined): Units {
  return user?.units ?? 'km';
}
