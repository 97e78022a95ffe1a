/**
 * The chart fonts: DejaVu Sans regular and bold from `dejavu-fonts-ttf`, so a chart looks the same on a machine with
 * no fonts installed, and their subsets in assets/fonts (scripts/subset-fonts.sh). resvg reads its font files again
 * for every text of a chart, so the subsets (~190 KiB instead of ~740 KiB) cut a chart's text from ~16 ms to ~7 ms
 * and rasterise to the same bytes (measured, issue 18). A chart with a character outside the subsets' ranges (an
 * emoji in a title, a script runcoach does not speak) is drawn with the full fonts, as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const CHART_FONT = 'DejaVu Sans';

const FACES = ['DejaVuSans', 'DejaVuSans-Bold'];

/** assets/fonts from this file: src/charts and dist/charts are at the same depth. */
const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');

const subsetFile = z.object({ ranges: z.array(z.tuple([z.number().int(), z.number().int()])) });

let fullFiles: string[] | undefined;
let subset: { files: string[]; ranges: [number, number][] } | null | undefined;

/** The shipped TrueType files, whole (regular and bold are all the charts use). */
export function chartFontFiles(): string[] {
  if (!fullFiles) {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fullFiles = FACES.map((f) => join(dir, `${f}.ttf`));
  }
  return fullFiles;
}

/** The subsets and the code points they hold; null when they are not there (a tree without assets/). */
function loadSubset(): { files: string[]; ranges: [number, number][] } | null {
  const files = FACES.map((f) => join(ASSETS, `${f}.subset.ttf`));
  const list = join(ASSETS, 'subset.json');
  if (![...files, list].every((f) => existsSync(f))) return null;
  const parsed = subsetFile.safeParse(JSON.parse(readFileSync(list, 'utf8')));
  return parsed.success ? { files, ranges: parsed.data.ranges } : null;
}

/** True when every character of `text` is in one of the (few, sorted or not) ranges. */
export function withinRanges(text: string, ranges: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 127 && c >= 32) continue; // the SVG's markup: the common case, checked first
    const code = text.codePointAt(i) ?? c;
    if (code > 0xffff) i++; // the low half of a surrogate pair
    if (c === 10 || c === 13 || c === 9) continue;
    if (!ranges.some(([lo, hi]) => code >= lo && code <= hi)) return false;
  }
  return true;
}

/** The font files to draw `svg` with: the subsets when they hold all its characters, else the whole fonts. */
export function fontFilesFor(svg: string): string[] {
  if (subset === undefined) subset = loadSubset();
  return subset && withinRanges(svg, subset.ranges) ? subset.files : chartFontFiles();
}
