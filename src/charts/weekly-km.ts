/**
 * The Sunday chart: weekly distance done against the plan, the last 8 weeks and the next 2 (issue 6).
 * Grouped bars (plan, done) per week, the current week highlighted, values printed on the bars.
 */
import type { TopLevelSpec } from 'vega-lite';
import { t } from '../messages/i18n.ts';
import type { Language } from '../messages/languages.ts';
import { CHART_FONT, svgToPng } from './render.ts';
import { cachedViewSvg } from './views.ts';

export interface WeekBar {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  /** Planned distance (the race excluded), in the runner's units. */
  planned: number;
  /** Distance run, in the runner's units; null for weeks still to come. */
  done: number | null;
  /** The week being summed up. */
  current?: boolean;
}

export interface WeeklyChartOptions {
  units: 'km' | 'mi';
  /** The runner's language for the title, legend and unit (default English). */
  lang?: Language;
  /** The Intl locale for the week labels (default: the language). */
  locale?: string;
  title?: string;
  width?: number;
  height?: number;
}

export const CHART_WIDTH = 1240;
export const CHART_HEIGHT = 640;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "30 Nov" for 2026-11-30; other languages through Intl in the runner's locale ("30 нояб."). */
export function weekLabel(date: string, locale?: string): string {
  if (locale && !locale.toLowerCase().startsWith('en')) {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }
  const [, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** What changes from one runner's chart to the next: the data and three signals of an otherwise fixed spec. */
export interface WeeklyChartData {
  rows: { week: string; series: string; value: number; future: boolean }[];
  /** The current week's label (one row, or none). */
  highlight: { week: string }[];
  /** The week labels in order: the x scale's domain. */
  weekOrder: string[];
  /** The y scale's top before `nice` rounds it. */
  yMax: number;
}

/** What fixes a chart's spec (language, units, words, size): charts of the same shape share one compiled Vega view. */
export interface WeeklyChartShape {
  units: 'km' | 'mi';
  lang: Language;
  title: string;
  subtitle: string;
  width: number;
  height: number;
}

export function weeklyKmShape(weeks: WeekBar[], options: WeeklyChartOptions): WeeklyChartShape {
  const lang = options.lang ?? 'en';
  const unit = t(lang, options.units === 'mi' ? 'unit-mi' : 'unit-km');
  const nextCount = weeks.filter((w) => w.done === null).length;
  return {
    units: options.units,
    lang,
    title: options.title ?? t(lang, 'chart-title', { unit }),
    subtitle: t(lang, 'chart-subtitle', { back: weeks.length - nextCount, ahead: nextCount }),
    width: options.width ?? CHART_WIDTH,
    height: options.height ?? CHART_HEIGHT,
  };
}

export function weeklyKmData(weeks: WeekBar[], options: WeeklyChartOptions): WeeklyChartData {
  const lang = options.lang ?? 'en';
  const locale = options.locale ?? lang;
  // The series' names are the legend's labels, so they are the runner's words.
  const planLabel = t(lang, 'chart-plan');
  const doneLabel = t(lang, 'chart-done');
  const label = (date: string) => weekLabel(date, locale);
  const rows = weeks.flatMap((w) => {
    const week = label(w.weekStart);
    const future = w.done === null;
    const out = [{ week, series: planLabel, value: round1(w.planned), future }];
    if (w.done !== null) out.push({ week, series: doneLabel, value: round1(w.done), future });
    return out;
  });
  const currentWeek = weeks.find((w) => w.current);
  const maxValue = Math.max(1, ...rows.map((r) => r.value));
  return {
    rows,
    highlight: currentWeek ? [{ week: label(currentWeek.weekStart) }] : [],
    weekOrder: weeks.map((w) => label(w.weekStart)),
    yMax: Math.ceil(maxValue * 1.15),
  };
}

/**
 * The spec of a shape, its data read from the named datasets `rows` and `highlight` and the signals `weekOrder` and
 * `yMax` (initial values from `data`), so one compiled view serves every chart of the shape.
 */
export function weeklyKmTemplate(shape: WeeklyChartShape, data: WeeklyChartData): TopLevelSpec {
  const lang = shape.lang;
  const unit = t(lang, shape.units === 'mi' ? 'unit-mi' : 'unit-km');
  const planLabel = t(lang, 'chart-plan');
  const doneLabel = t(lang, 'chart-done');
  const x = {
    field: 'week',
    type: 'ordinal' as const,
    scale: { domain: { expr: 'weekOrder' }, paddingInner: 0.25, paddingOuter: 0.1 },
    axis: { title: null, labelAngle: 0, labelFontSize: 17, labelPadding: 8, ticks: false, domainColor: '#8892a0' },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: shape.width,
    height: shape.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: { left: 24, right: 32, top: 20, bottom: 20 },
    background: '#ffffff',
    params: [
      { name: 'weekOrder', value: data.weekOrder },
      { name: 'yMax', value: data.yMax },
    ],
    datasets: { rows: data.rows, highlight: data.highlight },
    title: {
      text: shape.title,
      subtitle: shape.subtitle,
      anchor: 'start',
      fontSize: 28,
      subtitleFontSize: 17,
      subtitleColor: '#5b6573',
      offset: 16,
    },
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelColor: '#333a44', titleColor: '#333a44' },
      legend: { labelFont: CHART_FONT, titleFont: CHART_FONT },
    },
    layer: [
      {
        data: { name: 'highlight' },
        mark: { type: 'rect', color: '#fff3c4' },
        encoding: { x },
      },
      {
        data: { name: 'rows' },
        layer: [
          {
            mark: { type: 'bar', cornerRadiusTopLeft: 3, cornerRadiusTopRight: 3 },
            encoding: {
              x,
              // Weeks to come are drawn lighter with an outline: planned, not yet run.
              opacity: { condition: { test: 'datum.future', value: 0.55 }, value: 1 },
              stroke: { condition: { test: 'datum.future', value: '#8fa0b5' }, value: null },
              strokeDash: { condition: { test: 'datum.future', value: [6, 4] }, value: [1, 0] },
              xOffset: {
                field: 'series',
                type: 'nominal',
                sort: [planLabel, doneLabel],
                scale: { domain: [planLabel, doneLabel] },
              },
              y: {
                field: 'value',
                type: 'quantitative',
                scale: { domain: { expr: '[0, yMax]' }, nice: true },
                axis: {
                  title: unit,
                  titleFontSize: 18,
                  labelFontSize: 16,
                  grid: true,
                  gridColor: '#e6e9ee',
                  domain: false,
                  ticks: false,
                  tickCount: 6,
                },
              },
              color: {
                field: 'series',
                type: 'nominal',
                scale: { domain: [planLabel, doneLabel], range: ['#c3cedc', '#2b7bba'] },
                legend: {
                  title: null,
                  orient: 'top-right',
                  direction: 'horizontal',
                  labelFontSize: 18,
                  symbolSize: 260,
                  symbolType: 'square',
                  fillColor: '#ffffff',
                  padding: 6,
                },
              },
            },
          },
          {
            mark: { type: 'text', dy: -10, fontSize: 15, color: '#333a44' },
            encoding: {
              x,
              xOffset: {
                field: 'series',
                type: 'nominal',
                sort: [planLabel, doneLabel],
                scale: { domain: [planLabel, doneLabel] },
              },
              y: { field: 'value', type: 'quantitative' },
              text: { field: 'value', type: 'quantitative', format: '.1~f' },
            },
          },
        ],
      },
    ],
  } as TopLevelSpec;
}

/** The whole chart as one Vega-Lite spec (its data inline): for a one-off render and for reading what it says. */
export function weeklyKmSpec(weeks: WeekBar[], options: WeeklyChartOptions): TopLevelSpec {
  return weeklyKmTemplate(weeklyKmShape(weeks, options), weeklyKmData(weeks, options));
}

/** The chart as SVG, through the kept view of its shape (compiled once per shape). */
export async function weeklyKmSvg(weeks: WeekBar[], options: WeeklyChartOptions): Promise<string> {
  const shape = weeklyKmShape(weeks, options);
  const data = weeklyKmData(weeks, options);
  return cachedViewSvg(
    JSON.stringify(shape),
    () => weeklyKmTemplate(shape, data),
    (view) => {
      view.data('rows', data.rows).data('highlight', data.highlight);
      view.signal('weekOrder', data.weekOrder).signal('yMax', data.yMax);
      // Lay the chart out again (autosize "fit"): new labels may be wider or narrower than the last chart's.
      view.resize();
    },
  );
}

/** The chart as PNG bytes (about 1,240×640). */
export async function weeklyKmChart(weeks: WeekBar[], options: WeeklyChartOptions): Promise<Buffer> {
  return svgToPng(await weeklyKmSvg(weeks, options));
}
