import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnEntry } from '../helpers/spawn.ts';
import { tempDir } from '../helpers/tmp.ts';

function chat(
  lines: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    // The chat runs from the runner's own folder (chat-files/ lands there).
    const child = spawnEntry('src/chat.ts', {
      cwd,
      env: { ...process.env, TELEGRAM_BOT_TOKEN: '', GEMINI_API_KEY: '', NO_COLOR: '1', TZ: 'Europe/Berlin', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
    child.stdin?.end(`${lines.join('\n')}\n`);
  });
}

describe('npm run chat (the terminal, through stdin)', () => {
  it('creates a plan and logs a run with no keys, and remembers it in a second session', async () => {
    const dir = tempDir();
    const env = { DATABASE_PATH: join(dir, 'runcoach.db') };
    const first = await chat(
      [
        '/start',
        'half marathon on March 14, I run 4 days a week, about 30 km',
        'ran 8k in 44:00, felt good',
        '/export',
      ],
      env,
      dir,
    );
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/half marathon plan is ready/);
    expect(first.out).toMatch(/Logged: 8 km in 44:00/);
    expect(first.out).toMatch(/chat-files\/runcoach-export-1\.json/);
    const second = await chat(['/plan'], env, dir);
    expect(second.out).toMatch(/half marathon/);
    expect(second.out).toMatch(/days to go/);
  }, 60_000);
});
