/**
 * The one translator: Fluent (@fluent/bundle) over `locales/<lang>/*.ftl`. Every file of a language folder is one
 * bundle, so each area (chat.ftl, jobs.ftl, web.ftl) adds its keys without touching the others. A key missing in a
 * language falls back to English (the default bundle); the locales test keeps that from shipping.
 *
 * Fluent directly, not @grammyjs/i18n: runcoach resolves each runner's language itself (languages.ts) and never
 * used the plugin's middleware, while the plugin pulled in a Deno shim (118 files, ~80 ms of a 1.5 s start,
 * issue 18) and negotiated the locale list on every message it formatted. The lookup is the plugin's: the
 * language's bundle, then English's, else `{key}`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { projectPath } from '../util/project-root.ts';
import type { Language } from './languages.ts';

export const LOCALES_DIR = projectPath('locales');
/** web.ftl is the Mini App's (web/src/lib/messages.ts); every other .ftl of a language is the server's. */
const WEB_AREA = 'web.ftl';
const DEFAULT_LOCALE = 'en';

/** Values a message may take: numbers are formatted by Fluent in the bundle's locale (pass ids as strings). */
export type MessageArgs = Record<string, string | number | Date>;

export interface Translations {
  /** The languages that have a bundle. */
  readonly locales: readonly string[];
  /** `key` (or `key.attribute`) in `lang`, else in English, else `{key}`. Throws on a Fluent formatting error. */
  t(lang: string, key: string, args?: MessageArgs): string;
}

/** A bundle of the server's area files of one language, or undefined when it has none. */
function bundleOf(lang: string): FluentBundle | undefined {
  const dir = join(LOCALES_DIR, lang);
  // The server's files only (chat.ftl, jobs.ftl and any other area): web.ftl belongs to the Mini App, whose keys
  // (goal-half = "Half marathon", a title) would otherwise collide with the chat's in-sentence words.
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ftl') && f !== WEB_AREA)
    .sort();
  if (files.length === 0) return undefined;
  const source = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  // Telegram shows Unicode isolation marks (U+2068/U+2069) around placeables as stray characters.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source), { allowOverrides: true });
  if (errors.length > 0) throw new Error(`locales/${lang}: ${errors.map((e) => e.message).join('; ')}`);
  return bundle;
}

function createTranslations(): Translations {
  const bundles = new Map<string, FluentBundle>();
  for (const lang of readdirSync(LOCALES_DIR).sort()) {
    const bundle = bundleOf(lang);
    if (bundle) bundles.set(lang, bundle);
  }
  const fallback = bundles.get(DEFAULT_LOCALE);
  const format = (bundle: FluentBundle | undefined, id: string, attribute: string | undefined, args?: MessageArgs) => {
    const message = bundle?.getMessage(id);
    if (!bundle || !message) return undefined;
    const pattern = attribute === undefined ? (message.value ?? '') : message.attributes[attribute];
    // No errors array: Fluent throws on a formatting error (a missing variable), as the plugin did.
    return pattern === undefined ? undefined : bundle.formatPattern(pattern, args);
  };
  return {
    locales: [...bundles.keys()],
    t(lang, key, args) {
      const [id = key, attribute] = key.split('.', 2);
      const bundle = bundles.get(lang);
      return (
        format(bundle, id, attribute, args) ??
        (bundle === fallback ? undefined : format(fallback, id, attribute, args)) ??
        `{${key}}`
      );
    },
  };
}

let instance: Translations | undefined;

/** Loaded on first use, so importing the module costs nothing. */
export function i18n(): Translations {
  instance ??= createTranslations();
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
