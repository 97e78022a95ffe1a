/** Test helpers: expected local dates computed with Intl (independently of the code under test). */
import { expect } from 'vitest';
import type { Understanding } from '../../../src/coach/offline/index.ts';
import { type ToolCall, toolArgSchemas } from '../../../src/coach/tools/schemas.ts';
import { renderRef } from '../../../src/messages/refs.ts';

export type Wd = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const WDS: Wd[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export function intlLocalDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function shift(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function weekday(iso: string): number {
  return ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1; // 1 = Monday
}

/** Dates relative to the runner's local today. */
export interface Z {
  today: string;
  plus(n: number): string;
  /** The first such weekday on or after today. */
  next(wd: Wd): string;
  /** The latest such weekday on or before today. */
  prev(wd: Wd): string;
  nextMonday: string;
  /** Days from today to Sunday, inclusive. */
  daysToSunday: number;
}

export function zOf(now: Date, timeZone: string): Z {
  const today = intlLocalDate(now, timeZone);
  const cur = weekday(today);
  return {
    today,
    plus: (n) => shift(today, n),
    next: (wd) => shift(today, (WDS.indexOf(wd) + 1 - cur + 7) % 7),
    prev: (wd) => shift(today, -((cur - (WDS.indexOf(wd) + 1) + 7) % 7)),
    nextMonday: shift(today, 8 - cur),
    daysToSunday: 8 - cur,
  };
}

export function expectValidCalls(u: Understanding): void {
  if (u.kind !== 'tools') return;
  expect(u.calls.length).toBeGreaterThan(0);
  for (const c of u.calls) assertValid(c);
}

export function assertValid(c: ToolCall): void {
  const parsed = toolArgSchemas[c.name].safeParse(c.args);
  if (!parsed.success) throw new Error(`${c.name} ${JSON.stringify(c.args)}: ${parsed.error.message}`);
}

/** An understanding as an English runner reads it: its hint in words (the coach renders the ref). */
export type Seen =
  | Exclude<Understanding, { kind: 'unknown' }>
  | (Omit<Extract<Understanding, { kind: 'unknown' }>, 'hint'> & { hint?: string });

/** The result without advisory notes, its hint in English, for exact comparison. */
export function strip(u: Understanding): Seen {
  if (u.kind === 'unknown') {
    const { hint, ...rest } = u;
    return hint ? { ...rest, hint: renderRef('en', hint) } : rest;
  }
  if (u.kind !== 'tools') return u;
  return { kind: 'tools', calls: u.calls };
}

/** The hint an English runner reads ('' without one). */
export const englishHint = (u: Understanding): string =>
  u.kind === 'unknown' && u.hint ? renderRef('en', u.hint) : '';

/** The guesses an English runner reads, one after the other. */
export const englishNotes = (u: Understanding): string =>
  u.kind === 'tools' ? (u.notes ?? []).map((n) => renderRef('en', n)).join(' ') : '';

export const tools = (...calls: ToolCall[]): Seen => ({ kind: 'tools', calls });
