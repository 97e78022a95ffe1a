import { describe, expect, it } from 'vitest';
import { ENGLISH, planErrorText } from '../../../src/coach/replies/engine-words.ts';
import {
  DEFAULTS,
  formatPlanTable,
  generatePlan,
  type PlanRequest,
  validatePlanRequest,
  type Workout,
} from '../../../src/training/index.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';
import { planRuleViolations, weekStats } from '../rules.ts';
import { english } from '../words.ts';

const MARATHON: PlanRequest = MARATHON_18;

describe('bad requests are refused with a reason a runner understands', () => {
  const base = { ...MARATHON, recentRace: undefined };
  it.each([
    [{ raceDate: '2026-06-01' }, /in the past/],
    [
      { raceDate: '2026-08-16' },
      /marathon needs at least 12 weeks.*on or after 2026-09-13.*half marathon on that date/,
    ],
    [{ goal: 'ultra' as never }, /Unknown goal "ultra"/],
    [{ raceDate: '2027-08-01' }, /more than 52 weeks/],
    [{ daysPerWeek: 8 }, /Days per week/],
    [{ raceDate: '2026-02-30' }, /not a date/],
    [{ weeklyKm: -1 }, /Weekly km/],
    [{ longRunDay: 'someday' as never }, /Long-run day/],
  ])('%o', (patch, message) => {
    const outcome = generatePlan({ ...base, ...patch });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(planErrorText(ENGLISH, outcome.error)).toMatch(message);
    const error = validatePlanRequest({ ...base, ...patch });
    expect(error && planErrorText(ENGLISH, error)).toMatch(message);
  });

  it('refuses an impossible race time', () => {
    const outcome = generatePlan({ ...MARATHON, recentRace: { distance: '5k', timeSec: 9 * 60 } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(planErrorText(ENGLISH, outcome.error)).toMatch(/world record/);
  });
});

describe('an 18-week marathon plan a coach would sign (45 km/week, 5 days, 10K in 45:00)', () => {
  const p = planFor(MARATHON);
  const stats = weekStats(p);
  const all = p.weeks.flatMap((w) => w.workouts);

  it('keeps every rule, with no warnings', () => {
    expect(planRuleViolations(p, MARATHON)).toEqual([]);
    expect(p.warnings).toEqual([]);
  });

  it('sets VDOT and paces from the race', () => {
    expect(p.vdot).toBeCloseTo(45.3, 1);
    expect(p.goal.predictedTime).toMatch(/^3:2\d:\d\d$/);
    expect(p.goal.goalTime).toBeNull();
    expect(p.paces?.marathon.minSecPerKm).toBeGreaterThan(285);
  });

  it('builds the long run gradually (rule 5: 10 % over 30 days) to 28–32 km, with two runs of 28 km or more', () => {
    const longs = stats.map((s) => s.longRun);
    expect(Math.max(...longs)).toBeGreaterThanOrEqual(28);
    expect(Math.max(...longs)).toBeLessThanOrEqual(32);
    expect(longs.filter((l) => l >= 28).length).toBeGreaterThanOrEqual(2);
    expect(longs[0]).toBeLessThanOrEqual(16);
  });

  it('has phases in order, cutback weeks, and a 3-week taper', () => {
    const phases = p.weeks.map((w) => w.phase);
    expect(phases.slice(-3)).toEqual(['taper', 'taper', 'race']);
    const order = ['base', 'build', 'peak', 'taper', 'race'];
    for (let i = 1; i < phases.length; i++) {
      expect(order.indexOf(phases[i] as string)).toBeGreaterThanOrEqual(order.indexOf(phases[i - 1] as string));
    }
    const cutbacks = stats.filter((s, i) => i > 0 && i < 15 && s.total <= 0.9 * (stats[i - 1]?.total ?? 0));
    expect(cutbacks.length).toBeGreaterThanOrEqual(3);
    const peak = Math.max(...stats.map((s) => s.total));
    expect(peak).toBeGreaterThanOrEqual(60);
    expect(peak).toBeLessThanOrEqual(66);
  });

  it('has tempo, intervals, marathon-pace work and a marathon-pace long run', () => {
    const types = new Set(all.map((w) => w.type));
    for (const t of ['tempo', 'intervals', 'marathon_pace', 'hills', 'long', 'easy', 'race'])
      expect(types.has(t as Workout['type'])).toBe(true);
    expect(all.some((w) => w.type === 'long' && w.steps.some((s) => s.zone === 'marathon'))).toBe(true);
    const tempo = all.find((w) => w.type === 'tempo') as Workout;
    expect(tempo.steps.map((s) => s.kind)).toEqual(['warmup', 'work', 'cooldown']);
    expect(tempo.description).toMatch(/threshold pace \(4:3\d \/km\)/);
  });

  it('the last days before the race are easy', () => {
    const race = all.find((w) => w.type === 'race') as Workout;
    expect(race.distanceKm).toBe(42.195);
    const lastDays = all.filter((w) => w.date >= '2026-10-23' && w.date < '2026-10-25');
    for (const w of lastDays) expect(w.type).toBe('easy');
  });

  it('prints as a table', () => {
    const table = formatPlanTable(p);
    expect(table).toMatch(/^Marathon on 2026-10-25 · VDOT 45.3 · predicted 3:2/);
    expect(table).toContain('Wk Phase  Starts');
    expect(table.split('\n').filter((l) => /^\s?\d+ (base|build|peak|taper|race) /.test(l))).toHaveLength(18);
    expect(table).toContain('RACE');
    expect(table).toMatch(/L\*?(2[89]|3[0-2])/);
  });
});

describe('inputs', () => {
  it('exports defaults for missing inputs', () => {
    expect(DEFAULTS).toEqual({ weeklyKm: 20, daysPerWeek: 4, longRunDay: 'sun' });
  });

  it('without a race or goal time, paces are null and workouts speak of effort', () => {
    const p = planFor({ ...MARATHON, recentRace: undefined });
    expect(p.vdot).toBeNull();
    expect(p.paces).toBeNull();
    expect(p.goal.predictedTime).toBeNull();
    const tempo = p.weeks.flatMap((w) => w.workouts).find((w) => w.type === 'tempo') as Workout;
    expect(tempo.description).toMatch(/comfortably hard/);
    expect(tempo.steps.every((s) => s.pace === null)).toBe(true);
    expect(formatPlanTable(p)).toMatch(/Paces: by effort/);
  });

  it('a goal time alone sets no paces (rule 13: never from the goal) and says so', () => {
    const p = planFor({ ...MARATHON, goal: 'half', recentRace: undefined, goalTimeSec: 5495 });
    expect(p.vdot).toBeNull();
    expect(p.paces).toBeNull();
    expect(p.goal.goalTime).toBe('1:31:35');
    expect(english(p.warnings)).toMatch(/can't tell whether a half marathon in 1:31:35 is within reach/i);
    const race = p.weeks.at(-1)?.workouts.find((w) => w.type === 'race');
    expect(race?.steps[0]?.pace ?? null).toBeNull();
  });

  it('warns when the goal time is far beyond the recent race, with a realistic target', () => {
    const p = planFor({ ...MARATHON, goalTimeSec: 2 * 3600 + 59 * 60 });
    expect(english(p.warnings)).toMatch(/needs a VDOT of .*realistic target/);
  });

  it('a plan that cannot safely reach the goal comes out with warnings that say what would work', () => {
    const req: PlanRequest = {
      goal: 'marathon',
      raceDate: '2026-10-25',
      startDate: '2026-07-29',
      weeklyKm: 15,
      daysPerWeek: 3,
      longRunDay: 'sat',
    };
    const p = planFor(req);
    expect(planRuleViolations(p, req)).toEqual([]);
    const text = english(p.warnings);
    expect(text).toMatch(/can only build safely to \d+(\.\d)? km/);
    expect(text).toMatch(
      /What would work: a (10K|5K|half marathon) on 2026-10-25, or a marathon on or after \d{4}-\d\d-\d\d \(\d+ weeks of training\)/,
    );
  });

  it('inputs far outside real running still get a plan, with a warning', () => {
    const req: PlanRequest = {
      goal: '10k',
      raceDate: '2026-10-25',
      startDate: '2026-07-20',
      weeklyKm: 120,
      daysPerWeek: 2,
      longRunDay: 'sun',
    };
    const p = planFor(req);
    expect(english(p.warnings)).toMatch(/60 km a run/);
    expect(planRuleViolations(p, req)).toEqual([]);
  });

  it('a partial first week starts on the start date and is lighter in proportion', () => {
    const req = { ...MARATHON, startDate: '2026-06-25' }; // a Thursday
    const p = planFor(req);
    expect(p.weeks[0]?.startDate).toBe('2026-06-25');
    expect(p.weeks[1]?.startDate).toBe('2026-06-29');
    expect(p.weeks[0]?.totalKm).toBeLessThanOrEqual((1.15 * 45 * 4) / 7);
    expect(p.weeks[0]?.workouts.every((w) => w.date >= '2026-06-25')).toBe(true);
  });

  it('long plans put the extra weeks into base building', () => {
    const req = { ...MARATHON, raceDate: '2027-06-13' }; // 51 weeks
    const p = planFor(req);
    expect(p.weeks).toHaveLength(51);
    expect(p.weeks.slice(0, 20).every((w) => w.phase === 'base')).toBe(true);
    expect(planRuleViolations(p, req)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generatePlan(MARATHON))).toBe(JSON.stringify(generatePlan(structuredClone(MARATHON))));
  });
});
