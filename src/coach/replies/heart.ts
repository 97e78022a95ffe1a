/** Heart-rate words: the runner's numbers and zones (training/zones/heart-rate.ts). Pure. */
import { html } from '../../messages/html.ts';
import { formatHrRange, type HeartProfile, HR_METHOD_NAME, hrZoneTable } from '../../training/zones/heart-rate.ts';

/** "max 188 · resting 52 bpm", or null when the runner gave none. */
export function heartNumbers(p: HeartProfile): string | null {
  const parts = [
    p.maxHr !== null ? `max ${p.maxHr}` : null,
    p.restingHr !== null ? `resting ${p.restingHr}` : null,
    p.lthrHr !== null ? `threshold ${p.lthrHr}` : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? `${parts.join(' · ')} bpm` : null;
}

/** The zones as lines ("Easy and long: 130–152 bpm"), with how they were set; [] when unknown. */
export function heartZoneLines(p: HeartProfile): string[] {
  const table = hrZoneTable(p);
  if (!table) return [];
  return [
    html`Heart-rate zones, by ${HR_METHOD_NAME[table.method]}:`,
    ...table.zones.map((z) => html`${z.zone[0]?.toUpperCase()}${z.zone.slice(1)}: ${formatHrRange(z.range)}`),
  ];
}
