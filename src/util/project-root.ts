/**
 * The project folder (the one holding package.json), from which the service finds locales/, migrations/, prompts/,
 * web/dist and the compiled chart worker. Found by walking up from this file rather than by a fixed `../..`: the
 * same code runs from src/ (tsx, tests), from dist/ (tsc's mirror, the CLI) and from the start-up bundle
 * (dist/main.js and dist/chunks/, scripts/bundle.mjs), each at a different depth.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`runcoach: no package.json above ${from}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project folder. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
