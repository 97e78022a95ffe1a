/**
 * The metrics an operator scrapes move with what they promise: outbox send attempts by outcome (sent, retry after
 * a 5xx, blocked by a 403), Strava inbox events by outcome (retry after a 503, then done), and Strava's own rate
 * usage per window and kind. The real service (src/service.ts) in this process, on the local Bot API and the fake
 * Strava, scraped over HTTP at GET /metrics.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createMetrics } from '../../src/metrics/registry.ts';
import { startService } from '../../src/service.ts';
import {
  activityCreated,
  addRun,
  linkStrava,
  morningsByChat,
  onCleanup,
  seedDueMorning,
  serviceEnv,
  startBotApi,
  startStrava,
  until,
  workspace,
} from '../reliability/harness.ts';
import { addRunner, addRun as addStravaRun, startBench } from '../strava/helpers.ts';

const METRICS_TOKEN = 'metrics-token-for-the-test';

/** The value of one sample in Prometheus text, or undefined when absent. Labels match exactly (any order). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got: Record<string, string> = {};
    for (const pair of (m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)) got[pair[1] ?? ''] = pair[2] ?? '';
    const want = Object.entries(labels);
    if (want.length === Object.keys(got).length && want.every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(publicUrl: string): Promise<string> {
  const res = await fetch(`${publicUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

describe('/metrics that move', () => {
  it('counts outbox sends and inbox events by outcome, and reads Strava rate usage when scraped', async () => {
    const { api, apiRoot } = await startBotApi();
    const { strava } = await startStrava();
    const ws = await workspace();
    // Three runners whose morning message is due; the second has blocked the bot; the first send answers 500.
    const first = 930_000;
    seedDueMorning(ws.dbPath, { users: 3, firstId: first });
    api.blockChat(first + 1);
    api.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' }, 1);
    const config = parseConfig(
      serviceEnv({ apiRoot, dbPath: ws.dbPath, port: ws.port, strava, extra: { METRICS_TOKEN, HOST: '127.0.0.1' } }),
    );
    const service = await startService(config, { log: silentLogger, handleSignals: false });
    onCleanup(() => service.stop());
    await service.ready;

    // Outbox: two mornings delivered (one after a retry), one runner blocked.
    await until(() => morningsByChat(api).size === 2, 'two mornings delivered', 20_000);
    let text = '';
    await until(
      async () => {
        text = await scrape(ws.publicUrl);
        return (sample(text, 'runcoach_outbox_sends_total', { outcome: 'sent' }) ?? 0) >= 2;
      },
      () => `two sends counted\n${text}`,
    );
    expect(sample(text, 'runcoach_outbox_sends_total', { outcome: 'retry' })).toBe(1);
    expect(sample(text, 'runcoach_outbox_sends_total', { outcome: 'blocked' })).toBe(1);
    expect(sample(text, 'runcoach_outbox_sends_total', { outcome: 'failed' })).toBeUndefined();
    // The older gauge stays, for operators who scrape it.
    expect(sample(text, 'runcoach_outbox_sent', { outcome: 'sent' })).toBe(2);
    expect(sample(text, 'runcoach_outbox_sent', { outcome: 'blocked' })).toBe(1);
    // Strava has not been asked anything yet; nothing processed.
    expect(sample(text, 'runcoach_inbox_processed_total', { outcome: 'done' })).toBeUndefined();

    // Strava: a linked runner; Strava reports usage near a known level; the activity fetch answers 503 once.
    const runner = { id: 931_000, first_name: 'Sam' };
    const athlete = 4931;
    api.sendCommand(runner, 'start');
    await api.waitForMessage(runner.id, /running coach/, 10_000);
    await linkStrava({ dbPath: ws.dbPath, publicUrl: ws.publicUrl, strava, api }, runner.id, athlete);
    await api.waitFor((m) => m.chatId === runner.id && /Strava is connected/.test(m.text), 10_000, { since: 0 });
    strava.setUsage([40, 400], [20, 200]);
    strava.fail('/api/v3/activities', 503, 1);
    addRun(strava, athlete, 99_931);
    expect((await activityCreated(ws.publicUrl, athlete, 99_931)).status).toBe(200);
    await until(
      async () => {
        text = await scrape(ws.publicUrl);
        return sample(text, 'runcoach_inbox_processed_total', { outcome: 'done' }) === 1;
      },
      () => `the event processed after its retry\n${text}`,
      20_000,
    );
    expect(sample(text, 'runcoach_inbox_processed_total', { outcome: 'retry' })).toBe(1);
    expect(sample(text, 'runcoach_inbox_processed_total', { outcome: 'failed' })).toBeUndefined();

    // Usage ÷ limit as Strava's last answer reported it: the level set above plus the few calls since.
    const ratio = (window: string, kind: string) =>
      sample(text, 'runcoach_strava_rate_usage_ratio', { window, kind }) ?? Number.NaN;
    const between = (v: number, low: number, high: number) => {
      expect(v).toBeGreaterThan(low);
      expect(v).toBeLessThan(high);
    };
    between(ratio('15min', 'overall'), 40 / 200, 50 / 200);
    between(ratio('daily', 'overall'), 400 / 2000, 410 / 2000);
    between(ratio('15min', 'read'), 20 / 100, 30 / 100);
    between(ratio('daily', 'read'), 200 / 1000, 210 / 1000);
  }, 60_000);

  it('the Strava worker counts ignored and rate-limited events; a rate window that resets reads 0', async () => {
    const metrics = createMetrics(undefined, { defaultMetrics: false });
    const bench = await startBench({ now: '2026-12-01T18:03:00Z', deps: { metrics } });
    addRunner(bench.store);
    expect((await bench.connect()).status).toBe(200);
    bench.fake.setUsage([150, 1500], [60, 600]);
    addStravaRun(bench.fake, 601, { sport_type: 'Ride', distance: 30_000 });
    addStravaRun(bench.fake, 602);
    await bench.webhook({ object_id: 601 });
    await bench.strava.worker.drain();
    bench.fake.fail('/api/v3/activities/', 429, 1);
    await bench.webhook({ object_id: 602 });
    await bench.strava.worker.drain();
    let text = await metrics.registry.metrics();
    const inbox = (outcome: string) => sample(text, 'runcoach_inbox_processed_total', { outcome });
    expect([inbox('ignored'), inbox('rate_limited'), inbox('done')]).toEqual([1, 1, undefined]);
    // Strava's last answer (the 429) reported 151 of 200 and 61 of 100 this quarter: the level set plus the Ride.
    expect(sample(text, 'runcoach_strava_rate_usage_ratio', { window: '15min', kind: 'overall' })).toBe(151 / 200);
    expect(sample(text, 'runcoach_strava_rate_usage_ratio', { window: '15min', kind: 'read' })).toBe(61 / 100);

    // The next quarter: the event is processed; before any call the 15-minute windows read 0, the daily ones stay.
    bench.clock.now = new Date('2026-12-01T18:15:00Z');
    text = await metrics.registry.metrics();
    expect(sample(text, 'runcoach_strava_rate_usage_ratio', { window: '15min', kind: 'overall' })).toBe(0);
    expect(sample(text, 'runcoach_strava_rate_usage_ratio', { window: 'daily', kind: 'overall' })).toBe(1501 / 2000);
    await bench.strava.worker.drain();
    text = await metrics.registry.metrics();
    expect([inbox('ignored'), inbox('rate_limited'), inbox('done')]).toEqual([1, 1, 1]);
  });

  it('without Strava the rate gauge has no samples (absent, not a zero that means nothing)', async () => {
    const metrics = createMetrics(undefined, { defaultMetrics: false });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/# TYPE runcoach_strava_rate_usage_ratio gauge/);
    expect(text).not.toMatch(/^runcoach_strava_rate_usage_ratio\{/m);
    metrics.readStravaRateFrom(() => [{ window: 'daily', kind: 'read', ratio: 0.25 }]);
    expect(
      sample(await metrics.registry.metrics(), 'runcoach_strava_rate_usage_ratio', { window: 'daily', kind: 'read' }),
    ).toBe(0.25);
  });
});
