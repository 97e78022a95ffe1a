/** The language to answer this runner in, for code that holds a CoachContext (src/messages/languages.ts). */
import { type Language, languageOf, localeOf } from '../messages/languages.ts';
import type { CoachContext } from './types.ts';

export function coachLanguage(ctx: CoachContext): Language {
  return languageOf(ctx.user ?? ctx.store.users.get(ctx.userId));
}

export function coachLocale(ctx: CoachContext): string {
  return localeOf(ctx.user ?? ctx.store.users.get(ctx.userId));
}
