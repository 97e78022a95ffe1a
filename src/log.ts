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
const TOKEN_IN_TEXT = /\b\d{5,}:[A-Za-z0-9_-]{30,}\b/g;
const KEY_IN_URL = /([?&](?:key|access_token|client_secret|code|refresh_token)=)[^&\s"]+/gi;

export function scrubSecrets(text: string): string {
  return text.replace(TOKEN_IN_TEXT, '<bot-token>').replace(KEY_IN_URL, '$1<redacted>');
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
          const s = pino.stdSerializers.err(err as Error);
          if (s && typeof s.message === 'string') s.message = scrubSecrets(s.message);
          if (s && typeof s.stack === 'string') s.stack = scrubSecrets(s.stack);
          return s;
        },
      },
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and the terminal chat. */
export const silentLogger: Logger = pino({ level: 'silent' });
