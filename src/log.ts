/** pino logger with secrets redacted wherever they may appear in structured fields. */
import { type Logger, pino } from 'pino';

export type { Logger };

const REDACT = [
  'token',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'apiKey',
  'secret',
  'password',
  'authorization',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.apiKey',
  '*.secret',
  '*.client_secret',
  '*.authorization',
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
];

/** Bot tokens are part of Bot API URLs; scrub them from any message or error text. */
const TOKEN_IN_TEXT = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
const KEY_IN_URL = /([?&](?:key|access_token|client_secret|code|refresh_token)=)[^&\s"]+/gi;

export function scrubSecrets(text: string): string {
  return text.replace(TOKEN_IN_TEXT, '<bot-token>').replace(KEY_IN_URL, '$1<redacted>');
}

/** Scrubs secrets from every string of a serialized error (nested causes and fields included). */
function scrubDeep(value: unknown, depth: number): Record<string, unknown> {
  const walk = (v: unknown, d: number): unknown => {
    if (typeof v === 'string') return scrubSecrets(v);
    if (!v || typeof v !== 'object' || d > 6) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, d + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'ctx' || k === 'api') continue;
      out[k] = /token|secret|apikey|api_key|password|authorization/i.test(k) ? '<redacted>' : walk(x, d + 1);
    }
    return out;
  };
  return walk(value, depth) as Record<string, unknown>;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '<redacted>' },
      formatters: {
        log(obj) {
          for (const [k, v] of Object.entries(obj)) {
            if (typeof v === 'string') obj[k] = scrubSecrets(v);
          }
          return obj;
        },
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>;
          method.apply(this, scrubbed);
        },
      },
      serializers: {
        err: (err: unknown) => {
          // A grammY BotError carries the update's context (with the API and its token): log the cause only.
          const cause =
            err && typeof err === 'object' && 'ctx' in err && 'error' in err ? (err as { error: unknown }).error : err;
          const s = pino.stdSerializers.err(cause as Error) as unknown as Record<string, unknown>;
          if (s && typeof s === 'object') delete s.ctx;
          return scrubDeep(s, 0);
        },
      },
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and the terminal chat. */
export const silentLogger: Logger = pino({ level: 'silent' });
