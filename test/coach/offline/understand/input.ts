/**
 * Unit-test harness for the offline coach's detectors: builds the `Input` a detector reads the way
 * understand() builds it (normalised text, the runner's local today, dates cached per mode), so each detector
 * can be called on its own. The clock is fixed: Monday 30 November 2026, noon UTC, in Madrid (13:00 local).
 */
import { type DateMention, type DateMode, findDates, localToday } from '../../../../src/coach/offline/dates.ts';
import { languageOf } from '../../../../src/coach/offline/lang/types.ts';
import { normalize } from '../../../../src/coach/offline/text.ts';
import type { Input, Outcome, UnderstandContext } from '../../../../src/coach/offline/understand/types.ts';
import { renderRef } from '../../../../src/messages/refs.ts';
import { expectValidCalls, type Seen, strip } from '../helpers.ts';

export const NOW = new Date('2026-11-30T12:00:00Z');
export const ZONE = 'Europe/Madrid';

/** The days around NOW in Madrid (Monday 30 November 2026). */
export const D = {
  lastMon: '2026-11-23',
  lastThu: '2026-11-26',
  lastSat: '2026-11-28',
  yesterday: '2026-11-29',
  today: '2026-11-30',
  tomorrow: '2026-12-01',
  wed: '2026-12-02',
  thu: '2026-12-03',
  fri: '2026-12-04',
  sat: '2026-12-05',
  sun: '2026-12-06',
  nextMon: '2026-12-07',
  nextWed: '2026-12-09',
} as const;

export function input(text: string, ctx: Partial<UnderstandContext> = {}): Input {
  const full: UnderstandContext = { now: NOW, timezone: ZONE, units: 'km', hasPlan: false, ...ctx };
  const cache = new Map<DateMode, DateMention[]>();
  const t = normalize(text, languageOf(full.language));
  return {
    raw: text,
    t,
    ctx: full,
    zone: full.timezone,
    today: localToday(full.now, full.timezone),
    dates: (mode) => {
      let v = cache.get(mode);
      if (!v) {
        v = findDates(t, full.now, full.timezone, mode);
        cache.set(mode, v);
      }
      return v;
    },
  };
}

/**
 * Run one detector on a message: null when it passes the message on, else the result as an English runner
 * reads it (tool calls checked against their zod schemas, notes dropped, the hint rendered in English).
 */
export function run(detector: (i: Input) => Outcome, text: string, ctx: Partial<UnderstandContext> = {}): Seen | null {
  const out = detector(input(text, ctx));
  if (out === null) return null;
  expectValidCalls(out);
  return strip(out);
}

/** The notes a detector attached to its tool calls, in English ('' without any). */
export function notes(detector: (i: Input) => Outcome, text: string, ctx: Partial<UnderstandContext> = {}): string {
  const out = detector(input(text, ctx));
  return out?.kind === 'tools' ? (out.notes ?? []).map((n) => renderRef('en', n)).join(' ') : '';
}

/** A message of 4,000 characters: detectors must stay quiet or answer, never throw. */
export const LONG = `I ran 5 km in 30 minutes ${'and then some more '.repeat(220)}`.slice(0, 4000);

/** The arguments of the first tool call in a result ({} when there is none), for checking one field. */
export function firstArgs(seen: Seen | null): Record<string, unknown> {
  return seen?.kind === 'tools' ? ((seen.calls[0]?.args ?? {}) as Record<string, unknown>) : {};
}
