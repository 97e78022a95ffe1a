/**
 * `npm ci` runs "prepare" (scripts/prepare.mjs). With the dev tools it builds everything; a production install
 * (`npm ci --omit=dev`) has no TypeScript and no Vite: it must accept a tree built before and refuse, with a clear
 * line, one that was never built. Played in a folder without node_modules (so neither tool resolves).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.ts';

function productionTree(): string {
  const root = process.cwd();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  const dir = tempDir('runcoach-prod-install-');
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true });
  return dir;
}

const prepare = (cwd: string) => spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd, encoding: 'utf8' });

describe('npm ci --omit=dev (prepare without the dev tools)', () => {
  it('uses the build already in dist/ and web/dist/', () => {
    const dir = productionTree();
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'web', 'dist'), { recursive: true });
    for (const f of ['dist/main.js', 'dist/cli.js', 'web/dist/index.html']) writeFileSync(join(dir, f), '');
    const r = prepare(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/production install .*using the build in dist\/ and web\/dist\//);
  });

  it('an unbuilt tree fails the install with what to run', () => {
    const dir = productionTree();
    const r = prepare(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dist/main.js, dist/cli.js, web/dist/index.html missing');
    expect(r.stderr).toContain('npm ci && npm run build');
  });
});
