/** Workouts as a coach would write them, in the runner's units. */
import { html, raw } from '../../bot/format/html.ts';
import { formatDistance, formatPaceRange, type Units } from '../../bot/format/units.ts';
import type { StoredWorkout, User } from '../../db/store/index.ts';
import { addDays, dayLabel, localDate, weekStart } from '../../time/local.ts';
import type { WorkoutStep } from '../../training/types.ts';
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

const STEP_NAME: Record<WorkoutStep['kind'], string> = {
  warmup: 'Warm-up',
  run: 'Run',
  work: 'Main set',
  cooldown: 'Cool-down',
};

/** Short distances read better in metres: 0.4 km → "400 m". */
function stepDistance(km: number, units: Units): string {
  if (km < 1.5 && units === 'km') return `${Math.round(km * 1000)} m`;
  return formatDistance(km, units);
}

function target(step: WorkoutStep, units: Units): string {
  return step.pace
    ? `at ${formatPaceRange(step.pace.minSecPerKm, step.pace.maxSecPerKm, units)} (${step.effort})`
    : step.effort;
}

/** Steps as a runner reads them: "Main set: 6 × 800 m at 4:05/km (hard), 400 m jog between". */
export function describeSteps(w: { steps?: WorkoutStep[] }, units: Units): string[] {
  const steps = w.steps ?? [];
  // A steady run needs no step list: its pace (when known) is enough, the description says the rest.
  if (steps.length <= 1) {
    const pace = steps[0]?.pace;
    return pace ? [`Pace ${formatPaceRange(pace.minSecPerKm, pace.maxSecPerKm, units)}`] : [];
  }
  return steps.map((st) => {
    const head = STEP_NAME[st.kind];
    if (st.reps > 1) {
      const rec = st.recoveryKm ? `, ${stepDistance(st.recoveryKm, units)} jog between` : '';
      return `${head}: ${st.reps} × ${stepDistance(st.distanceKm, units)} ${target(st, units)}${rec}`;
    }
    return `${head}: ${stepDistance(st.distanceKm, units)} ${target(st, units)}`;
  });
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
  const steps = describeSteps(w, units);
  if (steps.length) lines.push(...steps.map((s) => html`• ${s}`));
  if (w.description) lines.push('', html`<i>${w.description}</i>`);
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
    ]);
  } else if (w.status === 'planned') {
    rows.push([
      { text: '⏭ Skip', data: `skip:${w.date}` },
      { text: '↔ Move', data: `move:${w.date}` },
    ]);
  }
  if (w.date <= today && (w.status === 'done' || w.status === 'partial' || w.status === 'planned')) {
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
  if (next) lines.push('', html`Next: ${raw(workoutLine(next, units))}`);
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
