export { CHART_FONT, chartFontFiles, pngDimensions, renderVegaLitePng, svgToPng, vegaLiteToSvg } from './render.ts';
export {
  CHART_HEIGHT,
  CHART_WIDTH,
  type WeekBar,
  type WeeklyChartOptions,
  weekLabel,
  weeklyKmChart,
  weeklyKmSpec,
} from './weekly-km.ts';
