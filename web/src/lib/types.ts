/** The API's shapes (src/webapp/router.ts): the engine's Plan JSON and the export's user object. */
import type { WeekTotals as EngineWeekTotals } from '../../../src/training/load/week-totals.ts';

export type {
  PaceRange,
  Paces,
  Phase,
  Plan,
  PlanWeek,
  Workout,
  WorkoutStatus,
  WorkoutStep,
  WorkoutType,
} from '../../../src/training/types.ts';

export type PlanGoalDistance = '5k' | '10k' | 'half' | 'marathon';

export interface Me {
  telegramId: number;
  name: string | null;
  timezone: string;
  morningTime: string;
  eveningTime: string;
  units: 'km' | 'mi';
  daysPerWeek: number;
  weeklyKm: number;
  longRunDay: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  recentRace?: { distance: string; time: string } | null;
  /** The runner's language (`/language`, contracts.md); older servers do not send it. */
  language?: string | null;
}

export interface ProgressWeek {
  startDate: string;
  plannedKm: number;
  doneKm: number;
  compliance: number;
  load: number;
}

export interface Progress {
  today: string | null;
  report: {
    weeks: ProgressWeek[];
    acwr: number | null;
    fitness: number | null;
    fatigue: number | null;
    /** When fitness and fatigue first show (the engine's one rule); null once they do. */
    fitnessFrom?: string | null;
    prediction: { distance: '5k' | '10k' | 'half' | 'marathon'; timeSec: number } | null;
  };
  vdot: number | null;
  goal: { distance: '5k' | '10k' | 'half' | 'marathon'; raceDate: string; goalTime: string | null } | null;
  predictions: Record<'5k' | '10k' | 'half' | 'marathon', number> | null;
}

export interface PlanChange {
  date: string;
  summary: string;
  why: string;
}

export interface ActionResult {
  ok: true;
  changes?: PlanChange[];
  advice?: string | null;
}

/** A plan week's numbers (the one definition, src/training/load/week-totals.ts), with the week's number. */
export interface WeekTotals extends EngineWeekTotals {
  index: number;
}

export interface LoggedRun {
  date: string;
  distanceKm: number;
  durationSec: number;
  paceSecPerKm: number | null;
  source: string;
}

export interface CalendarData {
  today: string | null;
  weeks: WeekTotals[];
  runs: LoggedRun[];
}
