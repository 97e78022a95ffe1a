/**
 * Short titles and plain-language descriptions, derived only from a workout's type and steps so that any change
 * to the steps (adaptation, new paces) rewrites the text consistently.
 */
import { formatPace } from '../duration.ts';
import type { PaceRange, WorkoutStep, WorkoutType } from '../types.ts';

const ZONE_NAME: Record<WorkoutStep['zone'], string> = {
  easy: 'easy',
  marathon: 'marathon pace',
  threshold: 'threshold pace',
  interval: 'interval pace',
  repetition: 'repetition pace',
  hill: 'hard uphill effort',
  stride: 'stride pace',
  race: 'race pace',
};

/** Why each session is there, in a runner's words (after Daniels' purposes of each intensity). */
const PURPOSE: Record<WorkoutType, string> = {
  easy: 'Builds aerobic fitness and lets the hard days work.',
  recovery: 'Loosens the legs after a hard day; slower is better.',
  long: 'Builds endurance; eat and drink as you plan to on race day.',
  tempo: 'Raises the pace you can hold for about an hour.',
  intervals: 'Raises your aerobic ceiling (VO2max) and running economy.',
  marathon_pace: 'Practises goal pace, fuelling and rhythm.',
  hills: 'Builds strength and form with little pounding.',
  race: 'Start controlled, settle into goal pace, finish strong.',
};

export function formatPaceRange(pace: PaceRange): string {
  if (Math.abs(pace.maxSecPerKm - pace.minSecPerKm) <= 6) {
    return `${formatPace((pace.minSecPerKm + pace.maxSecPerKm) / 2)} /km`;
  }
  return `${formatPace(pace.minSecPerKm)}–${formatPace(pace.maxSecPerKm)} /km`;
}

function km(x: number): string {
  return `${Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1)} km`;
}

function metres(x: number): string {
  return x < 1 || !Number.isInteger(x) ? `${Math.round(x * 1000)} m` : km(x);
}

function target(s: WorkoutStep): string {
  return s.pace ? `${ZONE_NAME[s.zone]} (${formatPaceRange(s.pace)})` : `${ZONE_NAME[s.zone]} (${s.effort})`;
}

function stepText(s: WorkoutStep): string {
  if (s.kind === 'warmup') return `${km(s.distanceKm)} warm-up easy`;
  if (s.kind === 'cooldown') return `${km(s.distanceKm)} cool-down easy`;
  if (s.reps > 1) {
    const rec = s.recoveryKm
      ? ` with ${metres(s.recoveryKm)} ${s.zone === 'hill' ? 'jog down' : 'easy jog'} between`
      : '';
    const walk = s.zone === 'stride' ? ', walk back between' : '';
    return `${s.reps} × ${metres(s.distanceKm)} at ${target(s)}${rec}${walk}`;
  }
  if (s.zone === 'easy')
    return `${km(s.distanceKm)} ${s.pace ? `easy (${formatPaceRange(s.pace)})` : `easy, ${s.effort}`}`;
  return `${km(s.distanceKm)} at ${target(s)}`;
}

function mainStep(steps: readonly WorkoutStep[]): WorkoutStep | undefined {
  return steps.find((s) => s.kind === 'work') ?? steps.find((s) => s.zone !== 'easy');
}

export function workoutTitle(type: WorkoutType, steps: readonly WorkoutStep[]): string {
  const main = mainStep(steps);
  switch (type) {
    case 'easy':
      return main?.zone === 'stride' ? 'Easy run + strides' : 'Easy run';
    case 'recovery':
      return 'Recovery run';
    case 'long':
      return main?.zone === 'marathon' ? 'Long run, marathon-pace finish' : 'Long run';
    case 'tempo':
      return main && main.reps > 1 ? `Cruise intervals ${main.reps} × ${metres(main.distanceKm)}` : 'Tempo run';
    case 'intervals':
      return main
        ? `${main.zone === 'repetition' ? 'Repetitions' : 'Intervals'} ${main.reps} × ${metres(main.distanceKm)}`
        : 'Intervals';
    case 'marathon_pace':
      return 'Marathon-pace run';
    case 'hills':
      return main ? `Hill repeats ${main.reps} × ${metres(main.distanceKm)}` : 'Hill repeats';
    case 'race':
      return 'Race day';
  }
}

const RACE_NAMES: [number, string][] = [
  [5, '5K'],
  [10, '10K'],
  [21.0975, 'half marathon'],
  [42.195, 'marathon'],
];

function raceTitle(distanceKm: number): string {
  const hit = RACE_NAMES.find(([d]) => Math.abs(d - distanceKm) < 0.01);
  return hit ? `Race day: ${hit[1]}` : 'Race day';
}

export function describeWorkout(
  type: WorkoutType,
  steps: readonly WorkoutStep[],
  distanceKm: number,
): { title: string; description: string } {
  const title = type === 'race' ? raceTitle(distanceKm) : workoutTitle(type, steps);
  const parts = steps.map(stepText);
  const body =
    type === 'race'
      ? `${km(distanceKm)} race${steps[0]?.pace ? ` at ${formatPaceRange(steps[0].pace)}` : ''}`
      : parts.join(', ');
  const total = steps.length > 1 ? ` (${km(distanceKm)} in all)` : '';
  const first = body.charAt(0).toUpperCase() + body.slice(1);
  return { title, description: `${first}${total}. ${PURPOSE[type]}` };
}
