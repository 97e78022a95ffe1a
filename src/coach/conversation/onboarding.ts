/**
 * Onboarding's last questions: where the runner is (a typed city or zone, or Telegram's location button) and
 * when the morning workout should arrive, ending with "your workout arrives at 06:30 Berlin time". Without
 * them a runner stays on UTC and a New York 06:30 workout arrives at 01:30.
 */

import { coachLanguage } from '../language.ts';
import { canonicalZone, zoneForCoordinates, zoneForPlace } from '../offline/places.ts';
import { parseClockTime } from '../offline/quantities.ts';
import { normalize } from '../offline/text.ts';
import {
  arrivalText,
  locationButton,
  locationInTerminalText,
  locationUnknownText,
  MORNING_OPTIONS,
  morningInvalidText,
  morningQuestionText,
  placeAmbiguousText,
  placeQuestionText,
  placeUnknownText,
  zoneSetText,
} from '../replies/questions.ts';
import { callTool } from '../tools/index.ts';
import type { CoachContext, OutgoingMessage } from '../types.ts';
import { expectAnswer } from './dialogue.ts';

/** Asks where the runner is (or, when the zone is already set, only the morning time). */
export function placeQuestion(ctx: CoachContext): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return [];
  if (user.timezone !== 'UTC') return morningQuestion(ctx);
  expectAnswer(ctx, { kind: 'place', next: 'morning' });
  const lang = coachLanguage({ ...ctx, user });
  return [{ html: placeQuestionText(lang), requestLocation: locationButton(lang) }];
}

export function morningQuestion(ctx: CoachContext): OutgoingMessage[] {
  const user = ctx.store.users.get(ctx.userId);
  if (!user) return [];
  expectAnswer(ctx, { kind: 'morning_time' });
  return [
    {
      html: morningQuestionText(coachLanguage({ ...ctx, user }), user.morningTime),
      buttons: [MORNING_OPTIONS.map((t) => ({ text: t, data: `set:morning:${t.replace(':', '.')}` }))],
    },
  ];
}

/** "Berlin", "I'm in New York", "Europe/Berlin": the zone, 'ambiguous', or null when no place is named. */
export function zoneFromText(text: string): string | 'ambiguous' | null {
  const raw = text.trim().replace(/[.!]+$/, '');
  const iana = canonicalZone(raw);
  if (iana) return iana;
  const t = normalize(raw).replace(
    /^(?:i'm|i am|i live|we live|living|based|currently|now)?\s*(?:in|at|near|from)?\s*(?:the city of\s+)?/,
    '',
  );
  const found = zoneForPlace(t);
  if (found === 'ambiguous') return 'ambiguous';
  return found ? found.zone : null;
}

function setZone(ctx: CoachContext, zone: string, next: 'morning' | 'done' | undefined): OutgoingMessage[] {
  const lang = coachLanguage(ctx);
  const outcome = callTool(ctx, 'update_profile', { timezone: zone });
  if (!outcome.result.ok) return [{ html: locationUnknownText(lang), removeKeyboard: true }];
  const done: OutgoingMessage = { html: zoneSetText(lang, zone), removeKeyboard: true };
  if (next === 'morning') return [done, ...morningQuestion(ctx)];
  ctx.store.users.update(ctx.userId, { pendingFlow: null });
  return [done];
}

/** A typed answer to "where do you live?"; null when the text names no place and reads as something else. */
export function answerPlace(ctx: CoachContext, text: string, next?: 'morning' | 'done'): OutgoingMessage[] | null {
  const lang = coachLanguage(ctx);
  if (text.trim() === locationButton(lang)) return [{ html: locationInTerminalText(lang) }];
  const zone = zoneFromText(text);
  if (zone === 'ambiguous') return [{ html: placeAmbiguousText(lang) }];
  if (zone) return setZone(ctx, zone, next);
  // One to three capitalised words look like a place the dataset does not know: say so and keep asking.
  const name = /^\s*(\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,2})\s*$/u.exec(text)?.[1];
  return name && !/^I\b|^I'/.test(name) ? [{ html: placeUnknownText(lang, name) }] : null;
}

/** Telegram's location button (or any shared location): the zone at those coordinates. */
export function answerLocation(ctx: CoachContext, latitude: number, longitude: number): OutgoingMessage[] {
  const zone = zoneForCoordinates(latitude, longitude);
  if (!zone) return [{ html: locationUnknownText(coachLanguage(ctx)), removeKeyboard: true }];
  const user = ctx.store.users.get(ctx.userId);
  const e = user?.pendingFlow as { kind?: string; next?: 'morning' | 'done' } | null | undefined;
  return setZone(ctx, zone, e?.kind === 'place' ? (e.next ?? 'done') : 'done');
}

/** A typed answer to "when should your workout arrive?". */
export function answerMorning(ctx: CoachContext, text: string): OutgoingMessage[] | null {
  // "в 7 утра", "a las 7 de la mañana", "um 7 Uhr", "à 7h", "alle 7", "às 7": the time words of every language the
  // coach speaks, read as English before the check below.
  const t = normalize(text)
    .trim()
    .replace(/^(?:в|о|in|the|a las|a la|um|a|à|alle|as|às)\s+(?=\d)/u, 'at ')
    .replace(/\s*(?:утра|ранку|de la manana|da manha|du matin|di mattina|morgens|in the morning)$/u, ' am')
    .replace(/\s*(?:uhr|часов|часа|час|годин[аи]?)$/u, '')
    .trim();
  // Only a time on its own answers the question; "ran 5k in 25:00" is a run, for the coach.
  if (
    !/^(?:(?:at|around|by|about)\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?|h|o'?clock)?|noon|midday)(?:\s+please)?$/.test(
      t,
    )
  ) {
    return null;
  }
  const clock = parseClockTime(t.replace(/^(?:at|around|by)\s+/, ''), 'morning');
  const lang = coachLanguage(ctx);
  if (clock === 'invalid' || clock === null) return [{ html: morningInvalidText(lang) }];
  const outcome = callTool(ctx, 'update_profile', { morningTime: clock });
  ctx.store.users.update(ctx.userId, { pendingFlow: null });
  const user = ctx.store.users.get(ctx.userId);
  if (!outcome.result.ok || !user) return [{ html: morningInvalidText(lang) }];
  return [{ html: arrivalText(lang, user.morningTime, user.timezone) }];
}
