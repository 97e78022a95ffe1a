/**
 * Intl formatters kept per locale and options. Building an Intl.NumberFormat or DateTimeFormat costs 50–150 µs
 * (ICU looks the locale's data up), formatting with a built one about 1 µs; the replies format a number or a date
 * for every day they show, so issue 18's update bench spent a sixth of runcoach's time building formatters.
 * A bad locale tag throws from the constructor before anything is cached, as an uncached call did.
 */

/** Locale tags come from Telegram (through intlLocale): few in practice; the cache is emptied past this anyway. */
const MAX_ENTRIES = 512;

/** The value kept under `key`, built once; the map is emptied when it reaches `max` (a bound, not an LRU). */
export function cached<T>(cache: Map<string, T>, key: string, build: () => T, max = MAX_ENTRIES): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Formatters by options object, then locale: callers pass module constants, so the hot path is two lookups and no
 * key to build (JSON.stringify of the options on every number showed in the update bench). Options made afresh for
 * a call miss here and are found by their JSON below, as before.
 */
const numberByOptions = new WeakMap<Intl.NumberFormatOptions, Map<string, Intl.NumberFormat>>();
const dateByOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function byIdentity<O extends object, T>(
  table: WeakMap<O, Map<string, T>>,
  options: O,
  locale: string,
  build: () => T,
): T {
  let perLocale = table.get(options);
  if (!perLocale) {
    perLocale = new Map();
    table.set(options, perLocale);
  }
  return cached(perLocale, locale, build);
}

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options (pass a constant options object). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return byIdentity(numberByOptions, options, locale, () =>
    cached(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)),
  );
}

/** `new Intl.DateTimeFormat(locale, options)`, built once per locale and options (pass a constant options object). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return byIdentity(dateByOptions, options, locale, () =>
    cached(dateFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)),
  );
}
