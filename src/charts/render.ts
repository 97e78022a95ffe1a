/**
 * Charts as PNG without a browser or native canvas: Vega-Lite compiles the spec to Vega, Vega renders SVG
 * headlessly (`renderer: 'none'`), resvg rasterises it with the shipped DejaVu fonts (fonts.ts), so the output is the
 * same on a machine with no fonts installed. In the main thread rasterising runs on libuv's pool
 * (`renderAsync`); in a chart worker, which has nothing else to do, it runs in the thread itself (no hop to the
 * pool and back: ~10 ms less a chart, measured).
 */
import { isMainThread } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT, fontFilesFor } from './fonts.ts';

// Vega, Vega-Lite and resvg cost ~50 MiB of RSS and ~1 s of start-up (measured, issue 18): they load on the first
// chart, not at start. Each import() is awaited once; later charts reuse the loaded modules.
let vegaModules: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;
let resvgModule: Promise<typeof import('@resvg/resvg-js')> | undefined;
export const loadVega = () => {
  vegaModules ??= Promise.all([import('vega'), import('vega-lite')]);
  return vegaModules;
};
const loadResvg = () => {
  resvgModule ??= import('@resvg/resvg-js');
  return resvgModule;
};

export { CHART_FONT, chartFontFiles } from './fonts.ts';

/** Vega-Lite spec → SVG text. */
export async function vegaLiteToSvg(spec: TopLevelSpec): Promise<string> {
  const [{ parse, View }, { compile }] = await loadVega();
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const pngOptions = new Map<string[], ResvgRenderOptions>();

/** The rasteriser's options for a set of font files, built once each: only those fonts, white behind. */
function optionsFor(fontFiles: string[]): ResvgRenderOptions {
  let options = pngOptions.get(fontFiles);
  if (!options) {
    options = {
      background: '#ffffff',
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    };
    pngOptions.set(fontFiles, options);
  }
  return options;
}

/** SVG → PNG bytes, with only the shipped fonts. */
export async function svgToPng(svg: string, background = '#ffffff'): Promise<Buffer> {
  const { Resvg, renderAsync } = await loadResvg();
  const base = optionsFor(fontFilesFor(svg));
  const options = background === '#ffffff' ? base : { ...base, background };
  const image = isMainThread ? await renderAsync(svg, options) : new Resvg(svg, options).render();
  return image.asPng();
}

export async function renderVegaLitePng(spec: TopLevelSpec): Promise<Buffer> {
  return svgToPng(await vegaLiteToSvg(spec));
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
