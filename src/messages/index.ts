/**
 * The messages layer: every word runcoach says, in the runner's language, and how it is shown in Telegram.
 *
 * Texts live in Fluent files, `locales/<lang>/<area>.ftl` (lang: en es de fr it pt ru uk; area: chat, jobs, web).
 * All files of a language form one bundle, so keys must be unique across areas: prefix them with the area's
 * subject (`morning-…`, `strava-…`). English is the source and the fallback.
 *
 * Use:
 *   import { t, languageOf, localeOf } from '../messages/index.ts';
 *   const lang = languageOf(user);                    // chosen > Telegram language_code > DEFAULT_LANGUAGE
 *   t(lang, 'morning-greeting', { name: user.name ?? '' })
 *   const tr = translator(lang); tr('plan-title')     // bound to one language
 *   distanceText(lang, 12.5, user.units)               // "12.5 km" / "12,5 км"; paceText, durationText too
 *   dateText(localeOf(user), '2026-12-07')             // "Mon, Dec 7" / "пн, 7 дек." (Intl, the runner's locale)
 *   button(lang, 'btn-done', { a: 'done', date })      // an inline button: label + callback data
 *
 * Rules (the locales test enforces them, test/messages/locales.test.ts):
 * - Every key is written literally in the code (`t(lang, 'key')`), so the test can find unused keys. For a key
 *   chosen at run time, write a literal map (`{ easy: 'type-easy', tempo: 'type-tempo' }`), never `'type-' + x`.
 * - Every locale has every key, with the same placeholders ($name) as English.
 * - Texts are Telegram HTML: escape runner-provided values with `escapeHtml` before passing them in; tags in the
 *   .ftl files (<b>, <i>) are ours.
 * - Pass ids and years as strings: Fluent formats numbers in the runner's locale ("2 026" in ru).
 * - Plurals with Fluent selectors: `{ $n -> [one] 1 run *[other] { $n } runs }`.
 */
export * from './buttons.ts';
export * from './callback-data.ts';
export * from './format.ts';
export * from './html.ts';
export { i18n, LOCALES_DIR, type MessageArgs, type Translate, t, translator } from './i18n.ts';
export * from './languages.ts';
export * from './units.ts';
