/**
 * One chart's cost in a worker thread (issue 18): renders BENCH_CHART_COST_N charts (default 200) one after another
 * on a one-thread pool, after a warm-up, and prints the mean milliseconds per chart (wall and CPU) and the PNG's size. Varying data
 * of the same shape, as in a Sunday fan-out.
 */
import { pathToFileURL } from 'node:url';
import { ChartPool } from '../src/charts/pool.ts';
import { pngDimensions } from '../src/charts/render.ts';
import type { WeekBar } from '../src/charts/weekly-km.ts';
import { addDays } from '../src/time/local.ts';
import type { BenchResult } from './lib.ts';

const N = Number(process.env.BENCH_CHART_COST_N ?? 200);

function weeks(seed: number): WeekBar[] {
  return Array.from({ length: 10 }, (_, i) => ({
    weekStart: addDays('2026-10-12', 7 * i),
    planned: 20 + ((seed * 7 + i * 3) % 17),
    done: i < 8 ? 15 + ((seed * 5 + i * 11) % 19) + (seed % 10) / 10 : null,
    current: i === 7,
  }));
}

export async function run(): Promise<BenchResult[]> {
  const pool = new ChartPool({ threads: 1 });
  try {
    for (let i = 0; i < 10; i++) await pool.render(weeks(i), { units: 'km' }); // warm-up: load Vega, compile
    let bytes = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage(); // the whole process: the worker's thread and the (idle) main one
    for (let i = 0; i < N; i++) bytes += (await pool.render(weeks(i), { units: 'km' })).length;
    const ms = (performance.now() - t0) / N;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / N;
    const dims = pngDimensions(await pool.render(weeks(0), { units: 'km' }));
    return [
      { suite: 'charts', name: 'one weekly chart in a worker thread, wall time', value: ms, unit: 'ms' },
      // CPU time does not grow when other processes share the cores, wall time does.
      { suite: 'charts', name: 'one weekly chart in a worker thread, CPU time', value: cpuMs, unit: 'ms' },
      {
        suite: 'charts',
        name: `weekly chart PNG (${dims?.width}×${dims?.height})`,
        value: bytes / N / 1024,
        unit: 'KiB',
      },
    ];
  } finally {
    await pool.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await run()) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}`);
}
