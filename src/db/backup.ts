/** Daily online backups with a retention count: the newest `keep` files in the folder stay. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase, type Db } from './client.ts';

const PREFIX = 'runcoach-';
const SUFFIX = '.db';

export function backupFileName(now: Date): string {
  return `${PREFIX}${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}${SUFFIX}`;
}

/** Writes one backup and deletes the oldest beyond `keep`. Returns the path written. */
export async function rotatingBackup(db: Db, dir: string, keep: number, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, backupFileName(now));
  await backupDatabase(db, target);
  // Names sort by time (ISO basic format), so the oldest come first.
  const backups = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - keep))) rmSync(join(dir, old), { force: true });
  return target;
}
