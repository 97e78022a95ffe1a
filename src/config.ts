/**
 * The environment of contracts.md, parsed once with zod. A missing or bad value that a started feature needs
 * stops start-up with one line naming the variable; secrets are never echoed back.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { parseCron } from './jobs/cron.ts';
import { LANGUAGES, type Language } from './messages/languages.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings in .env files mean "unset", as operators expect. */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (name: string) =>
  z.string().refine(
    (v) => {
      try {
        const u = new URL(v);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: `${name} must be an http(s) URL` },
  );

const intIn = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** A Gemini model name as the API takes it ("gemini-3.5-flash"; "models/..." allowed). */
const MODEL_NAME = /^(models\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Comma-separated model names; "none" for no fallback at all. */
const modelList = z
  .string()
  .transform((v) =>
    v.toLowerCase() === 'none'
      ? []
      : [
          ...new Set(
            v
              .split(',')
              .map((m) => m.trim())
              .filter(Boolean),
          ),
        ],
  )
  .pipe(z.array(z.string().regex(MODEL_NAME, 'must be model names separated by commas (or "none")')));

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a BotFather token (digits:letters)')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalString.pipe(url('TELEGRAM_API_ROOT').default('https://api.telegram.org')),
  TELEGRAM_WEBHOOK_URL: optionalString.pipe(url('TELEGRAM_WEBHOOK_URL').optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'may only contain A-Z, a-z, 0-9, _ and - (1-256 characters)')
      .optional(),
  ),
  TELEGRAM_RATE_PER_SEC: optionalString.pipe(intIn(1, 1000).default(25)),
  GEMINI_API_KEY: optionalString,
  // gemini-2.5-flash was shut down on 2026-12-01 (Gemini API deprecations page); 3.5 Flash is GA with no
  // shutdown date announced, and 3.5 Flash-Lite is the lighter model Google routes 2.5 Flash traffic to.
  GEMINI_MODEL: optionalString.pipe(z.string().regex(MODEL_NAME, 'must be a model name').default('gemini-3.5-flash')),
  GEMINI_FALLBACK_MODELS: optionalString.pipe(z.string().default('gemini-3.5-flash-lite')).pipe(modelList),
  GEMINI_THINKING_LEVEL: optionalString.pipe(z.enum(['minimal', 'low', 'medium', 'high']).default('low')),
  GEMINI_BASE_URL: optionalString.pipe(url('GEMINI_BASE_URL').optional()),
  GEMINI_TIMEOUT_MS: optionalString.pipe(intIn(1000, 300_000).default(20_000)),
  GEMINI_DAILY_TURNS: optionalString.pipe(intIn(1, 100_000).default(200)),
  MAX_MESSAGE_CHARS: optionalString.pipe(intIn(100, 100_000).default(4000)),
  STRAVA_CLIENT_ID: optionalString,
  STRAVA_CLIENT_SECRET: optionalString,
  STRAVA_VERIFY_TOKEN: optionalString,
  STRAVA_BASE_URL: optionalString.pipe(url('STRAVA_BASE_URL').default('https://www.strava.com')),
  STRAVA_RETENTION_DAYS: optionalString.pipe(intIn(1, 365).default(7)),
  PUBLIC_URL: optionalString.pipe(url('PUBLIC_URL').default('http://localhost:3000')),
  INTERVALS_BASE_URL: optionalString.pipe(url('INTERVALS_BASE_URL').default('https://intervals.icu')),
  PORT: optionalString.pipe(intIn(0, 65535).default(3000)),
  HOST: optionalString.pipe(z.string().default('0.0.0.0')),
  DATABASE_PATH: optionalString.pipe(z.string().default('./data/runcoach.db')),
  APP_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  APP_SECRET_PREVIOUS: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  LOG_LEVEL: optionalString.pipe(z.enum(LOG_LEVELS).default('info')),
  CRON_SCHEDULE: optionalString.pipe(z.string().default('* * * * *')),
  BACKUP_DIR: optionalString,
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  BACKUP_KEEP: optionalString.pipe(intIn(1, 365).default(7)),
  STRAVA_ATHLETE_LIMIT: optionalString.pipe(intIn(1, 1_000_000).default(10)),
  STRAVA_API_URL: optionalString.pipe(url('STRAVA_API_URL').optional()),
  STRAVA_REVOKE: optionalString.pipe(z.enum(['deauthorize', 'revoke']).default('deauthorize')),
  STRAVA_TOKEN_IN_HEADER_ONLY: optionalString.pipe(z.enum(['true', 'false']).default('false')),
  DEFAULT_LANGUAGE: optionalString.pipe(
    z
      .string()
      .toLowerCase()
      .pipe(z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` }))
      .default('en'),
  ),
  TRUST_PROXY: optionalString.pipe(
    z
      .string()
      .regex(/^[\w.:/,\s-]{1,200}$/, 'must be a hop count, an address or subnet list, or loopback')
      .optional(),
  ),
});

export type Env = z.output<typeof envSchema>;

export interface Config {
  telegram: {
    token: string | undefined;
    apiRoot: string;
    webhookUrl: string | undefined;
    webhookSecret: string | undefined;
    ratePerSec: number;
  };
  gemini: {
    apiKey: string | undefined;
    model: string;
    /** Tried in order when the model is gone or overloaded. */
    fallbackModels: string[];
    /** Gemini 3's thinkingLevel (the SDK's enum value). */
    thinkingLevel: 'MINIMAL' | 'LOW' | 'MEDIUM' | 'HIGH';
    baseUrl: string | undefined;
    timeoutMs: number;
    dailyTurns: number;
  };
  strava: {
    enabled: boolean;
    clientId: string | undefined;
    clientSecret: string | undefined;
    verifyToken: string | undefined;
    baseUrl: string;
    retentionDays: number;
    /** The Standard tier's cap on linked athletes (STRAVA_ATHLETE_LIMIT). */
    athleteLimit: number;
    /** API root (STRAVA_API_URL; today `{baseUrl}/api/v3`). */
    apiUrl: string;
    /** How a link is revoked: `POST /oauth/deauthorize` (today) or `POST /oauth/revoke` (2027). */
    revoke: 'deauthorize' | 'revoke';
    /** Send access tokens only in the Authorization header, never in a form body (2027). */
    tokenInHeaderOnly: boolean;
  };
  maxMessageChars: number;
  publicUrl: string;
  port: number;
  host: string;
  databasePath: string;
  appSecret: string | undefined;
  appSecretPrevious: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  cronSchedule: string;
  backup: { dir: string | undefined; keep: number };
  metricsToken: string | undefined;
  /** express `trust proxy` (TRUST_PROXY): false when unset, a hop count, or addresses/subnets. */
  trustProxy: boolean | number | string;
  /** intervals.icu API root (`{base}/api/v1/...`); the feature needs APP_SECRET to store keys encrypted. */
  intervalsBaseUrl: string;
  /** DEFAULT_LANGUAGE: for runners whose Telegram language we do not speak. */
  defaultLanguage: Language;
}

/** One clear line for the operator; never contains a secret's value. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (when present) without overriding variables already set in the environment. */
export function loadDotenvFile(path = '.env'): void {
  if (existsSync(path)) loadDotenv({ path, quiet: true });
}

/** For entry points: .env, then the config, or one clear line on stderr and exit code 2. */
export function loadConfigOrExit(): Config {
  loadDotenvFile();
  try {
    return parseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`runcoach: configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

/** Backups are on by default, next to the database (`<its folder>/backups`); BACKUP_DIR=off turns them off. */
function backupDir(dir: string | undefined, databasePath: string): string | undefined {
  if (dir?.toLowerCase() === 'off') return undefined;
  if (dir !== undefined) return dir;
  return databasePath === ':memory:' ? undefined : join(dirname(databasePath), 'backups');
}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'invalid value');
  }
  const e = parsed.data;
  const stravaKeys = [e.STRAVA_CLIENT_ID, e.STRAVA_CLIENT_SECRET, e.STRAVA_VERIFY_TOKEN];
  const stravaEnabled = stravaKeys.some((v) => v !== undefined);
  if (stravaEnabled) {
    for (const name of ['STRAVA_CLIENT_ID', 'STRAVA_CLIENT_SECRET', 'STRAVA_VERIFY_TOKEN'] as const) {
      if (e[name] === undefined) throw new ConfigError(name, 'is required when Strava is enabled');
    }
    if (e.APP_SECRET === undefined) {
      throw new ConfigError('APP_SECRET', 'is required when Strava is enabled (at least 32 characters)');
    }
  }
  if (e.TELEGRAM_WEBHOOK_URL !== undefined && e.TELEGRAM_WEBHOOK_SECRET === undefined) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', 'is required when TELEGRAM_WEBHOOK_URL is set');
  }
  try {
    parseCron(e.CRON_SCHEDULE);
  } catch (err) {
    throw new ConfigError('CRON_SCHEDULE', err instanceof Error ? err.message : String(err));
  }
  return {
    telegram: {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
      webhookUrl: e.TELEGRAM_WEBHOOK_URL,
      webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
      ratePerSec: e.TELEGRAM_RATE_PER_SEC,
    },
    gemini: {
      apiKey: e.GEMINI_API_KEY,
      model: e.GEMINI_MODEL,
      fallbackModels: e.GEMINI_FALLBACK_MODELS.filter((m) => m !== e.GEMINI_MODEL),
      thinkingLevel: e.GEMINI_THINKING_LEVEL.toUpperCase() as Config['gemini']['thinkingLevel'],
      baseUrl: e.GEMINI_BASE_URL?.replace(/\/+$/, ''),
      timeoutMs: e.GEMINI_TIMEOUT_MS,
      dailyTurns: e.GEMINI_DAILY_TURNS,
    },
    strava: {
      enabled: stravaEnabled,
      clientId: e.STRAVA_CLIENT_ID,
      clientSecret: e.STRAVA_CLIENT_SECRET,
      verifyToken: e.STRAVA_VERIFY_TOKEN,
      baseUrl: e.STRAVA_BASE_URL.replace(/\/+$/, ''),
      retentionDays: e.STRAVA_RETENTION_DAYS,
      athleteLimit: e.STRAVA_ATHLETE_LIMIT,
      apiUrl: (e.STRAVA_API_URL ?? `${e.STRAVA_BASE_URL.replace(/\/+$/, '')}/api/v3`).replace(/\/+$/, ''),
      revoke: e.STRAVA_REVOKE,
      tokenInHeaderOnly: e.STRAVA_TOKEN_IN_HEADER_ONLY === 'true',
    },
    maxMessageChars: e.MAX_MESSAGE_CHARS,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    appSecret: e.APP_SECRET,
    appSecretPrevious: e.APP_SECRET_PREVIOUS,
    logLevel: e.LOG_LEVEL,
    cronSchedule: e.CRON_SCHEDULE,
    backup: { dir: backupDir(e.BACKUP_DIR, e.DATABASE_PATH), keep: e.BACKUP_KEEP },
    metricsToken: e.METRICS_TOKEN,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    intervalsBaseUrl: e.INTERVALS_BASE_URL.replace(/\/+$/, ''),
    defaultLanguage: e.DEFAULT_LANGUAGE,
  };
}

/**
 * TRUST_PROXY as express's `trust proxy`: unset trusts no X-Forwarded-For (every client is who its socket says);
 * a whole number is the count of proxy hops; `true`/`false`; anything else a comma list of addresses, subnets or
 * express's names (`loopback`, `uniquelocal`).
 */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
