import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const SECRET = 'x'.repeat(40);

function configError(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = parseConfig({});
    expect(c.telegram.token).toBeUndefined();
    expect(c.telegram.apiRoot).toBe('https://api.telegram.org');
    expect(c.telegram.ratePerSec).toBe(25);
    expect(c.strava.enabled).toBe(false);
    expect(c.strava.baseUrl).toBe('https://www.strava.com');
    expect(c.strava.retentionDays).toBe(7);
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.databasePath).toBe('./data/runcoach.db');
    expect(c.logLevel).toBe('info');
    expect(c.gemini.apiKey).toBeUndefined();
    expect(c.gemini.model).toMatch(/flash/);
  });

  it('reads good values and treats empty strings as unset', () => {
    const c = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      TELEGRAM_RATE_PER_SEC: '10',
      GEMINI_API_KEY: '',
      PORT: '0',
      LOG_LEVEL: 'debug',
    });
    expect(c.telegram.token).toBe(TOKEN);
    expect(c.telegram.apiRoot).toBe('http://127.0.0.1:8081');
    expect(c.telegram.ratePerSec).toBe(10);
    expect(c.gemini.apiKey).toBeUndefined();
    expect(c.port).toBe(0);
    expect(c.logLevel).toBe('debug');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ TELEGRAM_RATE_PER_SEC: '0' }, 'TELEGRAM_RATE_PER_SEC'],
    [{ TELEGRAM_API_ROOT: 'not a url' }, 'TELEGRAM_API_ROOT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_BOT_TOKEN: 'nope' }, 'TELEGRAM_BOT_TOKEN'],
    [{ STRAVA_RETENTION_DAYS: '-1' }, 'STRAVA_RETENTION_DAYS'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
  ])('names the variable of a malformed value %j', (env, name) => {
    const err = configError(env);
    expect(err.variable).toBe(name);
    expect(err.message.startsWith(`${name}:`)).toBe(true);
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('requires the whole Strava set and APP_SECRET once Strava is enabled', () => {
    expect(configError({ STRAVA_CLIENT_ID: '1' }).variable).toBe('STRAVA_CLIENT_SECRET');
    expect(configError({ STRAVA_CLIENT_ID: '1', STRAVA_CLIENT_SECRET: 's', STRAVA_VERIFY_TOKEN: 'v' }).variable).toBe(
      'APP_SECRET',
    );
    const c = parseConfig({
      STRAVA_CLIENT_ID: '1',
      STRAVA_CLIENT_SECRET: 's',
      STRAVA_VERIFY_TOKEN: 'v',
      APP_SECRET: SECRET,
    });
    expect(c.strava.enabled).toBe(true);
  });

  it('requires a webhook secret with a webhook URL', () => {
    expect(configError({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram/webhook' }).variable).toBe(
      'TELEGRAM_WEBHOOK_SECRET',
    );
  });

  it('never prints a secret value in its error', () => {
    const err = configError({ APP_SECRET: 'hunter2-secret' });
    expect(err.message).not.toContain('hunter2');
  });

  it('.env.example lists every variable the config reads', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const source = readFileSync(new URL('../src/config.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
