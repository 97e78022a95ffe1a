import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeChartPool } from '../../src/charts/pool.ts';
import { pngDimensions, svgToPng, vegaLiteToSvg } from '../../src/charts/render.ts';
import { cachedViewCount, MAX_VIEWS } from '../../src/charts/views.ts';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  type WeekBar,
  type WeeklyChartOptions,
  weeklyKmChart,
  weeklyKmSpec,
  weeklyKmSvg,
} from '../../src/charts/weekly-km.ts';
import { runJob } from '../../src/jobs/run.ts';
import { refreshSchedule } from '../../src/jobs/schedule.ts';
import { fileBytes, parsePayload } from '../../src/outbox/payload.ts';
import { addDays } from '../../src/time/local.ts';
import { tempStore } from '../helpers/tmp.ts';
import { jobCtx, outbox, seed } from '../jobs/helpers.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const weeks = Array.from({ length: 10 }, (_, i) => ({
  weekStart: addDays('2026-10-12', 7 * i),
  planned: [22, 24, 26, 22, 28, 30, 32, 27, 33, 35][i] as number,
  done: i < 8 ? ([20, 25, 21, 22, 29.5, 18, 31, 26.2][i] as number) : null,
  current: i === 7,
}));

// The weekly job renders on the shared worker pool: stop its workers when done.
afterAll(() => closeChartPool());

describe('weekly chart', () => {
  it('renders a PNG of about 1,240×640 with the shipped font', async () => {
    const t0 = performance.now();
    const png = await weeklyKmChart(weeks, { units: 'km' });
    const ms = performance.now() - t0;
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngDimensions(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(png.length).toBeGreaterThan(10_000); // bars, labels and text, not a blank page
    expect(png.length).toBeLessThan(1_000_000);
    expect(ms).toBeLessThan(5000);
  });

  it('draws every week, the plan and the runs, and labels them', async () => {
    const svg = await vegaLiteToSvg(weeklyKmSpec(weeks, { units: 'km' }));
    expect(svg).toContain('Weekly distance: done vs plan (km)');
    for (const label of ['12 Oct', '30 Nov', '14 Dec', 'Plan', 'Done']) expect(svg).toContain(label);
    expect(svg).toContain('DejaVu Sans');
  });
});

/**
 * The PNG of an SVG: a kept view may list an axis's ticks in another order than a fresh one (Vega keeps their items
 * by value) and numbers clip paths from a process-wide counter, so charts are compared as the runner sees them.
 */
const sameDrawing = (svg: string) => svgToPng(svg);

/** A fresh view per chart: the spec compiled from scratch, as before views were kept. */
const freshSvg = (w: WeekBar[], o: WeeklyChartOptions) => vegaLiteToSvg(weeklyKmSpec(w, o));

describe('kept chart views', () => {
  const other = weeks.map((w, i) => ({ ...w, planned: w.planned * 3 + i, done: w.done === null ? null : 0.4 * i }));
  const short = weeks.slice(6).map((w, i) => ({ ...w, current: i === 0 }));

  it('draw each chart as a fresh view would, whatever the chart before it (labels wider or narrower)', async () => {
    const charts: [WeekBar[], WeeklyChartOptions][] = [
      [weeks, { units: 'km' }],
      [other, { units: 'km' }],
      [weeks, { units: 'km' }],
      [other, { units: 'mi', lang: 'ru' }],
      [weeks, { units: 'mi', lang: 'ru' }],
      [short, { units: 'km', lang: 'de' }],
      [weeks.map((w) => ({ ...w, planned: 0, done: w.done === null ? null : 0 })), { units: 'km' }],
    ];
    for (const [w, o] of charts) {
      expect(await sameDrawing(await weeklyKmSvg(w, o))).toEqual(await sameDrawing(await freshSvg(w, o)));
    }
  });

  it('draw charts asked for at once, each with its own data', async () => {
    const inputs = [weeks, other, weeks, other, short];
    const kept = await Promise.all(inputs.map((w) => weeklyKmSvg(w, { units: 'km' })));
    for (const [i, w] of inputs.entries()) {
      expect(await sameDrawing(kept[i] as string)).toEqual(await sameDrawing(await freshSvg(w, { units: 'km' })));
    }
  });

  it('keep at most MAX_VIEWS shapes, and a bad chart spoils no other', async () => {
    for (let i = 0; i < MAX_VIEWS + 4; i++) await weeklyKmSvg(weeks, { units: 'km', title: `Shape ${i}` });
    expect(cachedViewCount()).toBeLessThanOrEqual(MAX_VIEWS);
    await expect(weeklyKmSvg(null as unknown as WeekBar[], { units: 'km' })).rejects.toThrow();
    const svg = await weeklyKmSvg(weeks, { units: 'km', title: 'Shape 0' });
    expect(await sameDrawing(svg)).toEqual(await sameDrawing(await freshSvg(weeks, { units: 'km', title: 'Shape 0' })));
  });
});

describe('weekly job', () => {
  it('sums up the week on Sunday evening with a chart of the last 8 weeks and the next 2', async () => {
    const { store } = tempStore();
    seed(store, { users: 1, timezones: ['Europe/Berlin'], start: '2026-10-12', weeks: 18 });
    const plan = store.plans.getActive(1000)!;
    // Ran most planned workouts, a little short or long, and skipped one in the current week.
    let n = 0;
    for (const w of plan.weeks.flatMap((x) => x.workouts)) {
      if (w.date > '2026-12-06') break;
      if (w.date === '2026-12-03' || w.date === '2026-11-19') {
        store.plans.setWorkoutStatus(1000, w.date, 'skipped');
        continue;
      }
      const km = Math.round(w.distanceKm * (0.85 + ((n++ * 7) % 5) * 0.06) * 10) / 10;
      store.runs.insert({
        userId: 1000,
        date: w.date,
        distanceKm: km,
        durationSec: Math.round(km * 360),
        source: 'manual',
        externalId: `run-${w.date}`,
        rpe: w.type === 'easy' ? 4 : 7,
      });
      store.plans.setWorkoutStatus(1000, w.date, 'done');
    }
    refreshSchedule(store, 1000, new Date('2026-12-06T12:00:00Z'));
    // Saturday evening: not yet.
    expect((await runJob('weekly', jobCtx(store, '2026-12-05T19:00:00Z', { renderChart: undefined }))).enqueued).toBe(
      0,
    );
    const r = await runJob('weekly', jobCtx(store, '2026-12-06T19:00:00Z', { renderChart: undefined }));
    expect(r).toMatchObject({ users: 1, enqueued: 2 });
    const [chartRow, textRow] = outbox(store);
    expect(chartRow?.key).toBe('weekly:1000:2026-12-06');
    expect(textRow?.key).toBe('weekly:1000:2026-12-06#2');
    const chart = parsePayload(chartRow?.payload);
    const png = fileBytes(chart.photo!);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngDimensions(png)).toEqual({ width: 1240, height: 640 });
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/weekly-chart.png', png);
    expect(chart.html).toMatch(/Week of Mon 30 Nov/);
    const text = parsePayload(textRow?.payload).html;
    expect(text).toMatch(/Your week, Mon 30 Nov – Sun 6 Dec/);
    const week = store.plans
      .getActive(1000)!
      .weeks.flatMap((x) => x.workouts)
      .filter((w) => w.date >= '2026-11-30' && w.date <= '2026-12-06' && w.type !== 'race');
    // Planned is what is still the plan, as /week, /plan and Progress count it: the skipped session is not in it.
    const planned = week.filter((w) => w.status !== 'skipped').reduce((s, w) => s + w.distanceKm, 0);
    const done = store.runs.between(1000, '2026-11-30', '2026-12-06').reduce((s, x) => s + x.distanceKm, 0);
    expect(text).toContain(
      `Planned ${planned} km · done ${Math.round(done * 10) / 10} km (${Math.round((done / planned) * 100)}%)`,
    );
    expect(text).toMatch(/Workouts: 3 of 4 done, 1 skipped/);
    expect(text).toMatch(/Load \d+/);
    expect(text).toMatch(/Acute:chronic \d\.\d\d/);
    expect(text).toMatch(/<b>Next week<\/b> \(\w+ phase, [\d.]+ km\)/);
    expect(text).toMatch(/Tue 8 Dec/);
    expect(store.users.get(1000)?.nextWeeklyAt).toBe(new Date('2026-12-13T19:00:00Z').getTime());
  }, 20_000);
});
