import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_FONT, chartFontFiles, fontFilesFor, withinRanges } from '../../src/charts/fonts.ts';
import { svgToPng } from '../../src/charts/render.ts';
import { weeklyKmSvg } from '../../src/charts/weekly-km.ts';
import type { Language } from '../../src/messages/languages.ts';
import { LANGUAGES } from '../../src/messages/languages.ts';
import { addDays } from '../../src/time/local.ts';

const weeks = Array.from({ length: 10 }, (_, i) => ({
  weekStart: addDays('2026-10-12', 7 * i),
  planned: 20 + i,
  done: i < 8 ? 18.5 + i : null,
  current: i === 7,
}));

/** The PNG drawn with the whole fonts, as before the subsets. */
function withFullFonts(svg: string): Buffer {
  const font = { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT };
  return new Resvg(svg, { background: '#ffffff', font: { ...font, sansSerifFamily: CHART_FONT } }).render().asPng();
}

describe('chart fonts', () => {
  it('tells whether every character is within the ranges', () => {
    const ranges = [
      [32, 126],
      [1024, 1327],
    ] as const;
    expect(withinRanges('<text>Plan 12.5 km</text>\n', ranges)).toBe(true);
    expect(withinRanges('Недельный объём', ranges)).toBe(true);
    expect(withinRanges('Größe', ranges)).toBe(false);
    expect(withinRanges('run 🏃', ranges)).toBe(false);
  });

  it('draws a chart of every language with the subsets, to the same bytes as the whole fonts', async () => {
    for (const lang of LANGUAGES as readonly Language[]) {
      const svg = await weeklyKmSvg(weeks, { units: lang === 'en' ? 'mi' : 'km', lang });
      const files = fontFilesFor(svg);
      expect(files, lang).not.toEqual(chartFontFiles());
      for (const f of files) expect(existsSync(f)).toBe(true);
      expect((await svgToPng(svg)).equals(withFullFonts(svg)), lang).toBe(true);
    }
  });

  it('falls back to the whole fonts for a character the subsets lack', async () => {
    const svg = await weeklyKmSvg(weeks, { units: 'km', title: 'Weekly distance 🏃 ✓ 한국어' });
    expect(fontFilesFor(svg)).toEqual(chartFontFiles());
    expect((await svgToPng(svg)).equals(withFullFonts(svg))).toBe(true);
  });
});
