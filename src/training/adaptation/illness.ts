/**
 * Illness (and injury): rest the days named, then return at about 70 % for a week with the hard sessions easy
 * at first (the common "return to run" progression; a gradual rebuild then follows from rule 4).
 */
import { addDays } from '../dates.ts';
import type { Plan } from '../types.ts';
import { lightenDates } from './lighten.ts';
import { clonePlan, datesBetween, recomputeTotals } from './plan-edit.ts';
import { repairVolumeRules } from './repair.ts';
import type { Adaptation, PlanChange } from './types.ts';

/** Return at about 70 % for a week (design.md), the first three days easy only. */
export const RETURN_FACTOR = 0.7;
const RETURN_DAYS = 7;
const EASY_ONLY_DAYS = 3;

export function applyIllness(
  plan: Plan,
  ev: { fromDate: string; days: number; kind?: 'illness' | 'injury' },
  today: string,
): Adaptation {
  const next = clonePlan(plan);
  const changes: PlanChange[] = [];
  const injury = ev.kind === 'injury';
  const days = Math.max(1, Math.floor(ev.days));
  const end = addDays(ev.fromDate, days - 1);
  const restWhy = injury ? 'Rest: injury.' : 'Rest: illness.';
  lightenDates(
    next,
    datesBetween(ev.fromDate, end),
    today,
    { factor: 0, hardToEasy: true, longToEasy: true },
    restWhy,
    changes,
  );
  const back = addDays(end, 1);
  const why = `Easing back in at about ${Math.round(RETURN_FACTOR * 100)} %.`;
  lightenDates(
    next,
    datesBetween(back, addDays(back, EASY_ONLY_DAYS - 1)),
    today,
    { factor: RETURN_FACTOR, hardToEasy: true, longToEasy: true },
    why,
    changes,
  );
  lightenDates(
    next,
    datesBetween(addDays(back, EASY_ONLY_DAYS), addDays(back, RETURN_DAYS - 1)),
    today,
    { factor: RETURN_FACTOR, hardToEasy: false },
    why,
    changes,
  );
  recomputeTotals(next);
  repairVolumeRules(next, today, changes);
  const advice = injury
    ? `Rest through ${end} and have the injury checked by a doctor or physiotherapist before you run again; I can’t diagnose it. After that the plan eases back in at about 70 %.`
    : `Rest through ${end}. Come back only when you’ve been free of fever for a day; the first week back runs at about 70 %.`;
  return { plan: next, changes, advice, ...(injury ? { stopRunningAdvice: true } : {}) };
}
