/**
 * Issue 15, finding 4: forged create events for one linked athlete cannot spend the application's Strava reads.
 * Reproduced as reported: 110 forged events used to cost 80 reads and defer another runner's real run.
 */
import { describe, expect, it } from 'vitest';
import {
  ATHLETE_READS_PER_WINDOW,
  CLEAN_RESERVE,
  ReadBudget,
  SUSPICIOUS_READS_PER_WINDOW,
} from '../../src/strava/read-budget.ts';
import { dbOf } from '../helpers/db.ts';
import { ATHLETE, addRun, addRunner, RUNNER, startBench } from './helpers.ts';

const OTHER = 222;
const OTHER_ATHLETE = 9002;

describe('per-athlete Strava read budget', () => {
  it('110 forged create events do not defer another runner’s real run, and none is lost', async () => {
    const bench = await startBench({ deps: { webhookRateLimitPerMinute: 0 } });
    addRunner(bench.store);
    addRunner(bench.store, OTHER);
    await bench.connect();
    await bench.connect(OTHER, OTHER_ATHLETE);
    const reads = () => bench.fake.apiCalls(/^\/api\/v3\/activities\//);

    // The forger posts create events with made-up activity ids for the first runner's (public) athlete id.
    for (let i = 0; i < 110; i++) {
      expect((await bench.webhook({ object_id: 7_000_000 + i, event_time: 100 + i })).status).toBe(200);
    }
    // The other runner saves a real run.
    addRun(bench.fake, 801, { athleteId: OTHER_ATHLETE });
    await bench.webhook({ object_id: 801, owner_id: OTHER_ATHLETE, event_time: 500 });
    await bench.strava.worker.drain();

    expect(bench.store.runs.all(OTHER)).toHaveLength(1);
    const forgedReads = reads().filter((r) => r.path !== '/api/v3/activities/801').length;
    expect(forgedReads).toBeLessThanOrEqual(SUSPICIOUS_READS_PER_WINDOW);
    // The forged events are not dropped: they wait for later windows, and are ignored once Strava says 404.
    const waiting = dbOf(bench.store)
      .$client.prepare("select count(*) as n from inbox where status = 'pending' and key like 'strava:activity:7%'")
      .get() as { n: number };
    expect(waiting.n).toBe(110 - forgedReads);

    // The first runner's own real run still gets through in the next window.
    addRun(bench.fake, 802);
    await bench.webhook({ object_id: 802, event_time: 900 });
    bench.clock.now = new Date((Math.floor(bench.clock.now.getTime() / 900_000) + 1) * 900_000 + 1000);
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER).map((r) => r.externalId)).toContain('802');
  });

  it('a runner’s own burst is spread over windows, not refused', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    await bench.connect();
    const n = ATHLETE_READS_PER_WINDOW + 3;
    for (let i = 0; i < n; i++) {
      addRun(bench.fake, 900 + i, { start_date: `2026-11-${String(10 + i).padStart(2, '0')}T06:30:00Z` });
      await bench.webhook({ object_id: 900 + i, event_time: 10 + i });
    }
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(ATHLETE_READS_PER_WINDOW);
    bench.clock.now = new Date((Math.floor(bench.clock.now.getTime() / 900_000) + 1) * 900_000 + 1000);
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(n);
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);
  });
});

describe('ReadBudget', () => {
  it('keeps the reserve for athletes with no suspicious traffic', () => {
    const budget = new ReadBudget();
    const t = Date.parse('2026-12-01T18:01:00Z');
    const nearlyFull = 1 - CLEAN_RESERVE + 0.01;
    for (let i = 0; i < 3; i++) budget.spent(1, t, true);
    // Athlete 1 sent unknown ids: past 70 % of the application's reads it waits; athlete 2 does not.
    expect(budget.gate(1, t, nearlyFull)).toMatchObject({ ok: false, retryAt: Date.parse('2026-12-01T18:15:00Z') });
    expect(budget.gate(2, t, nearlyFull)).toEqual({ ok: true });
    // A new window forgets the suspicion.
    expect(budget.gate(1, Date.parse('2026-12-01T18:16:00Z'), nearlyFull)).toEqual({ ok: true });
  });
});
