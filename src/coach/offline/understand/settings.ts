/** Settings: clock times, time zone, units, name, days a week, long-run day. */
import { HR_LIMITS } from '../../../training/zones/heart-rate.ts';
import type { ToolArgs, ToolCall } from '../../tools/schemas.ts';
import { canonicalZone, zoneForPlace } from '../places.ts';
import { parseClockTime } from '../quantities.ts';
import { call, hint, tools } from './helpers.ts';
import { findDaysPerWeek, findLongRunDay, findWeeklyKm } from './phrases.ts';
import type { Input, Outcome } from './types.ts';

export const TIME_TRIGGER =
  /\b(wake me|wake up|morning|mornings|evening|evenings|check[- ]?ins?|send|remind|reminders?|messages?|notify|notifications?|ping|daily|workout time)\b/;
export const TIME_TOKEN =
  /(?:\b(at|to|around|by|for|@|is)\s*)?\b(noon|midday|midnight|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|h\b|o'?clock)?)/g;

export function detectSettings(i: Input, full: boolean): Outcome {
  const { t, raw, ctx } = i;
  const args: ToolArgs<'update_profile'> = {};
  // clock times
  if (TIME_TRIGGER.test(t) && !/\b(?:ran|jogged|did|done|finished|raced)\b/.test(t)) {
    let lastEnd = 0;
    for (const m of t.matchAll(TIME_TOKEN)) {
      const token = m[2] ?? '';
      const hasMarker = /am|pm|a\.m|p\.m|h$|o'?clock|noon|midday|midnight|[:.h]\d/.test(token);
      if (!m[1] && !hasMarker) continue;
      if (
        /^\d+$/.test(token.trim()) &&
        /^ ?(?:days?|times?|k|km|mi|miles?|min|minutes?|hours?|weeks?|x)\b/.test(t.slice(m.index + m[0].length))
      )
        continue;
      const context = t.slice(lastEnd, m.index);
      lastEnd = m.index + m[0].length;
      const following = t.slice(lastEnd).split(/\d/)[0] ?? '';
      const eveningRe = /\b(evening|evenings|check[- ]?ins?|night|tonight|bedtime|after work|reflection)\b/;
      const morningRe = /\b(wake|morning|mornings)\b/;
      const generic = /\b(workout|daily|send|remind|reminders?|messages?|plan|notify|ping)\b/.test(context);
      let role: 'morning' | 'evening' | null = null;
      if (morningRe.test(context) && !eveningRe.test(context)) role = 'morning';
      else if (eveningRe.test(context)) role = 'evening';
      else if (eveningRe.test(following)) role = 'evening';
      else if (morningRe.test(following) || generic) role = 'morning';
      if (!role) continue;
      const clock = parseClockTime(token, role);
      if (clock === 'invalid') return hint('und-hint-times');
      if (!clock) continue;
      if (role === 'evening') args.eveningTime ??= clock;
      else args.morningTime ??= clock;
    }
  }
  // time zone
  const zoneKeyword = /\btime ?zone\b|\btz\b/.test(t);
  const iana = /\b([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})\b/.exec(raw);
  const ianaZone = iana?.[1] ? canonicalZone(iana[1]) : null;
  if (ianaZone) args.timezone = ianaZone;
  else {
    const place =
      /\b(?:i'm|i am|i live|i'm living|living|based|located|staying|currently|moved|moving|relocated|relocating|i'm back|now)\s+(?:now\s+)?(?:in|at|to)\s+(.+)$/.exec(
        t,
      ) ??
      /\btime ?zone\s*(?:is|:|=|to|should be|now)?\s*(?:to\s+)?(.+)$/.exec(t) ??
      /\btz\s*(?:is|:|=)?\s*(.+)$/.exec(t);
    if (place?.[1]) {
      const found = zoneForPlace(place[1]);
      if (found === 'ambiguous') return hint('und-hint-zone-country');
      if (found) {
        const rest = place[1].slice(found.length);
        if (
          zoneKeyword ||
          /^\s*(?:$|[.,!?;)]|now\b|currently\b|these days\b|at the moment\b|and\b|for now\b|this (?:week|month|year)\b|since\b|too\b|[^\w\s])/u.test(
            rest,
          )
        ) {
          args.timezone = found.zone;
        }
      } else if (zoneKeyword) {
        return hint('und-hint-zone');
      } else if (full) {
        // "I'm in Springfield": a capitalised name the place list does not know (not "I'm in pain").
        const named = /\b(?:in|at|to)\s+(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,2})\s*[.!]?\s*$/u.exec(raw.trim());
        if (
          named?.[1] &&
          !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/.test(
            named[1],
          )
        ) {
          return hint('und-hint-zone-unknown', { place: named[1] });
        }
      }
    } else if (zoneKeyword && full && /\b(?:set|change|my|update)\b/.test(t) && !/\?$/.test(t)) {
      return hint('und-hint-zone');
    }
  }
  // units
  if (
    /\b(?:use|using|switch(?: me)?(?: to)?|change(?: it)?(?: to)?|set(?: units)?(?: to)?|prefer|units?(?: to| =|:| in)?|show(?: me)?(?: it)?(?: in)?|in|go)\s+(?:miles|mi|imperial)\b|^(?:miles|imperial)(?: please)?$|\bi (?:think|run|count) in miles\b/.test(
      t,
    )
  ) {
    args.units = 'mi';
  } else if (
    /\b(?:use|using|switch(?: me)?(?: to)?|change(?: it)?(?: to)?|set(?: units)?(?: to)?|prefer|units?(?: to| =|:| in)?|show(?: me)?(?: it)?(?: in)?|in|go)\s+(?:km|kms|kilometers|kilometres|metric)\b|^(?:km|kilometers|kilometres|metric)(?: please)?$/.test(
      t,
    )
  ) {
    args.units = 'km';
  }
  // name (from the raw text, to keep its case)
  const name =
    /\b(?:my name is|my name's|name's|call me|i am called|i'm called|name\s*[:=])\s*([^\s,.!?;:]+)(?:\s+([^\s,.!?;:]+))?/iu.exec(
      raw.trim(),
    );
  if (name?.[1]) {
    const first = name[1];
    const second = name[2] && /^\p{Lu}/u.test(name[2]) ? ` ${name[2]}` : '';
    const value = `${first}${second}`.replace(/[^\p{L}\p{N}' -]/gu, '').slice(0, 64);
    if (value && !/^(?:not|a|the|please)$/i.test(value)) args.name = value;
  }
  const lrd = findLongRunDay(t);
  if (lrd) args.longRunDay = lrd;
  // "my max HR is 188, resting 52", "LTHR 165": heart-rate zones (training/zones/heart-rate.ts).
  for (const [key, re] of HR_PATTERNS) {
    const m = re.exec(t);
    if (!m?.[1]) continue;
    const bpm = Number(m[1]);
    const { min, max } = HR_LIMITS[key];
    if (bpm < min || bpm > max) return hint('und-hint-heart-rate', { bpm, min, max });
    args[key] = bpm;
  }
  if (full) {
    const dpw = findDaysPerWeek(t);
    if (dpw) {
      if (dpw.value < 2 || dpw.value > 7) return hint('und-hint-days-per-week');
      args.daysPerWeek = dpw.value;
    }
    const weekly = findWeeklyKm(t, ctx.units);
    if (weekly) {
      if (weekly.value < 0 || weekly.value > 300) return hint('und-hint-weekly-km');
      args.weeklyKm = weekly.value;
    }
  }
  if (Object.keys(args).length === 0) return null;
  // With a plan, days a week, the long-run day and the weekly volume change that plan from today on.
  const { daysPerWeek, longRunDay, weeklyKm, ...rest } = args;
  if (full && ctx.hasPlan && (daysPerWeek !== undefined || longRunDay !== undefined || weeklyKm !== undefined)) {
    const calls: ToolCall[] = [];
    if (Object.keys(rest).length > 0) calls.push(call('update_profile', rest));
    calls.push(call('change_plan', { daysPerWeek, longRunDay, weeklyKm }));
    return tools(calls);
  }
  return tools([call('update_profile', args)]);
}

const HR_WORD = `(?:heart ?rate|hr|pulse|bpm)`;
const HR_IS = String.raw`\s*(?:is|was|of|=|:|at|around|about|is about|is around)?\s*`;
/** Which heart rate a phrase names; the number follows the name. */
const HR_PATTERNS: [keyof typeof HR_LIMITS, RegExp][] = [
  ['maxHr', new RegExp(String.raw`\b(?:max(?:imum)?|peak)\s*${HR_WORD}${HR_IS}(\d{2,4})\b`)],
  ['restingHr', new RegExp(String.raw`\b(?:resting|rest)\s*(?:${HR_WORD})?${HR_IS}(\d{2,4})\b`)],
  ['lthrHr', new RegExp(String.raw`\b(?:lthr|(?:lactate[- ])?threshold\s*${HR_WORD})${HR_IS}(\d{2,4})\b`)],
];
