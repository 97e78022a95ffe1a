/** Small helpers shared by the detectors: building tool calls, hints, masking spans. */
import { type MessageRef, type RefArg, ref } from '../../../messages/refs.ts';
import type { ToolArgs, ToolCall, ToolName } from '../../tools/schemas.ts';
import { type DateMention, WEEKDAY_CODES, type Weekday } from '../dates.ts';
import type { Span } from '../quantities.ts';
import type { Input, Understanding } from './types.ts';

// small helpers

export const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function call<N extends ToolName>(name: N, args: ToolArgs<N>): ToolCall {
  return { name, args: clean(args) } as ToolCall;
}

export function tools(calls: ToolCall[], notes: MessageRef[] = []): Understanding {
  return notes.length > 0 ? { kind: 'tools', calls, notes } : { kind: 'tools', calls };
}

/** A hint in words of understand.ftl: `hint('und-hint-times')`; a Hint passed up is given as its ref. */
export function hint(key: string | MessageRef, args?: Record<string, RefArg>): Understanding {
  return { kind: 'unknown', hint: typeof key === 'string' ? ref(key, args) : key };
}

/** A clarifying question: the answer the runner gives next is put back into this message. */
export function ask(
  i: Input,
  question: MessageRef,
  what: 'duration' | 'distance' | 'race_date' | 'pain',
): Understanding {
  return {
    kind: 'unknown',
    hint: question,
    expect: { kind: 'complete', ask: what, text: i.raw.trim().slice(0, 1000) },
  };
}

export function mask(t: string, spans: Span[]): string {
  let out = t;
  for (const s of spans) out = out.slice(0, s.index) + ' '.repeat(Math.max(0, s.end - s.index)) + out.slice(s.end);
  return out;
}

export function validZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

export const dayMentions = (ms: DateMention[]): DateMention[] => ms.filter((m) => !m.period && !m.monthOnly);

/** "Wednesday and Sunday", "Monday, Wednesday and Friday". */
export function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function uniqueWeekdays(days: Weekday[]): Weekday[] {
  return WEEKDAY_CODES.filter((d) => days.includes(d));
}
