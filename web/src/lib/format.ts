/** Dates, distances and paces for display, in the runner's units (shared with the bot's formatting). */
import { formatClock, formatDistance, formatPaceRange, type Units } from '../../../src/messages/units.ts';
import type { PaceRange, WorkoutStatus, WorkoutStep, WorkoutType } from './types.ts';

export { formatClock, formatDistance, type Units };

export function paceText(pace: PaceRange | null, units: Units): string | null {
  return pace ? formatPaceRange(pace.minSecPerKm, pace.maxSecPerKm, units) : null;
}

const WEEKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar dates are plain YYYY-MM-DD strings; UTC arithmetic on them never crosses a time zone. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday of the week of `date`. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

export function dayLabel(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${WEEKDAY[(d.getUTCDay() + 6) % 7]} ${d.getUTCDate()} ${MONTH[d.getUTCMonth()]}`;
}

export function shortDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTH[d.getUTCMonth()]}`;
}

/** Today in the runner's time zone (the platform's Intl data: no hand-rolled zone arithmetic). */
export function todayIn(timezone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date())
      .slice(0, 10);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

export const TYPE_LABEL: Record<WorkoutType, string> = {
  easy: 'Easy',
  recovery: 'Recovery',
  long: 'Long',
  tempo: 'Tempo',
  intervals: 'Intervals',
  marathon_pace: 'M pace',
  hills: 'Hills',
  race: 'Race',
};

export const STATUS_MARK: Record<WorkoutStatus, string> = {
  planned: '',
  done: '✓',
  partial: '½',
  skipped: '✕',
  missed: '!',
};

export const STATUS_LABEL: Record<WorkoutStatus, string> = {
  planned: 'Planned',
  done: 'Done',
  partial: 'Partly done',
  skipped: 'Skipped',
  missed: 'Missed',
};

const STEP_KIND: Record<WorkoutStep['kind'], string> = {
  warmup: 'Warm-up',
  run: 'Run',
  work: 'Work',
  cooldown: 'Cool-down',
};

const ZONE: Record<WorkoutStep['zone'], string> = {
  easy: 'easy',
  marathon: 'marathon pace',
  threshold: 'threshold',
  interval: 'interval',
  repetition: 'repetition',
  hill: 'uphill',
  stride: 'strides',
  race: 'race pace',
};

/** One structured step, e.g. "6 × 0.8 km at interval" with its pace and recovery. */
export function stepText(step: WorkoutStep, units: Units): { title: string; pace: string | null; detail: string } {
  const distance = formatDistance(step.distanceKm, units);
  const title =
    step.reps > 1
      ? `${STEP_KIND[step.kind]}: ${step.reps} × ${distance} ${ZONE[step.zone]}`
      : `${STEP_KIND[step.kind]}: ${distance} ${ZONE[step.zone]}`;
  const recovery = step.reps > 1 && step.recoveryKm ? `${formatDistance(step.recoveryKm, units)} easy jog between` : '';
  return { title, pace: paceText(step.pace, units), detail: [step.effort, recovery].filter(Boolean).join(' · ') };
}
