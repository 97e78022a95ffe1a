import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createStore, type Store } from '../../src/db/store/index.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh temp folder removed after the test. */
export function tempDir(prefix = 'runcoach-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated store on a real SQLite file in a temp folder, closed after the test. */
export function tempStore(): { store: Store; path: string } {
  const path = join(tempDir(), 'runcoach.db');
  const store = createStore(openDatabase(path, { migrate: true }));
  cleanups.unshift(() => {
    try {
      store.close();
    } catch {
      // already closed by the test
    }
  });
  return { store, path };
}

/**
 * Makes a file read-only for this process until the test ends: `chattr +i` as root (root ignores file modes), mode
 * 0444 otherwise.
 */
export function makeReadOnly(path: string): void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path]);
    cleanups.push(() => execFileSync('chattr', ['-i', path]));
  } else {
    chmodSync(path, 0o444);
  }
}
