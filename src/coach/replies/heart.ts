/** Heart-rate words: the runner's numbers and zones (training/zones/heart-rate.ts). Pure. */
import { t } from '../../messages/i18n.ts';
import type { Language } from '../../messages/languages.ts';
import { type HeartProfile, type HrMethod, hrZoneTable } from '../../training/zones/heart-rate.ts';

/** How the zones were set, in the runner's words (the methods' sources are cited in heart-rate.ts). */
const METHOD_KEYS: Record<HrMethod, string> = {
  friel: 'out-hr-method-friel',
  karvonen: 'out-hr-method-karvonen',
  max: 'out-hr-method-max',
};

/** hrZoneTable's zone names, as a runner calls each zone. */
const ZONE_KEYS: Record<string, string> = {
  recovery: 'out-hr-zone-recovery',
  'easy and long': 'out-hr-zone-easy',
  'marathon pace': 'out-hr-zone-marathon',
  threshold: 'out-hr-zone-threshold',
  intervals: 'out-hr-zone-intervals',
};

/** "max 188 · resting 52 bpm", or null when the runner gave none. */
export function heartNumbers(p: HeartProfile, lang: Language = 'en'): string | null {
  const parts = [
    p.maxHr !== null ? t(lang, 'out-hr-max', { n: String(p.maxHr) }) : null,
    p.restingHr !== null ? t(lang, 'out-hr-resting', { n: String(p.restingHr) }) : null,
    p.lthrHr !== null ? t(lang, 'out-hr-threshold', { n: String(p.lthrHr) }) : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? t(lang, 'out-hr-bpm', { list: parts.join(' · ') }) : null;
}

/** The zones as lines ("Easy and long: 130–152 bpm"), with how they were set; [] when unknown. */
export function heartZoneLines(p: HeartProfile, lang: Language = 'en'): string[] {
  const table = hrZoneTable(p);
  if (!table) return [];
  return [
    t(lang, 'out-hr-zones-by', { method: t(lang, METHOD_KEYS[table.method]) }),
    ...table.zones.map((z) => {
      const key = ZONE_KEYS[z.zone];
      const name = key ? t(lang, key) : `${z.zone[0]?.toUpperCase()}${z.zone.slice(1)}`;
      return t(lang, 'out-hr-zone', { name, min: String(z.range.min), max: String(z.range.max) });
    }),
  ];
}
