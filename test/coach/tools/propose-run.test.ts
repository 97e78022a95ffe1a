/** propose_run (src/coach/tools/propose-run.ts): a run read from a photo is proposed, never stored. */
import { describe, expect, it } from 'vitest';
import { data, ID, refused, runner } from './helpers.ts';

describe('propose_run', () => {
  it('reads the run back for the runner to confirm, storing nothing', () => {
    const { ctx, store } = runner();
    const out = data(ctx, 'propose_run', { date: '2026-12-01', distanceKm: 5, duration: '25:00' });
    expect(out.run).toEqual({ date: '2026-12-01', distanceKm: 5, durationSec: 1500 });
    expect(out.today).toBe('2026-12-01');
    expect(store.runs.between(ID, '2000-01-01', '2100-01-01')).toEqual([]);
  });

  it('refuses what is not a run', () => {
    const { ctx } = runner();
    for (const args of [
      {},
      { distanceKm: 5 },
      { distanceKm: -1, duration: '25:00' },
      { distanceKm: 5, duration: '25 minutes' },
      { distanceKm: 5, duration: '25:00', date: '01/12/2026' },
    ]) {
      expect(refused(ctx, 'propose_run', args), JSON.stringify(args)).toBe(true);
    }
  });
});
