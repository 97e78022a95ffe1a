/**
 * src/metrics/registry.ts: the Prometheus names and labels runcoach exposes at GET /metrics (README "Health and
 * metrics": updates and their latency, coach turns by brain, Gemini requests, tokens and fallbacks, outbox depth
 * and sends, inbox depth, job runs), counters moving as their callers move them, and text exposition a Prometheus
 * scraper parses.
 */
import { run } from '@grammyjs/runner';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { createRuncoachBot } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/metrics/registry.ts';
import { tempStore } from '../helpers/tmp.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
interface Family {
  help: string;
  type: string;
  samples: Sample[];
}

/**
 * A strict reader of the Prometheus text format 0.0.4: every line is a HELP, a TYPE or a sample of the family
 * declared before it; label values are quoted and escaped; values are floats (or +Inf/NaN, any case, as Go's ParseFloat reads them: prom-client writes "Nan"). Throws on anything else.
 */
function parseExposition(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  let current: { name: string; family: Family } | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const help = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (help) {
      const name = help[1] as string;
      const family = { help: help[2] as string, type: '', samples: [] };
      if (families.has(name)) throw new Error(`family ${name} declared twice`);
      families.set(name, family);
      current = { name, family };
      continue;
    }
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      if (!current || type[1] !== current.name) throw new Error(`TYPE without its HELP: ${line}`);
      current.family.type = type[2] as string;
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|[+-]?Inf|NaN)$/i.exec(line);
    if (!sample || !current) throw new Error(`not a Prometheus line: ${line}`);
    const name = sample[1] as string;
    if (!name.startsWith(current.name)) throw new Error(`sample ${name} outside its family ${current.name}`);
    const labels: Record<string, string> = {};
    const body = sample[2] ?? '';
    const labelRe = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/gy;
    let consumed = 0;
    for (let m = labelRe.exec(body); m; m = labelRe.exec(body)) {
      labels[m[1] as string] = (m[2] as string).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      consumed = labelRe.lastIndex;
    }
    if (consumed !== body.length) throw new Error(`bad labels: ${line}`);
    current.family.samples.push({ name, labels, value: Number(sample[3]) });
  }
  return families;
}

function value(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number | undefined {
  const family = families.get(name.replace(/_(bucket|sum|count)$/, '')) ?? families.get(name);
  return family?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    ?.value;
}

/** Every family runcoach declares itself: name, type and label names. */
const OURS = [
  ['runcoach_updates_total', 'counter', ['kind', 'outcome']],
  ['runcoach_update_duration_seconds', 'histogram', ['kind']],
  ['runcoach_coach_turns_total', 'counter', ['via']],
  ['runcoach_gemini_requests_total', 'counter', ['outcome']],
  ['runcoach_gemini_tokens_total', 'counter', ['kind']],
  ['runcoach_coach_fallbacks_total', 'counter', ['reason']],
  ['runcoach_outbox_sends_total', 'counter', ['outcome']],
  ['runcoach_inbox_processed_total', 'counter', ['outcome']],
  ['runcoach_strava_rate_usage_ratio', 'gauge', ['window', 'kind']],
  ['runcoach_job_runs_total', 'counter', ['job', 'outcome']],
  ['runcoach_gemini_model_gone_total', 'counter', ['model']],
  ['runcoach_gemini_model_switches_total', 'counter', ['from', 'to', 'reason']],
  ['runcoach_gemini_turns_total', 'counter', ['kind', 'result']],
] as const;

describe('createMetrics', () => {
  it.each(OURS)('declares %s as a %s with labels %j', async (name, type, labelNames) => {
    const metrics = createMetrics(undefined, { defaultMetrics: false });
    const metric = metrics.registry.getSingleMetric(name);
    expect(metric).toBeDefined();
    const json = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
    expect(json?.type).toBe(type);
    expect(json?.help.length).toBeGreaterThan(10);
    expect(
      (metric as unknown as { labelNames: string[] }).labelNames, // prom-client keeps them; not in its public types
    ).toEqual(labelNames);
  });

  it('follows Prometheus naming: counters end in _total, durations in _seconds, one runcoach_ prefix', async () => {
    const metrics = createMetrics(undefined, { defaultMetrics: false });
    const all = await metrics.registry.getMetricsAsJSON();
    expect(all.map((m) => m.name).sort()).toEqual(OURS.map(([n]) => n).sort());
    for (const m of all) {
      expect(m.name).toMatch(/^runcoach_[a-z_]+$/);
      if (String(m.type) === 'counter') expect(m.name).toMatch(/_total$/);
      if (String(m.type) === 'histogram') expect(m.name).toMatch(/_seconds$/);
    }
  });

  it('adds the process metrics with the runcoach_ prefix by default', async () => {
    const families = parseExposition(await createMetrics().registry.metrics());
    expect(families.get('runcoach_process_cpu_seconds_total')?.type).toBe('counter');
    expect(families.get('runcoach_process_resident_memory_bytes')?.type).toBe('gauge');
    expect(families.get('runcoach_nodejs_heap_size_used_bytes')?.type).toBe('gauge');
    expect([...families.keys()].every((n) => n.startsWith('runcoach_'))).toBe(true);
  });

  it('keeps each instance apart: two services in one process count separately', async () => {
    const a = createMetrics(undefined, { defaultMetrics: false });
    const b = createMetrics(undefined, { defaultMetrics: false });
    a.coachTurns.inc({ via: 'offline' });
    a.coachTurns.inc({ via: 'offline' });
    b.coachTurns.inc({ via: 'gemini' });
    const fa = parseExposition(await a.registry.metrics());
    const fb = parseExposition(await b.registry.metrics());
    expect(value(fa, 'runcoach_coach_turns_total', { via: 'offline' })).toBe(2);
    expect(value(fa, 'runcoach_coach_turns_total', { via: 'gemini' })).toBeUndefined();
    expect(value(fb, 'runcoach_coach_turns_total', { via: 'gemini' })).toBe(1);
  });

  it('exposes counters, gauges and histogram buckets as they move, in text a scraper parses', async () => {
    const m = createMetrics(undefined, { defaultMetrics: false });
    m.geminiCalls.inc({ outcome: 'ok' }, 3);
    m.geminiTokens.inc({ kind: 'prompt' }, 1200);
    m.geminiTokens.inc({ kind: 'output' }, 80);
    m.jobRuns.inc({ job: 'morning', outcome: 'ok' });
    m.geminiModelSwitches.inc({ from: 'gemini-2.5-flash', to: 'gemini-2.5-flash-lite', reason: 'gone' });
    m.stravaRateUsage.set({ window: '15min', kind: 'read' }, 0.25);
    m.updateSeconds.observe({ kind: 'command' }, 0.007);
    m.updateSeconds.observe({ kind: 'command' }, 3);
    const text = await m.registry.metrics();
    expect(m.registry.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const f = parseExposition(text);
    expect(value(f, 'runcoach_gemini_requests_total', { outcome: 'ok' })).toBe(3);
    expect(value(f, 'runcoach_gemini_tokens_total', { kind: 'prompt' })).toBe(1200);
    expect(value(f, 'runcoach_gemini_tokens_total', { kind: 'output' })).toBe(80);
    expect(value(f, 'runcoach_job_runs_total', { job: 'morning', outcome: 'ok' })).toBe(1);
    expect(
      value(f, 'runcoach_gemini_model_switches_total', {
        from: 'gemini-2.5-flash',
        to: 'gemini-2.5-flash-lite',
        reason: 'gone',
      }),
    ).toBe(1);
    expect(value(f, 'runcoach_strava_rate_usage_ratio', { window: '15min', kind: 'read' })).toBe(0.25);
    // Cumulative buckets: 7 ms falls in le=0.01 and above, 3 s only in le=5 and above.
    const bucket = (le: string) => value(f, 'runcoach_update_duration_seconds_bucket', { kind: 'command', le });
    expect(bucket('0.005')).toBe(0);
    expect(bucket('0.01')).toBe(1);
    expect(bucket('2.5')).toBe(1);
    expect(bucket('5')).toBe(2);
    expect(bucket('20')).toBe(2);
    expect(bucket('+Inf')).toBe(2);
    expect(value(f, 'runcoach_update_duration_seconds_count', { kind: 'command' })).toBe(2);
    expect(value(f, 'runcoach_update_duration_seconds_sum', { kind: 'command' })).toBeCloseTo(3.007, 6);
  });

  it('escapes label values a model name or an error could carry', async () => {
    const m = createMetrics(undefined, { defaultMetrics: false });
    m.geminiModelsGone.inc({ model: 'odd "model"\\name\nx' });
    const f = parseExposition(await m.registry.metrics());
    expect(value(f, 'runcoach_gemini_model_gone_total', { model: 'odd "model"\\name\nx' })).toBe(1);
  });

  it('refuses a label the family does not declare (a typo fails loudly, not silently)', () => {
    const m = createMetrics(undefined, { defaultMetrics: false });
    expect(() => m.coachTurns.inc({ brain: 'gemini' } as never)).toThrow(/label/i);
  });

  it('reads the outbox and inbox depth from the store at scrape time', async () => {
    const { store } = tempStore();
    store.users.upsert({ telegramId: 11, chatId: 11, name: 'A' });
    const m = createMetrics(store, { defaultMetrics: false });
    let f = parseExposition(await m.registry.metrics());
    expect(f.get('runcoach_outbox_depth')?.type).toBe('gauge');
    expect(value(f, 'runcoach_outbox_depth')).toBe(0);
    expect(value(f, 'runcoach_inbox_depth')).toBe(0);
    for (const key of ['a', 'b'])
      store.outbox.enqueue({ key, userId: 11, chatId: 11, kind: 'morning', payload: { text: 'hi' } });
    store.inbox.add({ source: 'strava', key: 'strava:activity:1', payload: {} });
    f = parseExposition(await m.registry.metrics());
    expect(value(f, 'runcoach_outbox_depth')).toBe(2);
    expect(value(f, 'runcoach_inbox_depth')).toBe(1);
  });

  it('has no depth gauges without a store', async () => {
    const f = parseExposition(await createMetrics(undefined, { defaultMetrics: false }).registry.metrics());
    expect(f.has('runcoach_outbox_depth')).toBe(false);
    expect(f.has('runcoach_inbox_depth')).toBe(false);
  });
});

describe('the bot moves the update and coach-turn counters', () => {
  it('counts each update by kind and outcome, its latency, and the brain that answered', async () => {
    const api = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await api.start();
    const { store } = tempStore();
    const metrics = createMetrics(store, { defaultMetrics: false });
    const config = parseConfig({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN, TELEGRAM_API_ROOT: apiRoot });
    const { bot } = createRuncoachBot({ config, store, log: silentLogger, metrics, botInfo: api.botInfo });
    const handle = run(bot);
    try {
      const ada = { id: 4242, first_name: 'Ada' };
      const scrape = async () => parseExposition(await metrics.registry.metrics());
      const until = async (check: (f: Map<string, Family>) => boolean) => {
        for (let i = 0; i < 400; i++) {
          if (check(await scrape())) return;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error('metrics did not move');
      };
      api.sendCommand(ada, 'start');
      await until((f) => value(f, 'runcoach_updates_total', { kind: 'command', outcome: 'ok' }) === 1);
      api.sendText(ada, 'how are you?');
      await until((f) => value(f, 'runcoach_updates_total', { kind: 'message', outcome: 'ok' }) === 1);
      api.clickButton(ada.id, /.+/, ada);
      await until((f) => value(f, 'runcoach_updates_total', { kind: 'callback', outcome: 'ok' }) === 1);
      const f = await scrape();
      // No Gemini key: the offline coach answered the free text.
      expect(value(f, 'runcoach_coach_turns_total', { via: 'offline' })).toBe(1);
      expect(value(f, 'runcoach_update_duration_seconds_count', { kind: 'command' })).toBe(1);
      expect(value(f, 'runcoach_update_duration_seconds_count', { kind: 'message' })).toBe(1);
      expect(value(f, 'runcoach_updates_total', { outcome: 'error' })).toBeUndefined();
    } finally {
      await handle.stop().catch(() => undefined);
      await api.stop();
    }
  });
});
