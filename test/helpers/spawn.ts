import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** tsx's loader by absolute URL, so a child works from any folder. */
const TSX_LOADER = pathToFileURL(join(process.cwd(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/**
 * Runs one of our entry points (src/main.ts, src/chat.ts) in a child Node process with tsx's loader: a single
 * process (the tsx binary would add a wrapper), so signals and SIGKILL reach the service itself.
 */
export function spawnEntry(entry: string, options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, ['--import', TSX_LOADER, join(process.cwd(), entry)], options);
}
