/**
 * Inline-button payloads. Telegram allows 1–64 bytes of callback data, so payloads are short tokens; every
 * one is parsed back strictly, and anything stale or forged decodes to null (a polite answer, never an error).
 */
import { z } from 'zod';
import { FEELINGS, GOALS, localDateSchema, WEEKDAYS } from '../coach/tools/schemas.ts';
import { LANGUAGES, type Language } from './languages.ts';

/** A real calendar day: a forged `done:2026-13-45` is stale data (null), not a tool call with a bad date. */
const date = localDateSchema;

export type ButtonAction =
  | { a: 'done'; date: string }
  | { a: 'skip'; date: string }
  | { a: 'move'; date: string }
  | { a: 'moveTo'; date: string; to: string }
  | { a: 'rpe'; date: string; rpe: number }
  | { a: 'words'; date: string }
  | { a: 'setup'; step: 'go' | 'skip' }
  | { a: 'goal'; goal: (typeof GOALS)[number] }
  | { a: 'weeks'; weeks: number }
  | { a: 'days'; days: number }
  | { a: 'km'; km: number }
  | { a: 'lrd'; day: (typeof WEEKDAYS)[number] }
  | { a: 'set'; key: 'units' | 'days' | 'lrd' | 'morning' | 'evening' | 'tz' | 'strava'; value?: string }
  | { a: 'feel'; date: string; feeling: (typeof FEELINGS)[number] }
  | { a: 'del'; confirm: boolean }
  | { a: 'today' }
  | { a: 'week' }
  /** A run read from a photo: Log it, Change it (type it), or Cancel. */
  | { a: 'plog'; date: string; km: number; sec: number }
  | { a: 'pchg' }
  | { a: 'pno' }
  | { a: 'ask'; what: 'log' | 'help' }
  | { a: 'unskip'; date: string }
  | { a: 'fit'; date: string }
  | { a: 'calnew' }
  | { a: 'ivoff' }
  /** /language: the runner picked a language. */
  | { a: 'lang'; lang: Language }
  /** The answer to "was that race all-out, in fair conditions?" (rule 16). */
  | { a: 'race'; yes: boolean };

export function encode(action: ButtonAction): string {
  switch (action.a) {
    case 'done':
    case 'skip':
    case 'move':
    case 'words':
      return `${action.a}:${action.date}`;
    case 'moveTo':
      return `mv:${action.date}:${action.to}`;
    case 'rpe':
      return `rpe:${action.date}:${action.rpe}`;
    case 'feel':
      return `feel:${action.date}:${action.feeling}`;
    case 'setup':
      return `setup:${action.step}`;
    case 'goal':
      return `goal:${action.goal}`;
    case 'weeks':
      return `weeks:${action.weeks}`;
    case 'days':
      return `days:${action.days}`;
    case 'km':
      return `km:${action.km}`;
    case 'lrd':
      return `lrd:${action.day}`;
    case 'set':
      return action.value === undefined ? `set:${action.key}` : `set:${action.key}:${action.value}`;
    case 'del':
      return `del:${action.confirm ? 'yes' : 'no'}`;
    case 'today':
    case 'week':
    case 'pchg':
    case 'pno':
      return action.a;
    case 'plog':
      return `plog:${action.date}:${action.km}:${action.sec}`;
    case 'ask':
      return `ask:${action.what}`;
    case 'unskip':
      return `unskip:${action.date}`;
    case 'fit':
      return `fit:${action.date}`;
    case 'calnew':
    case 'ivoff':
      return action.a;
    case 'lang':
      return `lang:${action.lang}`;
    case 'race':
      return `race:${action.yes ? 'yes' : 'no'}`;
  }
}

/** How many `:`-separated parts the payloads of a fixed shape have; the others check their own. */
const FIXED_PARTS = new Map<string, number>([
  ['mv', 3],
  ['rpe', 3],
  ['feel', 3],
  ['setup', 2],
  ['goal', 2],
  ['weeks', 2],
  ['days', 2],
  ['km', 2],
  ['lrd', 2],
  ['del', 2],
]);

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export function decode(data: string | undefined): ButtonAction | null {
  if (!data || data.length > 64) return null;
  const parts = data.split(':');
  const [head, p1, p2, ...rest] = parts;
  if (rest.length > 1) return null;
  // A payload with a part more than its kind has (`del:yes:now`) is forged, not read as its first parts.
  const arity = FIXED_PARTS.get(head ?? '');
  if (arity !== undefined && parts.length !== arity) return null;
  const p2full = rest.length ? `${p2}:${rest[0]}` : p2;
  const attempt = (): ButtonAction | null => {
    switch (head) {
      case 'done':
      case 'skip':
      case 'move':
      case 'words':
        return p2 === undefined ? { a: head, date: date.parse(p1) } : null;
      case 'mv':
        return { a: 'moveTo', date: date.parse(p1), to: date.parse(p2) };
      case 'rpe':
        return { a: 'rpe', date: date.parse(p1), rpe: int(1, 10).parse(p2) };
      case 'feel':
        return { a: 'feel', date: date.parse(p1), feeling: z.enum(FEELINGS).parse(p2) };
      case 'setup':
        return { a: 'setup', step: z.enum(['go', 'skip']).parse(p1) };
      case 'goal':
        return { a: 'goal', goal: z.enum(GOALS).parse(p1) };
      case 'weeks':
        return { a: 'weeks', weeks: int(4, 52).parse(p1) };
      case 'days':
        return { a: 'days', days: int(2, 7).parse(p1) };
      case 'km':
        return { a: 'km', km: int(0, 300).parse(p1) };
      case 'lrd':
        return { a: 'lrd', day: z.enum(WEEKDAYS).parse(p1) };
      case 'set': {
        const key = z.enum(['units', 'days', 'lrd', 'morning', 'evening', 'tz', 'strava']).parse(p1);
        return p2full === undefined ? { a: 'set', key } : { a: 'set', key, value: z.string().max(40).parse(p2full) };
      }
      case 'del':
        return { a: 'del', confirm: z.enum(['yes', 'no']).parse(p1) === 'yes' };
      case 'today':
      case 'week':
      case 'pchg':
      case 'pno':
        return p1 === undefined ? { a: head } : null;
      case 'plog': {
        const [km, sec, extra] = (p2full ?? '').split(':');
        if (extra !== undefined) return null;
        return {
          a: 'plog',
          date: localDateSchema.parse(p1),
          km: z.coerce.number().positive().max(400).parse(km),
          sec: int(1, 7 * 24 * 3600).parse(sec),
        };
      }
      case 'ask':
        return p2 === undefined ? { a: 'ask', what: z.enum(['log', 'help']).parse(p1) } : null;
      case 'unskip':
        return p2 === undefined ? { a: 'unskip', date: date.parse(p1) } : null;
      case 'fit':
        return p2 === undefined ? { a: 'fit', date: date.parse(p1) } : null;
      case 'calnew':
      case 'ivoff':
        return p1 === undefined ? { a: head } : null;
      case 'lang':
        return p2 === undefined ? { a: 'lang', lang: z.enum(LANGUAGES).parse(p1) } : null;
      case 'race':
        return p2 === undefined ? { a: 'race', yes: z.enum(['yes', 'no']).parse(p1) === 'yes' } : null;
      default:
        return null;
    }
  };
  try {
    return attempt();
  } catch {
    return null;
  }
}
