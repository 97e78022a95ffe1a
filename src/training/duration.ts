/** Race and run durations as the contracts write them: H:MM:SS or MM:SS. */

const DURATION = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$/;

/** Seconds for "H:MM:SS" or "MM:SS", or null when the text is not such a duration (or is zero). */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m) return null;
  const sec = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return sec > 0 ? sec : null;
}

const RACE_TIME = /^(?:(\d{1,2}):([0-5]\d)|(\d{1,3})):([0-5]\d)$/;

/**
 * Seconds for a race time "H:MM:SS" or "MM:SS" where the minutes may pass 59 ("61:18" is 1:01:18, as runners
 * write a 10K), or null.
 */
export function parseRaceTime(text: string): number | null {
  const m = RACE_TIME.exec(text.trim());
  if (!m) return null;
  const sec = m[1] !== undefined ? Number(m[1]) * 3600 + Number(m[2]) * 60 : Number(m[3]) * 60;
  const total = sec + Number(m[4]);
  return total > 0 ? total : null;
}

/** "H:MM:SS" for an hour or more, otherwise "M:SS". */
export function formatDuration(totalSec: number): string {
  const s = Math.round(totalSec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Contract form H:MM:SS (hours always shown). */
export function formatHms(totalSec: number): string {
  const s = Math.round(totalSec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

/** "4:31" for 271 seconds per km. */
export function formatPace(secPerKm: number): string {
  const s = Math.round(secPerKm);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
