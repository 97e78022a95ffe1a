/**
 * Texts that the engine and the tools write (change summaries, reasons, advice, warnings, errors) speak ISO dates
 * and kilometres. Before a runner reads them, dates become "Wed 2 Dec" and distances follow the runner's units.
 */
import { formatDistance, formatPace, type Units } from '../../messages/units.ts';
import { dayLabel } from '../../time/local.ts';

const ISO_DATE = /\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* )?(\d{4})-(\d{2})-(\d{2})\b/g;
const KM = /\b(\d+(?:\.\d+)?) ?km\b/g;
const PACE = /\b(\d{1,2}):([0-5]\d)(?:–(\d{1,2}):([0-5]\d))? ?\/ ?km\b/g;

/** "Moved to Wed 2026-12-02" → "Moved to Wed 2 Dec"; "Long run 9 km" → "Long run 5.6 mi" for a runner in miles. */
export function readable(text: string, units: Units = 'km', today?: string): string {
  let out = text.replace(ISO_DATE, (whole, y: string, m: string, d: string) => {
    const iso = `${y}-${m}-${d}`;
    const label = dayLabel(iso);
    if (label.includes('Invalid')) return whole;
    return today && today.slice(0, 4) !== y ? `${label} ${y}` : label;
  });
  if (units === 'mi') {
    out = out.replace(PACE, (_w, m1: string, s1: string, m2?: string, s2?: string) => {
      const a = formatPace(Number(m1) * 60 + Number(s1), 'mi');
      return m2 && s2 ? `${a.replace('/mi', '')}–${formatPace(Number(m2) * 60 + Number(s2), 'mi')}` : a;
    });
    out = out.replace(KM, (_w, n: string) => formatDistance(Number(n), 'mi'));
  }
  return out;
}
