#!/usr/bin/env node
// The installed `runcoach` command: the compiled CLI (dist/, `npm run build`) in a production install; in a
// checkout with the dev tools, the TypeScript sources through tsx's loader, so it never runs a stale build.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let hasTsx = false;
try {
  require.resolve('tsx/package.json');
  hasTsx = existsSync(new URL('../src/cli.ts', import.meta.url));
} catch {
  hasTsx = false;
}
let modules;
if (hasTsx) {
  const { register } = await import('tsx/esm/api');
  register();
  modules = [import('../src/cli.ts'), import('../src/config.ts'), import('../src/cli/io.ts')];
} else {
  modules = [import('../dist/cli.js'), import('../dist/config.js'), import('../dist/cli/io.js')];
}
const [{ runCli }, { loadDotenvFile }, { processIo }] = await Promise.all(modules);
loadDotenvFile();
process.exitCode = await runCli(process.argv.slice(2), { io: processIo, env: process.env, now: () => new Date() });
