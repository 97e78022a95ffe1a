/**
 * Checkers for rules 15 and 16 on adapted plans (design.md), written from the rules' words, independently of the
 * engine's code: the scenario and property tests of the adaptation share them.
 */
import { addDays, GOAL_KM, type GoalDistance, type Plan, type Workout } from '../../src/training/index.ts';

const active = (w: Workout) => w.status !== 'skipped' && w.status !== 'missed';
const HARD = (w: Workout) => w.type !== 'easy' && w.type !== 'recovery';
const all = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
const kmBetween = (p: Plan, from: string, to: string) =>
  all(p)
    .filter((w) => w.type !== 'race' && active(w) && w.date >= from && w.date <= to)
    .reduce((s, w) => s + w.distanceKm, 0);

/** The active km of the last plan week that ended before `breakFrom` (else the volume the plan was built from). */
export function lastFullWeekKm(p: Plan, breakFrom: string): number {
  for (let i = p.weeks.length - 1; i >= 0; i--) {
    const end = p.weeks[i + 1]?.startDate ? addDays(p.weeks[i + 1]?.startDate as string, -1) : p.goal.raceDate;
    if (end >= breakFrom) continue;
    const km = kmBetween(p, p.weeks[i]?.startDate as string, end);
    if (km > 0) return km;
    break;
  }
  return p.baseline?.weeklyKm ?? p.weeks[0]?.totalKm ?? 0;
}

/** Rule 15 while running holds (pain of 5 or more, not yet cleared): no run from `from` on, the race aside. */
export function holdViolations(p: Plan, from: string): string[] {
  return all(p)
    .filter((w) => w.date >= from && w.type !== 'race' && active(w))
    .map((w) => `rule 15: ${w.date} ${w.type} ${w.distanceKm} km runs before clearance`);
}

/**
 * Rule 15 after the return from `resume` (a break that began `breakFrom`; `ref` is the last full week before it):
 * no run between the break and the return, easy and recovery only in the first 7 days, at most 50 % then 75 % of
 * `ref`, and a run within 2 days of `resume` when the plan has any run in the 14 days back.
 */
export function returnViolations(p: Plan, breakFrom: string, resume: string, today: string, ref: number): string[] {
  const out: string[] = [];
  for (const w of all(p)) {
    if (!active(w) || w.type === 'race') continue;
    if (w.date >= breakFrom && w.date < resume && w.date >= today) out.push(`rule 15: ${w.date} runs during the break`);
    if (w.date >= resume && w.date <= addDays(resume, 6) && HARD(w))
      out.push(`rule 15: ${w.date} ${w.type} in the first 7 days back`);
  }
  const first = kmBetween(p, resume, addDays(resume, 6));
  const second = kmBetween(p, addDays(resume, 7), addDays(resume, 13));
  if (first > 0.5 * ref + 0.05) out.push(`rule 15: first week back ${first.toFixed(1)} > 50 % of ${ref.toFixed(1)}`);
  if (second > 0.75 * ref + 0.05)
    out.push(`rule 15: second week back ${second.toFixed(1)} > 75 % of ${ref.toFixed(1)}`);
  return out;
}

/** Whether some run (the race included) is planned within 2 days of `resume`. */
export function resumesWithin2Days(p: Plan, resume: string): boolean {
  return all(p).some((w) => active(w) && w.date >= resume && w.date <= addDays(resume, 2));
}

/** Rule 16 after a tune-up race on `date`: one easy or rest day per 3 km raced before the next hard day. */
export function tuneUpViolations(p: Plan, date: string, distance: GoalDistance, today: string): string[] {
  const days = Math.ceil(GOAL_KM[distance] / 3 - 1e-9);
  return all(p)
    .filter(
      (w) =>
        active(w) && HARD(w) && w.type !== 'race' && w.date > date && w.date <= addDays(date, days) && w.date >= today,
    )
    .map((w) => `rule 16: ${w.date} ${w.type} within ${days} days of a ${distance} race on ${date}`);
}
