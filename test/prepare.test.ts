/**
 * `npm ci --omit=dev` (a production install) runs "prepare" without the dev tools: it must still build the Mini
 * App. The install is played by a folder whose node_modules holds every installed package but the
 * devDependencies (linked from this checkout), with the sources the build reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.ts';

describe('npm ci --omit=dev', () => {
  it('prepare builds the Mini App with Vite alone when TypeScript is not installed', () => {
    const root = process.cwd();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
    const dev = new Set(Object.keys(pkg.devDependencies));
    const dir = tempDir('runcoach-prod-install-');
    for (const part of ['package.json', 'scripts', 'web', 'src']) {
      cpSync(join(root, part), join(dir, part), {
        recursive: true,
        filter: (p) => !p.includes(`${join('web', 'dist')}`) && !p.includes('node_modules'),
      });
    }
    const modules = join(dir, 'node_modules');
    mkdirSync(modules);
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name === '.bin') continue;
      if (name.startsWith('@')) {
        mkdirSync(join(modules, name));
        for (const sub of readdirSync(join(root, 'node_modules', name))) {
          if (!dev.has(`${name}/${sub}`)) symlinkSync(join(root, 'node_modules', name, sub), join(modules, name, sub));
        }
      } else if (!dev.has(name)) {
        symlinkSync(join(root, 'node_modules', name), join(modules, name));
      }
    }
    expect(existsSync(join(modules, 'typescript'))).toBe(false);
    const r = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/production install/);
    expect(existsSync(join(dir, 'web', 'dist', 'index.html'))).toBe(true);
  }, 120_000);
});
