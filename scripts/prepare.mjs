#!/usr/bin/env node
// `npm install` / `npm ci` run this (package.json "prepare"): it builds the Mini App (web/ → web/dist).
// A development install has TypeScript: the full build, type check included (`npm run build`). A production
// install (`npm ci --omit=dev`) has no TypeScript: Vite alone builds the app (Vite and its plugins are runtime
// dependencies), since the type check is the developers' and CI's job. Issue 18 will bring a compiled build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const has = (pkg) => {
  try {
    require.resolve(`${pkg}/package.json`);
    return true;
  } catch {
    return false;
  }
};

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
};

if (has('typescript')) run('npm', ['run', 'build']);
if (has('vite')) {
  process.stderr.write('runcoach: production install (no dev tools): building the Mini App with Vite only\n');
  run(process.execPath, [join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', 'web']);
}
if (existsSync('web/dist/index.html')) {
  process.stderr.write('runcoach: no build tools; using the Mini App already built in web/dist\n');
  process.exit(0);
}
process.stderr.write('runcoach: cannot build the Mini App (neither TypeScript nor Vite is installed); run npm ci\n');
process.exit(1);
