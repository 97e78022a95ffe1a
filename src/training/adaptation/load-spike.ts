/**
 * A load spike: when the 7-day EWMA load exceeds 1.5 × the 28-day EWMA (Williams et al. 2017; Gabbett 2016's
 * "danger zone" above 1.5), the coming week is lighter: shorter runs and only one quality session.
 */
import { addDays } from '../dates.ts';
import { ACWR_SPIKE, acuteChronicRatio, type DailyLoad } from '../load/ewma.ts';
import type { Plan } from '../types.ts';
import { isHardType } from '../types.ts';
import { lightenDates } from './lighten.ts';
import { clonePlan, datesBetween, recomputeTotals, workoutAt } from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, ChangeReason, PlanChange } from './types.ts';

export const SPIKE_RATIO = ACWR_SPIKE;
/** The lighter week: about a quarter off, like a cutback week (Pfitzinger). */
const SPIKE_FACTOR = 0.75;
const SPIKE_DAYS = 7;

/** `seedDaily`: the daily load the runner's reported volume stands for (ewma.ts), so a new runner is not judged
 * against zero. */
export function applyLoadSpike(plan: Plan, loads: DailyLoad[], today: string, seedDaily = 0): Adaptation {
  // The ratio as of yesterday: today's run may not be in yet.
  const ratio = acuteChronicRatio(loads, addDays(today, -1), seedDaily);
  if (ratio === null || ratio <= SPIKE_RATIO) {
    return {
      plan,
      changes: [],
      advice:
        ratio === null ? { code: 'load_unknown' } : { code: 'load_balanced', ratio: Math.round(ratio * 100) / 100 },
    };
  }
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const dates = datesBetween(today, addDays(today, SPIKE_DAYS - 1));
  const why: ChangeReason = { code: 'lighter_load', signal: 'load_spike', value: Math.round(ratio * 100) / 100 };
  // Keep the first quality session; later ones become easy.
  let seenQuality = false;
  const keepQuality: string[] = [];
  const toEasy: string[] = [];
  for (const d of dates) {
    const w = workoutAt(next, d)?.workout;
    if (!w) continue;
    if (isHardType(w.type) && w.type !== 'long' && w.type !== 'race') {
      (seenQuality ? toEasy : keepQuality).push(d);
      seenQuality = true;
    } else keepQuality.push(d);
  }
  lightenDates(next, keepQuality, today, { factor: SPIKE_FACTOR, hardToEasy: false }, why, changes);
  lightenDates(next, toEasy, today, { factor: SPIKE_FACTOR, hardToEasy: true }, why, changes);
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  return {
    plan: next,
    changes,
    advice: { code: 'load_spike', ratio: Math.round(ratio * 100) / 100, limit: SPIKE_RATIO },
  };
}
