import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('cli', () => {
  it('migrate creates DATABASE_PATH with all tables (exit 0)', async () => {
    const path = join(tempDir(), 'data', 'runcoach.db');
    const r = await cli(['migrate'], { DATABASE_PATH: path });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('17 tables');
    const db = new Database(path, { readonly: true });
    const n = db.prepare("select count(*) n from sqlite_master where type='table' and name='workouts'").get();
    expect(n).toEqual({ n: 1 });
    db.close();
    expect((await cli(['migrate'], { DATABASE_PATH: path })).code).toBe(0);
  });

  it('backup writes a database that opens and prints its path', async () => {
    const dir = tempDir();
    const target = join(dir, 'backup.db');
    const r = await cli(['backup', target], { DATABASE_PATH: join(dir, 'runcoach.db') });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(target);
    const db = new Database(target, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('backup without a path writes under ./backups with a timestamp', async () => {
    const dir = tempDir();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await cli(['backup'], { DATABASE_PATH: join(dir, 'runcoach.db') }, new Date('2026-12-01T10:00:00Z'));
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, r.stdout.trim()))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('unknown commands and bad flags exit 2 with usage on stderr', async () => {
    const unknown = await cli(['frobnicate'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
    expect(unknown.stderr).toMatch(/Usage: runcoach/);
    const flag = await cli(['migrate', '--bogus'], {});
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option/);
  });

  it('--help exits 0 and lists the commands', async () => {
    const r = await cli(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/migrate/);
    expect(r.stdout).toMatch(/backup/);
  });

  it('a bad environment exits 2 naming the variable', async () => {
    const r = await cli(['migrate'], { LOG_LEVEL: 'shouting' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOG_LEVEL/);
  });

  it('the installed bin runs the same CLI', () => {
    const r = spawnSync(process.execPath, ['bin/runcoach.js', 'nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'nope'/);
  });
});

describe('npm start', () => {
  it('without TELEGRAM_BOT_TOKEN exits 2 naming the variable and npm run chat', () => {
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '', DATABASE_PATH: join(tempDir(), 'x.db') };
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], { encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(r.stderr).toContain('npm run chat');
  });
});
