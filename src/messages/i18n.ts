/**
 * The one i18n instance: @grammyjs/i18n (Fluent) over `locales/<lang>/*.ftl`. Every server file of a language
 * folder is joined into one bundle, so each area (chat.ftl, jobs.ftl, engine.ftl, ...) adds its keys without
 * touching the others. A key missing in a language falls back to English (the default bundle); the locales test
 * keeps that from shipping.
 *
 * Runners' languages are resolved by runcoach itself (languages.ts: chosen > Telegram's > DEFAULT_LANGUAGE), so the
 * plugin's middleware is not installed: `t(lang, key)` formats with the plugin's Fluent directly, usable in
 * handlers, jobs, Strava pages and the CLI alike. The plugin stays outside the start-up bundle (scripts/bundle.mjs):
 * its Deno shim reads __dirname, which an ES module bundle has not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import { projectPath } from '../util/project-root.ts';
import type { Language } from './languages.ts';

export const LOCALES_DIR = projectPath('locales');
/** web.ftl is the Mini App's (web/src/lib/messages.ts); every other .ftl of a language is the server's. */
const WEB_AREA = 'web.ftl';

/** Values a message may take: numbers are formatted by Fluent in the bundle's locale (pass ids as strings). */
export type MessageArgs = Record<string, string | number | Date>;

function createI18n(): I18n<Context> {
  const i18n = new I18n<Context>({
    defaultLocale: 'en',
    // Telegram shows Unicode isolation marks (U+2068/U+2069) around placeables as stray characters.
    fluentBundleOptions: { useIsolating: false },
    // A missing key already falls back to English; the locales test reports it, so no console noise here.
    fluentOptions: { warningHandler: () => {} },
  });
  // The server's files only: web.ftl belongs to the Mini App, whose keys (goal-half = "Half marathon", a title)
  // would otherwise collide with the chat's in-sentence words in one bundle.
  // One source per language: the plugin makes a bundle of each load and reads only the first bundle of a language
  // (and the last English one as the fallback), so the areas are joined before loading.
  for (const lang of readdirSync(LOCALES_DIR).sort()) {
    const dir = join(LOCALES_DIR, lang);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ftl') && f !== WEB_AREA)
      .sort()
      .map((f) => join(dir, f));
    if (files.length === 0) continue;
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    i18n.loadLocaleSync(lang, { source, bundleOptions: { useIsolating: false } });
  }
  rememberBundleMatches(i18n);
  return i18n;
}

/**
 * The plugin negotiates the locale on every `t` (@fluent/langneg parses every locale tag each time): a third of
 * the cost of answering /today (issue 18's update bench, CPU profile). Runcoach asks in exactly the eight codes it
 * loaded, and the bundles never change after loading, so each answer is kept. `matchBundles` is the plugin's own
 * (private in its types, stable through the 1.x line); if a later version drops it, translation is unchanged,
 * only slower.
 */
function rememberBundleMatches(i18n: I18n<Context>): void {
  type Matcher = { matchBundles?: (locales: readonly string[]) => Set<unknown> };
  const fluent = i18n.fluent as unknown as Matcher;
  const match = fluent.matchBundles?.bind(fluent);
  if (!match) return;
  const matches = new Map<string, Set<unknown>>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(',');
    let found = matches.get(key);
    if (!found) {
      found = match(locales);
      // Only runcoach's own codes come here; the bound keeps any other caller from growing the map.
      if (matches.size < 64) matches.set(key, found);
    }
    return found;
  };
}

let instance: I18n<Context> | undefined;

/** Loaded on first use, so importing the module costs nothing. */
export function i18n(): I18n<Context> {
  instance ??= createI18n();
  return instance;
}

/** The text of `key` in `lang`, with `args` filled in. Usable anywhere: handlers, jobs, Strava, the CLI. */
export function t(lang: Language, key: string, args?: MessageArgs): string {
  return i18n().t(lang, key, args);
}

/** A translator bound to one language, for code that says many things to the same runner. */
export type Translate = (key: string, args?: MessageArgs) => string;

export function translator(lang: Language): Translate {
  return (key, args) => t(lang, key, args);
}
