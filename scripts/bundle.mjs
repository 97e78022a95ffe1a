#!/usr/bin/env node
// `npm run build`, after tsc: the service's start-up path as one ES module bundle (dist/main.js, with the parts it
// imports on demand in dist/chunks/), over tsc's per-file dist/main.js. A start loaded ~780 files (220 of ours,
// the rest from 100 packages); resolving, reading and compiling them one by one was most of its 1.2 s of CPU
// (issue 18: start-up under 1 s). The bundle holds our code and the packages every start needs; packages loaded
// only when first used (charts, the Gemini SDK, parsers, time-zone data), native ones (better-sqlite3) and pino
// (its transports load files by path) stay in node_modules, loaded as before. tsc's per-file dist/ stays for the
// CLI (dist/cli.js) and the chart worker (dist/charts/worker.js).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Packages bundled into the start-up path: each is loaded by every start. Everything else stays external. */
const BUNDLED = new Set([
  '@fluent/bundle',
  '@grammyjs/auto-retry',
  '@grammyjs/runner',
  'dotenv',
  'drizzle-orm',
  'express',
  'express-rate-limit',
  'grammy',
  'helmet',
  'luxon',
  'node-cron',
  'prom-client',
  'zod',
]);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  // Bundled CommonJS packages call require(); an ES module has none, so the bundle makes one for its own folder
  // (packages resolve from the project's node_modules as before).
  banner: {
    js: "import { createRequire as __runcoachRequire } from 'node:module';\nconst require = __runcoachRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
