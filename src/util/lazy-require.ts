/**
 * A CommonJS package loaded synchronously on its first use instead of at start (issue 18: the service idles
 * without what only some turns need). For packages used from synchronous code (a time zone from a city, a date
 * from a sentence, a FIT file's bytes); async code uses `import()` instead. Measured at start (RSS, Node 20):
 * chrono-node ~20 MiB, city-timezones ~8 MiB, tz-lookup ~6 MiB, fit-file-writer ~19 MiB.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that requires `specifier` once, on its first call. */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(specifier) as T;
    return loaded;
  };
}
