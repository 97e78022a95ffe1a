/**
 * The chart worker (runs in a `node:worker_threads` thread of the chart pool): Vega-Lite → SVG → PNG. Vega and
 * resvg load here, never in the main thread, so a Sunday fan-out renders without blocking runners' answers.
 */
import { type WeekBar, type WeeklyChartOptions, weeklyKmChart } from './weekly-km.ts';

export interface ChartTask {
  weeks: WeekBar[];
  options: WeeklyChartOptions;
}

/** Piscina calls the default export with each task; the PNG goes back as bytes (structured clone). */
export default async function renderChart(task: ChartTask): Promise<Uint8Array> {
  const png = await weeklyKmChart(task.weeks, task.options);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
