/** Why a Gemini turn failed, from what the SDK threw; the reason is logged, the offline coach answers. */
import { ApiError } from '@google/genai';

export type FailureKind =
  | 'timeout'
  | 'rate_limited'
  /** 404 NOT_FOUND: the model name is unknown or the model was shut down. */
  | 'model_gone'
  | 'server'
  | 'rejected'
  | 'malformed'
  | 'network'
  | 'step_limit'
  | 'unexpected';

/** A failure of the model side, with what is safe to log (no secrets, no runner text). */
export class GeminiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    /** For 429: how long Google asks us to wait, when it says. */
    readonly retryDelayMs?: number,
  ) {
    super(message);
    this.name = 'GeminiFailure';
  }
}

/** "1s", "0.5s", "1.250s" (google.protobuf.Duration as JSON) → milliseconds. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}

/** The RetryInfo.retryDelay in an error body, if any. The SDK puts the JSON body in the message. */
export function retryDelayOf(message: string): number | undefined {
  try {
    const body = JSON.parse(message) as { error?: { details?: { '@type'?: string; retryDelay?: unknown }[] } };
    const info = body.error?.details?.find((d) => d['@type']?.endsWith('google.rpc.RetryInfo'));
    return parseDuration(info?.retryDelay);
  } catch {
    return undefined;
  }
}

/** The short status of an error body ("UNAVAILABLE"), for logs. */
function statusOf(message: string): string | undefined {
  try {
    const body = JSON.parse(message) as { error?: { status?: unknown } };
    return typeof body.error?.status === 'string' ? body.error.status : undefined;
  } catch {
    return undefined;
  }
}

export function classify(err: unknown, timedOut: boolean): GeminiFailure {
  if (err instanceof GeminiFailure) return err;
  if (timedOut) return new GeminiFailure('timeout', 'no answer before the deadline');
  if (err instanceof ApiError) {
    const status = statusOf(err.message) ?? String(err.status);
    if (err.status === 429) return new GeminiFailure('rate_limited', status, 429, retryDelayOf(err.message));
    if (err.status === 404) return new GeminiFailure('model_gone', status, 404);
    if (err.status >= 500) return new GeminiFailure('server', status, err.status);
    return new GeminiFailure('rejected', status, err.status);
  }
  if (err instanceof SyntaxError) return new GeminiFailure('malformed', 'response is not JSON');
  const name = err instanceof Error ? err.name : '';
  if (name === 'AbortError' || name === 'TimeoutError') return new GeminiFailure('timeout', 'aborted');
  if (err instanceof TypeError) return new GeminiFailure('network', err.message.slice(0, 200));
  return new GeminiFailure('unexpected', err instanceof Error ? err.message.slice(0, 200) : String(err));
}
