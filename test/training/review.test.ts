/**
 * A coach's review of generated plans and adaptations: each finding as the behaviour a coach would sign.
 */
import { describe, expect, it } from 'vitest';
import { adaptPlan, type Plan, type PlanRequest, type Workout } from '../../src/training/index.ts';
import { MARATHON_18, planFor } from './fixtures.ts';
import { qualityDays, weekWork, workKm } from './quality.ts';
import { adaptedRuleViolations, HARD, planRuleViolations, weekStats } from './rules.ts';
import { english } from './words.ts';

const START = '2026-11-23'; // a Monday
const novice = (goal: PlanRequest['goal'], raceDate: string, weeklyKm = 15): PlanRequest => ({
  goal,
  raceDate,
  startDate: START,
  weeklyKm,
  daysPerWeek: 3,
  longRunDay: 'sun',
});
const all = (p: Plan) => p.weeks.flatMap((w) => w.workouts);
const at = (p: Plan, date: string) => all(p).find((w) => w.date === date && w.status !== 'skipped');

describe('1. a novice marathon far below readiness keeps quality minimal, with a concrete warning', () => {
  const req = novice('marathon', '2027-05-02');
  const p = planFor(req);

  it('comes out, keeps every rule, and says what would work: the half that day or a later marathon', () => {
    expect(planRuleViolations(p, req)).toEqual([]);
    const text = english(p.warnings);
    // Rule 5 (10 % over the longest run of 30 days) from a 4.5 km longest run.
    expect(text).toMatch(/can only build safely to 14\.5 km/);
    expect(text).toMatch(/What would work: a half marathon on 2027-05-02, or a marathon on or after 2027-05-23/);
    expect(text).toMatch(/one short session a week/);
  });

  it('one quality day a week, easy long runs, marathon pace only in short segments, no intervals', () => {
    for (const week of p.weeks) expect(qualityDays(week)).toBeLessThanOrEqual(1);
    for (const w of all(p)) {
      if (w.type === 'long') expect(w.steps.every((s) => s.zone === 'easy')).toBe(true);
      expect(workKm(w, 'marathon')).toBeLessThanOrEqual(5);
      expect(w.type).not.toBe('intervals');
    }
    // Before: marathon-pace runs of 7 km at MP and a 5.3 km marathon-pace finish on a 17.5 km long run.
    expect(Math.max(...all(p).map((w) => workKm(w, 'marathon')))).toBe(5);
  });

  it('a runner ready for the distance still gets marathon-pace work and a marathon-pace long run', () => {
    const ready = planFor({ ...req, weeklyKm: 45, daysPerWeek: 5, raceDate: '2027-03-28' });
    expect(ready.warnings).toEqual([]);
    expect(all(ready).some((w) => w.type === 'long' && workKm(w, 'marathon') > 0)).toBe(true);
    expect(Math.max(...all(ready).map((w) => workKm(w, 'marathon')))).toBeGreaterThan(5);
  });
});

describe('2. phase labels match the volume (novice 10K, 15 km a week, 6 weeks)', () => {
  const req = novice('10k', '2027-01-03');
  const p = planFor(req);
  const stats = weekStats(p);

  it('the peak week is the biggest week and the taper is lighter than it', () => {
    expect(planRuleViolations(p, req)).toEqual([]);
    // Before: week 4 "peak" was a 17 km cutback, week 5's taper 17 km too, the real peak (21.5) in week 3.
    const peak = stats.filter((s) => s.phase === 'peak');
    expect(peak.length).toBeGreaterThan(0);
    expect(Math.max(...peak.map((s) => s.total))).toBe(Math.max(...stats.map((s) => s.total)));
    for (const s of stats.filter((x) => x.phase === 'taper')) {
      expect(s.total).toBeLessThan(Math.min(...peak.map((x) => x.total)));
    }
    // The taper counts back 14 days from race day (rule 8).
    expect(stats.map((s) => s.phase)).toEqual(['base', 'build', 'peak', 'taper', 'taper', 'race']);
  });

  it('no cutback week is labelled peak in an 18-week marathon either', () => {
    const m = planFor({ ...req, goal: 'marathon', raceDate: '2027-03-28', weeklyKm: 45, daysPerWeek: 5 });
    const ms = weekStats(m);
    ms.forEach((s, i) => {
      if (s.phase === 'peak') expect(s.total).toBeGreaterThan(0.9 * (ms[i - 1]?.total ?? 0));
    });
  });
});

describe('3. a novice 5K gets threshold and interval work, and a short race-week sharpener', () => {
  it('8 weeks: four easy weeks (rule 14), then interval work; race week only 4–6 × 200 m', () => {
    const req = novice('5k', '2027-01-17');
    const p = planFor(req);
    expect(planRuleViolations(p, req)).toEqual([]);
    const first4 = all(p).filter((w) => w.date < '2026-12-21');
    for (const w of first4) expect(w.steps.every((s) => s.zone === 'easy' || s.zone === 'stride')).toBe(true);
    const later = all(p).filter((w) => w.date >= '2026-12-21');
    expect(later.some((w) => workKm(w, 'interval') > 0)).toBe(true);
    const race = p.weeks.at(-1) as Plan['weeks'][number];
    const sharp = race.workouts.filter((w) => HARD(w) && w.type !== 'race');
    // Before: 5 × 400 m at interval pace (a 5.2 km session).
    expect(sharp).toHaveLength(1);
    const main = (sharp[0] as Workout).steps.find((s) => s.kind === 'work');
    expect(main?.distanceKm).toBe(0.2);
    expect(main?.reps).toBeGreaterThanOrEqual(4);
    expect(main?.reps).toBeLessThanOrEqual(6);
  });

  it('12 weeks: every build week has a quality session (none all easy)', () => {
    const p = planFor(novice('5k', '2027-02-14'));
    const build = p.weeks.filter((w) => w.phase === 'build');
    expect(build.length).toBeGreaterThan(0);
    for (const w of build) expect(qualityDays(w)).toBe(1);
  });
});

describe('4. half marathon race week: a short sharpener', () => {
  it('2–3 km at race pace, the day at most 7.5 km, three days or more before the race', () => {
    const req: PlanRequest = { ...novice('half', '2027-02-28', 40), daysPerWeek: 4 };
    const p = planFor({ ...req, recentRace: { distance: '10k', timeSec: 45 * 60 } });
    const race = p.weeks.at(-1) as Plan['weeks'][number];
    const sharp = race.workouts.filter((w) => HARD(w) && w.type !== 'race');
    // Before: a 10 km tempo on the Thursday (3 × 1 km at threshold inside it).
    expect(sharp).toHaveLength(1);
    const s = sharp[0] as Workout;
    expect(weekWork(s)).toBeGreaterThanOrEqual(2);
    expect(weekWork(s)).toBeLessThanOrEqual(3);
    expect(s.distanceKm).toBeLessThanOrEqual(7.5);
    expect(s.date <= '2027-02-25').toBe(true);
  });
});

describe('5. advanced marathon (100 km a week, 6 days): two quality days at most', () => {
  const req: PlanRequest = {
    ...novice('marathon', '2027-04-25', 100),
    daysPerWeek: 6,
    recentRace: { distance: '10k', timeSec: 40 * 60 },
  };
  const p = planFor(req);

  it('a marathon-pace long run counts as one; its week has a medium-long run instead of a third session', () => {
    expect(planRuleViolations(p, req)).toEqual([]);
    for (const week of p.weeks) expect(qualityDays(week)).toBeLessThanOrEqual(2);
    const mpLongWeeks = p.weeks.filter((w) => w.workouts.some((x) => x.type === 'long' && workKm(x, 'marathon') > 0));
    expect(mpLongWeeks.length).toBeGreaterThan(0);
    for (const week of mpLongWeeks) {
      const long = week.workouts.find((x) => x.type === 'long') as Workout;
      // Before: 19.5 km marathon-pace run + 16 km tempo + 32 km long run with a marathon-pace finish.
      expect(week.workouts.filter((x) => x.type === 'marathon_pace')).toHaveLength(0);
      const mediumLong = Math.max(...week.workouts.filter((x) => x.type === 'easy').map((x) => x.distanceKm));
      expect(mediumLong).toBeGreaterThanOrEqual(0.45 * long.distanceKm);
    }
  });

  it("single sessions stay within Daniels' limits", () => {
    for (const week of p.weeks.filter((w) => w.phase !== 'race')) {
      for (const w of week.workouts) {
        expect(workKm(w, 'threshold')).toBeLessThanOrEqual(0.1 * week.totalKm + 0.3);
        expect(workKm(w, 'interval')).toBeLessThanOrEqual(Math.min(0.08 * week.totalKm, 10) + 0.3);
        expect(workKm(w, 'marathon')).toBeLessThanOrEqual(Math.min(0.2 * week.totalKm, 29) + 0.3);
      }
    }
  });
});

describe('6. travel and busy weeks keep the long run’s distance', () => {
  const FIVE: PlanRequest = MARATHON_18;
  const five = planFor(FIVE);
  const today = '2026-08-03';

  it('travel on three named days: the easy run takes on volume, the 22 km long run stays', () => {
    const a = adaptPlan(
      five,
      { kind: 'travel', fromDate: today, days: 7, availableDays: ['wed', 'fri', 'sun'] },
      today,
    );
    // Before: the long run went 22 → 15.5 km "in proportion to a lighter week".
    const long = at(five, '2026-08-09') as Workout;
    expect(at(a.plan, '2026-08-09')).toMatchObject({ type: 'long', distanceKm: long.distanceKm });
    expect(at(a.plan, '2026-08-07')?.type).toBe('easy');
    expect(at(a.plan, '2026-08-07')?.distanceKm).toBeLessThanOrEqual(0.75 * long.distanceKm);
    expect(a.plan.weeks[6]?.totalKm).toBeLessThan(five.weeks[6]?.totalKm as number);
    expect(a.changes.some((c) => c.reasons.some((r) => r.code.startsWith('long_')) && c.date === '2026-08-09')).toBe(
      false,
    );
    expect(adaptedRuleViolations(a.plan, FIVE, today)).toEqual([]);
  });

  it('a busy week in a 4-day half plan keeps the long run, one session and one easy run', () => {
    const req: PlanRequest = { ...novice('half', '2027-03-14', 30), daysPerWeek: 4 };
    const p = planFor(req);
    const from = '2027-01-11';
    const week = p.weeks.findIndex((w) => w.startDate === from);
    const long = p.weeks[week]?.workouts.find((w) => w.type === 'long') as Workout;
    const a = adaptPlan(p, { kind: 'busy', fromDate: from, days: 7 }, from);
    // The long run stays, trimmed at most to rule 6's 45 % of the lighter week.
    expect(at(a.plan, long.date)?.type).toBe('long');
    expect(at(a.plan, long.date)?.distanceKm).toBeGreaterThanOrEqual(0.95 * long.distanceKm);
    const runs = a.plan.weeks[week]?.workouts.filter((w) => w.status === 'planned') ?? [];
    expect(runs.length).toBe(3);
    expect(a.plan.weeks[week]?.totalKm).toBeLessThanOrEqual(p.weeks[week]?.totalKm as number);
    expect(adaptedRuleViolations(a.plan, req, from)).toEqual([]);
  });
});

describe('7. feedback lightens in proportion', () => {
  const req = novice('10k', '2027-02-14', 10);
  const p = planFor(req);
  const oneChangeADay = (dates: string[]) => expect(new Set(dates).size).toBe(dates.length);

  it('"legs heavy 8/10" after an easy run: the next session easier, nothing skipped, the week otherwise as planned', () => {
    const today = '2027-01-05'; // Tuesday easy run; Thursday hills; Sunday long run
    const a = adaptPlan(p, { kind: 'feedback', date: today, rpe: 8, feeling: 'tired' }, today);
    oneChangeADay(a.changes.map((c) => c.date));
    expect(a.changes.every((c) => c.after?.status !== 'skipped')).toBe(true);
    expect(at(a.plan, '2027-01-07')?.type).toBe('easy');
    // The long run is at most trimmed to rule 6's share of the lighter week, and the next weeks are untouched.
    const long = at(a.plan, '2027-01-10') as Workout;
    const weekKm = a.plan.weeks.find((w) => w.startDate === '2027-01-04')?.totalKm as number;
    const planned = at(p, '2027-01-10') as Workout;
    expect(long.distanceKm).toBeGreaterThanOrEqual(
      Math.min(planned.distanceKm, Math.floor(0.45 * weekKm * 10) / 10 - 0.2),
    );
    // Later weeks change at most by rule 4's trim of a few hundred metres (the lighter week lowers its cap).
    for (const c of a.changes.filter((x) => x.date > '2027-01-10')) {
      expect(c.after?.type).toBe(c.before?.type);
      expect(c.after?.distanceKm).toBeGreaterThanOrEqual(0.95 * (c.before?.distanceKm ?? 0));
    }
    expect(adaptedRuleViolations(a.plan, req, today)).toEqual([]);
  });

  it('RPE 8 on a day with no workout counts, and lightens the next two days gently', () => {
    const today = '2027-01-04'; // Monday, a rest day
    const a = adaptPlan(p, { kind: 'feedback', date: today, rpe: 8 }, today);
    expect(a.changes.length).toBeGreaterThan(0);
    oneChangeADay(a.changes.map((c) => c.date));
    for (const c of a.changes) {
      expect(c.after?.status).toBe('planned');
      if (c.date <= '2027-01-06') expect(c.after?.distanceKm).toBeGreaterThanOrEqual(0.8 * (c.before?.distanceKm ?? 0));
    }
    expect(a.advice?.code).toBe('lighter_unplanned');
  });

  it('"exhausted": the next three days lighter and the week a little, nothing skipped, one change a day', () => {
    const today = '2027-01-05';
    const a = adaptPlan(p, { kind: 'feedback', date: today, rpe: 6, feeling: 'exhausted' }, today);
    oneChangeADay(a.changes.map((c) => c.date));
    expect(a.changes.every((c) => c.after?.status !== 'skipped')).toBe(true);
    expect(a.plan.weeks[6]?.totalKm).toBeLessThan(p.weeks[6]?.totalKm as number);
    expect(adaptedRuleViolations(a.plan, req, today)).toEqual([]);
  });
});
