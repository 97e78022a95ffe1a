/**
 * The production install (issue 18): `npm ci --omit=dev` installs `dependencies` only, so everything the
 * compiled service loads must be there, and the heavy packages must not load at start. Read from the sources that
 * tsconfig.build.json compiles (no build and no network needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEntries, importsOf, packageName, runtimeGraph } from './imports.ts';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Loaded on first use only (measured at start on Node 20: together ~150 MiB of RSS and seconds of start-up). */
const HEAVY = [
  'vega',
  'vega-lite',
  '@resvg/resvg-js',
  '@google/genai',
  'chrono-node',
  'city-timezones',
  '@photostructure/tz-lookup',
  'fit-file-parser',
  'fast-xml-parser',
  '@markw65/fit-file-writer',
  'playwright-core',
];

describe('the dependency split', () => {
  const entries = buildEntries(ROOT);
  const all = runtimeGraph(ROOT, entries, false);

  it('builds the service and the CLI, and npm start runs the build', () => {
    // The chart worker is an entry of its own: the pool loads it by path (src/charts/pool.ts).
    expect(entries).toEqual(['src/main.ts', 'src/cli.ts', 'src/charts/worker.ts']);
    expect(pkg.scripts.start).toMatch(/^node (--[a-z-]+=\d+ )*dist\/main\.js$/);
    expect(pkg.scripts.build).toContain('tsc -p tsconfig.build.json');
    expect(all.files.length).toBeGreaterThan(100);
    expect(all.packages.has('grammy')).toBe(true);
  });

  it('every package the compiled code can load is a runtime dependency, none a devDependency', () => {
    const outside = [...all.packages]
      .filter(([name]) => !(name in pkg.dependencies))
      .map(([name, file]) => `${name} (${file}${name in pkg.devDependencies ? ', a devDependency' : ''})`);
    expect(outside).toEqual([]);
  });

  it('build-time packages (React, Vite, Tailwind, tsx, TypeScript) are devDependencies', () => {
    for (const name of ['react', 'react-dom', 'vite', 'tailwindcss', '@tailwindcss/vite', 'tsx', 'typescript']) {
      expect(pkg.devDependencies[name], name).toBeDefined();
      expect(pkg.dependencies[name], name).toBeUndefined();
    }
  });

  it('heavy packages load on first use, not at start', () => {
    const eager = runtimeGraph(ROOT, ['src/main.ts'], true);
    const atStart = HEAVY.filter((name) => eager.packages.has(name)).map((n) => `${n} (${eager.packages.get(n)})`);
    expect(atStart).toEqual([]);
    // ...and they are still reachable, so the check above is not vacuous.
    for (const name of ['vega', '@google/genai', 'chrono-node', 'fit-file-parser'])
      expect(all.packages.has(name)).toBe(true);
  });

  it('reads imports as JavaScript keeps them', () => {
    const sites = importsOf(join(ROOT, 'src/coach/gemini/lazy.ts'));
    expect(sites.map((s) => `${s.specifier}:${s.eager}`)).toEqual(['./coach.ts:false']);
    expect(packageName('@scope/name/sub')).toBe('@scope/name');
    expect(packageName('node:fs')).toBeUndefined();
    expect(packageName('drizzle-orm/sqlite-core')).toBe('drizzle-orm');
  });
});
