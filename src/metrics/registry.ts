/**
 * Prometheus metrics (prom-client), one registry per service instance so that tests can start several.
 * Names follow Prometheus conventions: `_total` counters, `_seconds` histograms.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../db/store/index.ts';

/** One sample of runcoach_strava_rate_usage_ratio. */
export interface RateUsageSample {
  window: string;
  kind: string;
  ratio: number;
}

export interface Metrics {
  registry: Registry;
  updates: Counter<'kind' | 'outcome'>;
  updateSeconds: Histogram<'kind'>;
  coachTurns: Counter<'via'>;
  geminiCalls: Counter<'outcome'>;
  geminiTokens: Counter<'kind'>;
  fallbacks: Counter<'reason'>;
  outboxSends: Counter<'outcome'>;
  inboxProcessed: Counter<'outcome'>;
  /** Read when scraped from the source given to `readStravaRateFrom` (none: no samples, Strava is off). */
  stravaRateUsage: Gauge<'window' | 'kind'>;
  /** Where stravaRateUsage reads Strava's usage when scraped (the Strava factory sets its client's limiter). */
  readStravaRateFrom(source: () => readonly RateUsageSample[]): void;
  jobRuns: Counter<'job' | 'outcome'>;
  /** Gemini models that answered 404 NOT_FOUND (shut down or misnamed), once per model and process. */
  geminiModelsGone: Counter<'model'>;
  /** Turns moved on to the next model in GEMINI_FALLBACK_MODELS. */
  geminiModelSwitches: Counter<'from' | 'to' | 'reason'>;
  /** Gemini turns by kind (text, voice, photo) and result. */
  geminiTurns: Counter<'kind' | 'result'>;
}

export function createMetrics(store?: Store, options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  let stravaRate: (() => readonly RateUsageSample[]) | undefined;
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'runcoach_' });
  const metrics: Metrics = {
    registry,
    updates: new Counter({
      name: 'runcoach_updates_total',
      help: 'Telegram updates handled',
      labelNames: ['kind', 'outcome'],
      registers: [registry],
    }),
    updateSeconds: new Histogram({
      name: 'runcoach_update_duration_seconds',
      help: 'Time to handle one Telegram update',
      labelNames: ['kind'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
      registers: [registry],
    }),
    coachTurns: new Counter({
      name: 'runcoach_coach_turns_total',
      help: 'Free-text turns answered, by brain',
      labelNames: ['via'],
      registers: [registry],
    }),
    geminiCalls: new Counter({
      name: 'runcoach_gemini_requests_total',
      help: 'Requests to Gemini by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    geminiTokens: new Counter({
      name: 'runcoach_gemini_tokens_total',
      help: 'Gemini tokens (prompt, output)',
      labelNames: ['kind'],
      registers: [registry],
    }),
    fallbacks: new Counter({
      name: 'runcoach_coach_fallbacks_total',
      help: 'Turns answered by the offline coach because Gemini could not',
      labelNames: ['reason'],
      registers: [registry],
    }),
    outboxSends: new Counter({
      name: 'runcoach_outbox_sends_total',
      help: 'Outbox send attempts by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    inboxProcessed: new Counter({
      name: 'runcoach_inbox_processed_total',
      help: 'Webhook events processed by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    stravaRateUsage: new Gauge({
      name: 'runcoach_strava_rate_usage_ratio',
      help: "Strava API usage as a fraction of its limit (Strava's own X-RateLimit headers), by window and kind",
      labelNames: ['window', 'kind'],
      registers: [registry],
      collect() {
        if (!stravaRate) return;
        for (const { window, kind, ratio } of stravaRate()) this.set({ window, kind }, ratio);
      },
    }),
    jobRuns: new Counter({
      name: 'runcoach_job_runs_total',
      help: 'Scheduled job runs by outcome',
      labelNames: ['job', 'outcome'],
      registers: [registry],
    }),
    geminiModelsGone: new Counter({
      name: 'runcoach_gemini_model_gone_total',
      help: 'Gemini models that answered 404 NOT_FOUND (shut down or misnamed); skipped until restart',
      labelNames: ['model'],
      registers: [registry],
    }),
    geminiModelSwitches: new Counter({
      name: 'runcoach_gemini_model_switches_total',
      help: 'Turns moved on to the next Gemini model (the model was gone or overloaded)',
      labelNames: ['from', 'to', 'reason'],
      registers: [registry],
    }),
    geminiTurns: new Counter({
      name: 'runcoach_gemini_turns_total',
      help: 'Gemini turns by kind (text, voice, photo) and result',
      labelNames: ['kind', 'result'],
      registers: [registry],
    }),
    readStravaRateFrom(source) {
      stravaRate = source;
    },
  };
  if (store) {
    new Gauge({
      name: 'runcoach_outbox_depth',
      help: 'Messages waiting in the outbox',
      registers: [registry],
      collect() {
        this.set(store.outbox.depth());
      },
    });
    new Gauge({
      name: 'runcoach_inbox_depth',
      help: 'Webhook events waiting in the inbox',
      registers: [registry],
      collect() {
        this.set(store.inbox.depth());
      },
    });
  }
  return metrics;
}
