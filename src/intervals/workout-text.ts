/**
 * A planned workout in intervals.icu's workout builder syntax, which it turns into structured steps and syncs to
 * Garmin, COROS, Suunto, Wahoo and Polar: lines `- <distance>km <pace range>/km Pace`; a line without a dash is a
 * section header, and a header ending in `Nx` repeats the steps under it N times; distances in `km` (`m` means
 * minutes); pace ranges slow end first (`6:44-5:38/km`); without the runner's paces, heart-rate zones
 * (`Z2 HR`, the runner's own zones on intervals.icu).
 *
 * Only the section headers are words, in the runner's language (locales/<lang>/exports.ftl): intervals.icu takes a
 * header's text as free text (it shows it as the step's cue, "Main set 1/4"), while the step lines and the `Nx`
 * repeat marker are its syntax and stay as they are in every language.
 */
import { t } from '../messages/i18n.ts';
import type { Language } from '../messages/languages.ts';
import type { PaceRange, Workout, WorkoutStep } from '../training/types.ts';

/** Effort-only steps: the heart-rate zone that matches the intensity (5-zone model). */
const HR_ZONE: Record<WorkoutStep['zone'], string> = {
  easy: 'Z2',
  marathon: 'Z3',
  threshold: 'Z4',
  interval: 'Z5',
  repetition: 'Z5',
  hill: 'Z4',
  stride: 'Z5',
  race: 'Z4',
};

const mmss = (sec: number): string => {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

const km = (value: number): string => `${Number(value.toFixed(2))}km`;

function target(pace: PaceRange | null, zone: WorkoutStep['zone']): string {
  return pace ? `${mmss(pace.maxSecPerKm)}-${mmss(pace.minSecPerKm)}/km Pace` : `${HR_ZONE[zone]} HR`;
}

/** The builder text of a workout, with the runner's easy band for recoveries when paces are known. */
export function workoutText(w: Workout, easy: PaceRange | null, lang: Language = 'en'): string {
  if (w.steps.length === 0) return `- ${km(w.distanceKm)} ${w.type === 'race' ? 'Z4 HR' : 'Z2 HR'}`;
  const blocks: string[] = [];
  for (const step of w.steps) {
    const header =
      step.kind === 'warmup'
        ? t(lang, 'exp-interval-warmup')
        : step.kind === 'cooldown'
          ? t(lang, 'exp-interval-cooldown')
          : step.reps > 1
            ? t(lang, 'exp-interval-main-set')
            : '';
    const work = `- ${km(step.distanceKm)} ${target(step.pace, step.zone)}`;
    if (step.reps > 1) {
      const recovery = step.recoveryKm ?? 0;
      if (recovery > 0) {
        // reps × work with (reps − 1) recoveries: (work, recovery) × (reps − 1), then the last repetition.
        const rec = `- ${km(recovery)} ${target(easy, 'easy')}`;
        blocks.push(`${header} ${step.reps - 1}x\n${work}\n${rec}`, `${t(lang, 'exp-interval-last-rep')}\n${work}`);
      } else {
        blocks.push(`${header} ${step.reps}x\n${work}`);
      }
    } else {
      blocks.push(header ? `${header}\n${work}` : work);
    }
  }
  // Blank lines keep repeat blocks apart (the builder's parser needs them).
  return blocks.join('\n\n');
}
