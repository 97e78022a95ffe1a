/**
 * The daily retention job with Strava on: after STRAVA_RETENTION_DAYS the run keeps its training facts only, and
 * the Strava events and sent Strava messages are gone (the general 30-day retention would keep them longer).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { housekeepingTasks } from '../../src/jobs/housekeeping.ts';
import { runJob } from '../../src/jobs/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dbOf } from '../helpers/db.ts';
import { addRun, addRunner, RUNNER, startBench } from '../strava/helpers.ts';
import { jobCtx, outbox } from './helpers.ts';

const DAY = 86_400_000;

describe('retention job with Strava', () => {
  it('purges raw Strava data, finished Strava events and sent Strava messages after the Strava window', async () => {
    const bench = await startBench({ env: { STRAVA_RETENTION_DAYS: '3' } });
    addRunner(bench.store);
    await bench.connect();
    addRun(bench.fake, 701);
    await bench.webhook({ object_id: 701 });
    await bench.strava.worker.drain();
    const t0 = bench.clock.now.getTime();
    for (const row of outbox(bench.store)) bench.store.outbox.markSent(row.id, t0, 1);
    // Messages are stamped by the database's clock; put them on the test's.
    dbOf(bench.store).$client.prepare('update outbox set created_at = ?').run(t0);
    expect(bench.store.runs.all(RUNNER)[0]).toMatchObject({ title: 'Morning Run', sportType: 'Run' });

    const housekeeping = housekeepingTasks({
      config: parseConfig(bench.env),
      store: bench.store,
      log: silentLogger,
      strava: bench.strava,
    });
    const r = await runJob('retention', jobCtx(bench.store, new Date(t0 + 3 * DAY + 60_000), { housekeeping }));
    expect(r.ran).toBe(true);
    expect(bench.store.runs.all(RUNNER)[0]).toMatchObject({
      title: null,
      sportType: null,
      raw: null,
      distanceKm: 7.1,
      source: 'strava',
    });
    expect(dbOf(bench.store).$client.prepare('select count(*) as n from inbox').get()).toEqual({ n: 0 });
    expect(outbox(bench.store)).toEqual([]);
  });
});
