/**
 * One entry point for everything that happens to a plan: `adaptPlan(plan, event, today)`.
 * Past days (before `today`) never change, except that the day an event reports on records its status.
 */
import type { DailyLoad } from '../load/ewma.ts';
import type { GoalDistance, Plan, Weekday } from '../types.ts';
import { applyBusy } from './busy.ts';
import { applyFatigue, applyFeedback, type Feedback } from './feedback.ts';
import { applyIllness } from './illness.ts';
import { applyLoadSpike } from './load-spike.ts';
import { applyMissed, applyPartial } from './missed.ts';
import { netChanges } from './plan-edit.ts';
import { applyRaceResult } from './race-result.ts';
import { applyReschedule } from './reschedule.ts';
import { applyReturn } from './return.ts';
import type { Adaptation } from './types.ts';

export type PlanEvent =
  | { kind: 'missed'; date: string }
  | { kind: 'partial'; date: string; doneKm: number }
  | { kind: 'skip'; date: string; reason?: string }
  | ({ kind: 'feedback' } & Feedback)
  | { kind: 'illness' | 'injury'; fromDate: string; days: number }
  | { kind: 'fatigue'; fromDate: string; days?: number | undefined }
  | { kind: 'travel' | 'busy'; fromDate: string; days: number; availableDays?: Weekday[] | undefined }
  | { kind: 'race_result'; distance: GoalDistance; timeSec: number; date?: string; confirmed?: boolean }
  | { kind: 'return'; breakFrom: string; resumeOn: string }
  | { kind: 'load'; loads: DailyLoad[] }
  | { kind: 'reschedule'; date: string; newDate: string };

export function adaptPlan(plan: Plan, event: PlanEvent, today: string): Adaptation {
  const a = adapt(plan, event, today);
  return a.changes.length > 1 ? { ...a, changes: netChanges(a.changes) } : a;
}

function adapt(plan: Plan, event: PlanEvent, today: string): Adaptation {
  switch (event.kind) {
    case 'missed':
      return applyMissed(plan, event.date, today, 'missed');
    case 'skip':
      return applyMissed(plan, event.date, today, 'skipped', event.reason);
    case 'partial':
      return applyPartial(plan, event.date, event.doneKm);
    case 'feedback':
      return applyFeedback(plan, event, today);
    case 'illness':
    case 'injury':
      return applyIllness(plan, { fromDate: event.fromDate, days: event.days, kind: event.kind }, today);
    case 'fatigue':
      return applyFatigue(plan, event, today);
    case 'travel':
    case 'busy':
      return applyBusy(plan, event, today);
    case 'race_result':
      return applyRaceResult(plan, event, today);
    case 'load':
      return applyLoadSpike(plan, event.loads, today);
    case 'reschedule':
      return applyReschedule(plan, event.date, event.newDate, today);
    case 'return':
      return applyReturn(plan, { breakFrom: event.breakFrom, resumeOn: event.resumeOn }, today);
  }
}

export type { Feedback, Feeling } from './feedback.ts';
export { easyDaysAfterRace, RESULT_MAX_AGE_DAYS } from './race-result.ts';
export { RETURN, vdotLossForBreak, volumeBeforeBreak } from './return.ts';
export type {
  Adaptation,
  ChangeCode,
  ChangeReason,
  ChangeSignal,
  Confirmation,
  PlanChange,
  WorkoutBrief,
} from './types.ts';
export { briefKm } from './types.ts';
export {
  applyBusy,
  applyFeedback,
  applyIllness,
  applyLoadSpike,
  applyMissed,
  applyPartial,
  applyRaceResult,
  applyReschedule,
  applyReturn,
};
