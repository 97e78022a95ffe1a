import { afterAll, describe, expect, it } from 'vitest';
import { ChartPool, closeChartPool } from '../../src/charts/pool.ts';
import { pngDimensions } from '../../src/charts/render.ts';
import type { WeekBar } from '../../src/charts/weekly-km.ts';
import { runJob } from '../../src/jobs/run.ts';
import { refreshSchedule } from '../../src/jobs/schedule.ts';
import { parsePayload } from '../../src/outbox/payload.ts';
import { addDays } from '../../src/time/local.ts';
import { tempStore } from '../helpers/tmp.ts';
import { jobCtx, outbox, seed } from '../jobs/helpers.ts';

const weeks: WeekBar[] = Array.from({ length: 10 }, (_, i) => ({
  weekStart: addDays('2026-10-12', 7 * i),
  planned: 20 + i,
  done: i < 8 ? 18 + i : null,
  current: i === 7,
}));

const pools: ChartPool[] = [];
function pool(options: ConstructorParameters<typeof ChartPool>[0] = {}): ChartPool {
  const p = new ChartPool(options);
  pools.push(p);
  return p;
}

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  await closeChartPool();
});

describe('chart pool', () => {
  it('starts no worker until the first chart, then renders the PNG in a worker', async () => {
    const p = pool({ threads: 1 });
    expect(p.started).toBe(false);
    const png = await p.render(weeks, { units: 'km', title: 'Wochenumfang (km)' });
    expect(p.started).toBe(true);
    expect(pngDimensions(png)).toEqual({ width: 1240, height: 640 });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('bounds its queue: more renders than threads and queue make callers wait, and all of them finish', async () => {
    const p = pool({ threads: 1, maxQueue: 1 });
    const pngs = await Promise.all(
      Array.from({ length: 5 }, (_, i) => p.render(weeks.slice(i), { units: i % 2 ? 'mi' : 'km' })),
    );
    expect(pngs.map((b) => pngDimensions(b))).toEqual(Array(5).fill({ width: 1240, height: 640 }));
  });

  it('rejects a bad chart input, and keeps rendering after it', async () => {
    const p = pool({ threads: 1 });
    await expect(p.render(null as unknown as WeekBar[], { units: 'km' })).rejects.toThrow();
    expect(pngDimensions(await p.render(weeks, { units: 'km' }))).not.toBeNull();
  });

  it('rejects when a worker crashes', async () => {
    const p = pool({ threads: 1, workerUrl: new URL('./fixtures/crash-worker.mjs', import.meta.url) });
    await expect(p.render(weeks, { units: 'km' })).rejects.toThrow();
    await expect(p.render(weeks, { units: 'km' })).rejects.toThrow();
  });

  it('closes cleanly, never started or twice, and refuses work after', async () => {
    const idle = pool();
    await idle.close();
    await idle.close();
    const used = pool({ threads: 1 });
    await used.render(weeks, { units: 'km' });
    await used.close();
    await expect(used.render(weeks, { units: 'km' })).rejects.toThrow(/closed/);
  });
});

describe('weekly summary when the chart fails', () => {
  it('sends the summary as text, losing nothing', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['Europe/Berlin'] });
    for (const id of [1000, 1001]) refreshSchedule(store, id, new Date('2026-12-06T12:00:00Z'));
    const r = await runJob(
      'weekly',
      jobCtx(store, '2026-12-06T19:00:00Z', {
        renderChart: async () => {
          throw new Error('chart worker exited with code 1');
        },
      }),
    );
    expect(r).toMatchObject({ users: 2, enqueued: 2 });
    const rows = outbox(store);
    expect(rows.map((row) => row.key)).toEqual(['weekly:1000:2026-12-06', 'weekly:1001:2026-12-06']);
    for (const row of rows) {
      const payload = parsePayload(row.payload);
      expect(payload.photo).toBeUndefined();
      expect(payload.html).toMatch(/Week of Mon 30 Nov/);
      expect(payload.html).toMatch(/Your week, Mon 30 Nov – Sun 6 Dec/);
    }
  });
});
