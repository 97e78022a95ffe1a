import { describe, expect, it } from 'vitest';
import { applyLoadSpike, SPIKE_RATIO } from '../../../src/training/adaptation/load-spike.ts';
import type { Adaptation } from '../../../src/training/adaptation/types.ts';
import { addDays } from '../../../src/training/dates.ts';
import { acuteChronicRatio, type DailyLoad } from '../../../src/training/load/ewma.ts';
import { MARATHON_18, planFor } from '../fixtures.ts';

// Week 6: Tue 07-28 tempo 8, Wed easy 10, Thu intervals 8, Sat easy 7.5, Sun long 19.5; Mon 08-03 rest.
const plan = planFor(MARATHON_18);
/** From the plan's start: `steady` a day, then `spike` a day for the last `spikeDays` days up to 07-27. */
function loads(steady: number, spike: number, spikeDays: number): DailyLoad[] {
  return Array.from({ length: 36 }, (_, k) => ({
    date: addDays('2026-06-22', k),
    load: k >= 36 - spikeDays ? spike : steady,
  }));
}
const days = (a: Adaptation) => a.changes.map((c) => `${c.date} ${c.after?.type} ${c.after?.distanceKm}`);

describe("a load spike (Williams et al. 2017 EWMA; Gabbett 2016's danger zone above 1.5)", () => {
  it('lightens the coming 7 days by a quarter, keeping the first quality session only', () => {
    expect(SPIKE_RATIO).toBe(1.5);
    const l = loads(300, 1200, 6);
    const ratio = acuteChronicRatio(l, '2026-07-27') as number;
    expect(ratio).toBeGreaterThan(1.5);
    const a = applyLoadSpike(plan, l, '2026-07-28');
    expect(days(a)).toEqual([
      '2026-07-28 tempo 6', // the first session stays a session, 8 × 0.75
      '2026-07-29 easy 7.5',
      '2026-08-01 easy 5.6', // 7.5 × 0.75 = 5.625
      '2026-08-02 long 14.6', // 19.5 × 0.75 = 14.625
      '2026-07-30 easy 6', // the second session becomes an easy run (edited after the others)
    ]);
    const r = Math.round(ratio * 100) / 100;
    expect(a.changes[0]?.reasons).toEqual([{ code: 'lighter_load', signal: 'load_spike', value: r }]);
    expect(a.advice).toEqual({ code: 'load_spike', ratio: r, limit: 1.5 });
  });

  it('reads the ratio as of yesterday: a spike today is not in yet', () => {
    const l = [...loads(300, 300, 0), { date: '2026-07-28', load: 5000 }];
    expect(applyLoadSpike(plan, l, '2026-07-28').changes).toEqual([]);
  });

  it('a ratio at or under 1.5 is balanced; no history is unknown', () => {
    const steady = applyLoadSpike(plan, loads(300, 300, 0), '2026-07-28');
    expect(steady.plan).toBe(plan);
    expect(steady.changes).toEqual([]);
    expect(steady.advice).toEqual({
      code: 'load_balanced',
      ratio: Math.round((acuteChronicRatio(loads(300, 300, 0), '2026-07-27') as number) * 100) / 100,
    });
    expect(applyLoadSpike(plan, [], '2026-07-28')).toEqual({ plan, changes: [], advice: { code: 'load_unknown' } });
    // Under 28 days of history and no seed: unknown.
    expect(applyLoadSpike(plan, loads(300, 1200, 6).slice(20), '2026-07-28').advice).toEqual({ code: 'load_unknown' });
  });

  it('seeded with the runner’s volume, a short history is judged', () => {
    const short = loads(300, 1200, 6).slice(20);
    const a = applyLoadSpike(plan, short, '2026-07-28', 300);
    expect(a.advice).toMatchObject({ code: 'load_spike' });
  });
});
