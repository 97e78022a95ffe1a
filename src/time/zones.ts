/**
 * What a runner types for "where are you" → an IANA time zone: the one resolution every face uses (the chat's
 * settings, the Mini App's settings form, the update_profile tool whatever brain calls it). An IANA name in any
 * case ("europe/berlin"), a city or single-zone country ("Berlin", "München", "New York"), or a common
 * abbreviation ("CET"). The place table is the offline coach's (src/coach/offline/places.ts).
 */
import { canonicalZone, zoneForPlace } from '../coach/offline/places.ts';

export type ZoneResolution =
  | { ok: true; zone: string }
  | { ok: false; reason: 'empty' | 'ambiguous' | 'unknown'; message: string };

/** Lower case, accents folded ("München" → "munchen"), spaces squeezed, trailing punctuation dropped. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,!?;]+$/, '')
    .trim();
}

export function resolveTimeZone(text: string): ZoneResolution {
  const input = text.trim();
  if (!input) return { ok: false, reason: 'empty', message: 'Type a city (Berlin) or a time zone (Europe/Berlin).' };
  const iana = canonicalZone(input);
  if (iana) return { ok: true, zone: iana };
  const folded = fold(input);
  const found = zoneForPlace(folded);
  if (found === 'ambiguous') {
    return {
      ok: false,
      reason: 'ambiguous',
      message: `"${input}" spans several time zones: type your city (Chicago) or the zone (America/Chicago).`,
    };
  }
  // The whole text must be the place: "Berlin" is a city, "Berlin or so" is not a setting.
  if (found && found.length === folded.length) return { ok: true, zone: found.zone };
  return {
    ok: false,
    reason: 'unknown',
    message: `I don't know where "${input}" is: type a bigger city nearby (Berlin) or a time zone (Europe/Berlin).`,
  };
}
