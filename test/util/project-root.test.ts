/**
 * src/util/project-root.ts: the project folder found by walking up to package.json, from src/ (tests, tsx) and
 * from a bundled dist/chunks/ file at another depth.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, projectPath } from '../../src/util/project-root.ts';
import { tempDir } from '../helpers/tmp.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('PROJECT_ROOT from src/', () => {
  it('is the folder holding runcoach package.json', () => {
    expect(PROJECT_ROOT).toBe(REPO);
    expect(JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).name).toBe('runcoach');
  });

  it.each([['locales', 'en', 'features.ftl'], ['migrations'], ['prompts'], ['package.json']])(
    'finds %s',
    (...parts) => {
      expect(existsSync(projectPath(...parts))).toBe(true);
    },
  );

  it('joins its parts below the root', () => {
    expect(projectPath('web', 'dist')).toBe(join(REPO, 'web', 'dist'));
    expect(projectPath()).toBe(REPO);
  });
});

describe('PROJECT_ROOT from a bundle', () => {
  /** The module bundled as scripts/bundle.mjs would, placed `depth` folders below a project with a package.json. */
  async function bundled(relativeDir: string, withPackage = true): Promise<{ root: string; out: string }> {
    const root = tempDir('runcoach-root-');
    if (withPackage) writeFileSync(join(root, 'package.json'), '{"name":"bundled"}\n');
    const dir = join(root, relativeDir);
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'project-root.js');
    await build({
      entryPoints: [join(REPO, 'src/util/project-root.ts')],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    return { root, out };
  }

  async function bundledRoot(relativeDir: string): Promise<{ root: string; found: string }> {
    const { root, out } = await bundled(relativeDir);
    const mod = (await import(pathToFileURL(out).href)) as { PROJECT_ROOT: string };
    return { root, found: mod.PROJECT_ROOT };
  }

  it.each(['dist', 'dist/chunks', 'dist/charts/deep'])('finds the package.json above %s', async (relativeDir) => {
    const { root, found } = await bundledRoot(relativeDir);
    expect(found).toBe(root);
  });

  it('fails loudly, naming where it looked, when no package.json is above', async () => {
    const { out } = await bundled('dist/chunks', false);
    // /tmp has no package.json above it on a sane machine; the error names the folder the walk started from.
    await expect(import(pathToFileURL(out).href)).rejects.toThrow(`runcoach: no package.json above ${dirname(out)}`);
  });
});
