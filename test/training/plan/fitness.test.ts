import { describe, expect, it } from 'vitest';
import { pacesFromVdot } from '../../../src/training/paces.ts';
import { resolveFitness } from '../../../src/training/plan/fitness.ts';
import { predictRaceTimeSec } from '../../../src/training/race-prediction.ts';
import type { PlanRequest } from '../../../src/training/types.ts';

const base: PlanRequest = {
  goal: '10k',
  raceDate: '2026-09-27',
  startDate: '2026-06-01',
  weeklyKm: 40,
  daysPerWeek: 5,
  longRunDay: 'sun',
};
/** 17 weeks of plan. */
const DAYS = 119;
const ok = (req: PlanRequest, days = DAYS) => {
  const f = resolveFitness(req, days);
  if (!f.ok) throw new Error(JSON.stringify(f.error));
  return f;
};

describe("VDOT from a recent race (Daniels & Gilbert's formula; Daniels' Running Formula, 3rd ed.)", () => {
  // Hand-computed: 5 km in 20:00 is 250 m/min; oxygen cost −4.6 + 0.182258·250 + 0.000104·250² = 47.4645;
  // sustainable fraction at 20 min 0.8 + 0.1894393·e^(−0.25556) + 0.2989558·e^(−3.86521) = 0.95298; 47.4645 / 0.95298 = 49.81.
  // Daniels' table puts 5K 19:57 at VDOT 50, so 20:00 just under it.
  it.each([
    ['5k', 20 * 60, 49.8],
    ['10k', 40 * 60, 51.9], // Daniels' table: 10K 40:03 at VDOT 52
    ['half', 90 * 60, 51], // 1:31:35 at VDOT 50
    ['marathon', 3 * 3600, 53.5], // 3:10:49 at VDOT 50; 3:00:00 lies between VDOT 53 and 54
    ['10k', 45 * 60, 45.3], // the reference runner of the plan tests
  ] as const)('%s in %d s gives VDOT %d', (distance, timeSec, vdot) => {
    const f = ok({ ...base, goal: distance, recentRace: { distance, timeSec } });
    expect(f.vdot).toBe(vdot);
    // A marathon plan runs its MP sessions at the race-day pace (Pfitzinger); the other paces are Daniels'.
    expect({ ...f.paces, marathon: null }).toEqual({ ...pacesFromVdot(vdot), marathon: null });
    expect(f.paces?.marathon).toEqual(distance === 'marathon' ? f.racePace : pacesFromVdot(vdot).marathon);
    expect(f.warnings).toEqual([]);
  });

  it('predicts the goal race from the VDOT and shows race pace ± 2 s/km', () => {
    const f = ok({ ...base, recentRace: { distance: '5k', timeSec: 1200 } });
    const predicted = predictRaceTimeSec(49.8, 10);
    expect(f.predictedSec).toBe(predicted);
    const perKm = Math.round(predicted / 10);
    expect(f.racePace).toEqual({ minSecPerKm: perKm - 2, maxSecPerKm: perKm + 2 });
  });

  it('a reachable goal time sets race pace; for the marathon, marathon pace too', () => {
    const f = ok({ ...base, recentRace: { distance: '5k', timeSec: 1200 }, goalTimeSec: 42 * 60 });
    expect(f.racePace).toEqual({ minSecPerKm: 250, maxSecPerKm: 254 });
    expect(f.paces?.marathon).toEqual(pacesFromVdot(49.8).marathon);
    const m = ok({
      ...base,
      goal: 'marathon',
      recentRace: { distance: 'half', timeSec: 5400 },
      goalTimeSec: 3 * 3600 + 15 * 60,
    });
    // 3:15:00 / 42.195 = 277.3 s/km.
    expect(m.racePace).toEqual({ minSecPerKm: 275, maxSecPerKm: 279 });
    expect(m.paces?.marathon).toEqual({ minSecPerKm: 275, maxSecPerKm: 279 });
  });
});

describe('rule 13: paces never come from the goal', () => {
  it('a goal alone sets no paces and warns that it cannot be checked', () => {
    const f = ok({ ...base, goalTimeSec: 45 * 60 });
    expect(f).toMatchObject({ vdot: null, paces: null, racePace: null, predictedSec: null });
    expect(f.warnings).toEqual([{ code: 'goal_unchecked', goal: '10k', goalTimeSec: 2700 }]);
  });

  it('a goal beyond one VDOT point per 6 weeks gets the reachable race pace and a warning', () => {
    // VDOT 45.3 (10K in 45:00); 119 days = 17 weeks → reachable 45.3 + 17/6 = 48.13; goal 10K in 40:00 needs 51.9.
    const f = ok({ ...base, recentRace: { distance: '10k', timeSec: 2700 }, goalTimeSec: 2400 });
    const reachable = 45.3 + DAYS / 7 / 6;
    const raceSec = predictRaceTimeSec(reachable, 10);
    expect(f.vdot).toBe(45.3);
    expect(f.predictedSec).toBe(raceSec);
    expect(f.warnings).toEqual([{ code: 'goal_beyond', goalTimeSec: 2400, goalVdot: 51.9, vdot: 45.3, raceSec }]);
    expect(f.racePace?.minSecPerKm).toBe(Math.round(raceSec / 10) - 2);
  });

  it('a marathon goal beyond reach keeps today’s marathon pace for MP sessions', () => {
    const f = ok({
      ...base,
      goal: 'marathon',
      recentRace: { distance: '10k', timeSec: 2700 },
      goalTimeSec: 2 * 3600 + 59 * 60,
    });
    expect(f.paces?.marathon).toEqual(pacesFromVdot(45.3).marathon);
    expect(f.warnings.map((w) => w.code)).toEqual(['goal_beyond']);
  });
});

describe('rule 16: the race must be recent and before the plan', () => {
  it('56 days before the start still sets paces; 57 days is stale', () => {
    const fresh = ok({ ...base, recentRace: { distance: '5k', timeSec: 1200, date: '2026-04-06' } });
    expect(fresh.vdot).toBe(49.8);
    const stale = ok({ ...base, recentRace: { distance: '5k', timeSec: 1200, date: '2026-04-05' } });
    expect(stale.vdot).toBeNull();
    expect(stale.paces).toBeNull();
    expect(stale.warnings).toEqual([{ code: 'race_stale', distance: '5k', date: '2026-04-05' }]);
  });

  it('a stale race and a goal: the goal is unchecked too', () => {
    const f = ok({ ...base, recentRace: { distance: '5k', timeSec: 1200, date: '2026-01-05' }, goalTimeSec: 2700 });
    expect(f.warnings.map((w) => w.code)).toEqual(['race_stale', 'goal_unchecked']);
  });

  it('a race after the start is refused', () => {
    expect(
      resolveFitness({ ...base, recentRace: { distance: '5k', timeSec: 1200, date: '2026-06-02' } }, DAYS),
    ).toEqual({
      ok: false,
      error: { code: 'recent_race_after_start', raceDate: '2026-06-02', startDate: '2026-06-01' },
    });
  });
});

describe('implausible inputs', () => {
  it.each([
    [{ recentRace: { distance: '5k' as const, timeSec: 0 } }, { code: 'recent_race_incomplete' }],
    [{ recentRace: { distance: 'ultra' as never, timeSec: 1200 } }, { code: 'recent_race_incomplete' }],
    [
      { recentRace: { distance: '5k' as const, timeSec: 9 * 60 } },
      { code: 'recent_race_too_fast', distance: '5k', timeSec: 540 },
    ],
    [{ goalTimeSec: 0 }, { code: 'goal_time_invalid' }],
    [{ goalTimeSec: -5 }, { code: 'goal_time_invalid' }],
    [{ goalTimeSec: 15 * 60 }, { code: 'goal_time_too_fast', distance: '10k', timeSec: 900 }],
  ])('%o → %o', (patch, error) => {
    expect(resolveFitness({ ...base, ...patch }, DAYS)).toEqual({ ok: false, error });
  });

  it('a race slower than VDOT 15 sets no paces and says so', () => {
    // 5 km in an hour: VDOT about 12.7.
    const f = ok({ ...base, recentRace: { distance: '5k', timeSec: 3600 } });
    expect(f.vdot).toBeNull();
    expect(f.warnings).toEqual([{ code: 'race_too_slow' }]);
  });

  it('nothing known: effort-based', () => {
    expect(ok(base)).toEqual({ ok: true, vdot: null, paces: null, racePace: null, predictedSec: null, warnings: [] });
  });
});
