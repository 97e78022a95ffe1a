/** src/util/lazy-require.ts: a CommonJS package loaded on its first use, once. */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyRequire } from '../../src/util/lazy-require.ts';
import { tempDir } from '../helpers/tmp.ts';

const require = createRequire(import.meta.url);

interface Probe {
  loads: number;
}
type Counted = typeof globalThis & { __lazyRequireLoads?: number };

/** A CommonJS file that counts how often its body runs. */
function probeModule(): string {
  const path = join(tempDir(), 'probe.cjs');
  writeFileSync(
    path,
    'globalThis.__lazyRequireLoads = (globalThis.__lazyRequireLoads ?? 0) + 1;\nmodule.exports = { loads: globalThis.__lazyRequireLoads };\n',
  );
  return path;
}

describe('lazyRequire', () => {
  it('loads nothing until the getter is called, then loads once', () => {
    const g = globalThis as Counted;
    g.__lazyRequireLoads = 0;
    const path = probeModule();
    const get = lazyRequire<Probe>(path);
    expect(g.__lazyRequireLoads).toBe(0);
    const first = get();
    expect(first).toEqual({ loads: 1 });
    // Even with Node's module cache emptied, the getter keeps what it loaded and runs the module no second time.
    delete require.cache[require.resolve(path)];
    expect(get()).toBe(first);
    expect(get()).toBe(first);
    expect(g.__lazyRequireLoads).toBe(1);
  });

  it('loads a real package from node_modules', () => {
    const chrono = lazyRequire<{ parseDate: (text: string, ref: Date) => Date | null }>('chrono-node');
    const parsed = chrono().parseDate('tomorrow', new Date('2026-12-01T12:00:00Z'));
    expect(parsed?.toISOString().slice(0, 10)).toBe('2026-12-02');
    expect(chrono()).toBe(chrono());
  });

  it('throws on use, not on creation, for a package that is not there, and tries again next time', () => {
    const get = lazyRequire<unknown>('runcoach-no-such-package');
    expect(() => get()).toThrow(/Cannot find module 'runcoach-no-such-package'/);
    expect(() => get()).toThrow(/Cannot find module/);
  });
});
