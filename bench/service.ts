/**
 * The service as production runs it (`npm start`: `node dist/main.js`, the compiled build) in a child process,
 * for the memory and start-up benches: a single Node process, so its pid is the service and /proc tells its memory.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const MIB = 1024 * 1024;
const ENTRY = join(ROOT, 'dist', 'main.js');

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** VmRSS and VmHWM (peak) of a process, in bytes. */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * dist/main.js, built first (tsc and the start-up bundle, not the Mini App) when it is missing or older than a source
 * file.
 */
export function builtEntry(): string {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newestSource(join(ROOT, 'src'))) return ENTRY;
  process.stderr.write('bench: compiling the service (tsc -p tsconfig.build.json)...\n');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: the build failed (npm run build)');
  // npm run build's next step: the start-up bundle over tsc's dist/main.js (scripts/bundle.mjs).
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('bench: bundling failed (node scripts/bundle.mjs)');
  return ENTRY;
}

export interface Service {
  child: ChildProcess;
  pid: number;
  /** When the process was spawned (performance.now()). */
  spawnedAt: number;
  exited: Promise<number | null>;
  log: () => string;
}

/** The Node flags of `npm start` (package.json: `node [flags] dist/main.js`), so a bench runs what production runs. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`bench: unexpected start script: ${pkg.scripts.start}`);
  return words.slice(1, -1);
}

/**
 * `node [npm start's flags] dist/main.js` with `env` over this process's environment; `nodeArgs` (instead of
 * npm start's flags when given) go before the entry.
 */
export function startService(env: Record<string, string>, nodeArgs?: string[], source?: string): Service {
  // `source` runs a TypeScript entry instead (its loader in nodeArgs), for comparison.
  const entry = source ? join(ROOT, source) : builtEntry();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...(nodeArgs ?? startFlags()), entry], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, pid: child.pid ?? 0, spawnedAt, exited, log: () => log };
}

export async function stopService(s: Service): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 10_000);
  await s.exited;
  clearTimeout(timer);
}
