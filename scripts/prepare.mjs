#!/usr/bin/env node
// `npm install` / `npm ci` run this (package.json "prepare").
// A development install has the dev tools (TypeScript, Vite): it builds everything (`npm run build`: the service
// to dist/, the Mini App to web/dist/). A production install (`npm ci --omit=dev`) has no build tools: it runs the
// tree built before (on this machine or a build machine), so it only checks that the build is there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const has = (pkg) => {
  try {
    require.resolve(`${pkg}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (has('typescript') && has('vite')) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
const missing = ['dist/main.js', 'dist/cli.js', 'web/dist/index.html'].filter((f) => !existsSync(f));
if (missing.length === 0) {
  process.stderr.write('runcoach: production install (no build tools): using the build in dist/ and web/dist/\n');
  process.exit(0);
}
process.stderr.write(
  `runcoach: production install without a build (${missing.join(', ')} missing). Build first with the dev tools ` +
    '(npm ci && npm run build), then run npm ci --omit=dev on the built tree (README: Production install)\n',
);
process.exit(1);
