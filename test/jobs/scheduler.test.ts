import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { parseConfig } from '../../src/config.ts';
import type { JobResult } from '../../src/jobs/context.ts';
import { parseCron } from '../../src/jobs/cron.ts';
import { startDelivery } from '../../src/jobs/delivery.ts';
import { Scheduler } from '../../src/jobs/scheduler.ts';
import { silentLogger } from '../../src/log.ts';
import { tempStore } from '../helpers/tmp.ts';
import { outbox, seed, TINY_PNG } from './helpers.ts';

describe('scheduler', () => {
  it('a tick runs morning, evening, weekly and retention; a repeated tick in the same minute does nothing', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['Europe/Berlin'] });
    const clock = { now: new Date('2026-12-01T05:30:05Z') };
    const woken: string[] = [];
    const scheduler = new Scheduler({
      store,
      log: silentLogger,
      cronSchedule: '* * * * *',
      now: () => clock.now,
      onEnqueued: (r) => woken.push(r.job),
      renderChart: async () => TINY_PNG,
    });
    const results = await scheduler.tick();
    expect(results.map((r) => [r.job, r.ran, r.enqueued])).toEqual([
      ['morning', true, 2],
      ['evening', true, 0],
      ['weekly', true, 0],
      ['retention', true, 0],
    ]);
    expect(woken).toEqual(['morning']);
    expect((await scheduler.tick()).every((r) => !r.ran)).toBe(true);
    clock.now = new Date('2026-12-01T19:00:00Z');
    const evening = await scheduler.tick();
    expect(evening.find((r) => r.job === 'evening')?.enqueued).toBe(2);
    expect(evening.find((r) => r.job === 'retention')?.ran).toBe(false); // once a day
    await scheduler.stop();
    expect(await scheduler.tick()).toEqual([]);
  });

  it('rejects a bad CRON_SCHEDULE', () => {
    const { store } = tempStore();
    expect(() => new Scheduler({ store, log: silentLogger, cronSchedule: 'every minute' })).toThrow(/CRON_SCHEDULE/);
  });

  it('CRON_SCHEDULE: steps, ranges, names and the last day of the month match as cron does', () => {
    const at = (iso: string) => new Date(iso).getTime();
    const every5 = parseCron('*/5 6-8 * * mon-fri');
    // The process's local time, as node-cron's; these instants are built in local time too.
    expect(every5.matches(new Date(2026, 11, 1, 6, 5, 0).getTime())).toBe(true); // Tuesday 06:05:00
    expect(every5.matches(new Date(2026, 11, 1, 6, 5, 1).getTime())).toBe(false);
    expect(every5.matches(new Date(2026, 11, 1, 6, 6, 0).getTime())).toBe(false);
    expect(every5.matches(new Date(2026, 11, 6, 6, 5, 0).getTime())).toBe(false); // Sunday
    const last = parseCron('0 0 L * *');
    expect(last.matches(new Date(2026, 10, 30, 0, 0, 0).getTime())).toBe(true);
    expect(last.matches(new Date(2026, 10, 29, 0, 0, 0).getTime())).toBe(false);
    expect(parseCron('30 * * * * *').matches(at('2026-12-01T05:30:30Z'))).toBe(true);
    expect(() => parseCron('61 * * * *')).toThrow(/not a valid cron expression/);
  });

  it('a backward clock step of 10 minutes: the scheduler keeps ticking, and a morning in the re-lived minutes goes on time', async () => {
    const { store } = tempStore();
    // One runner whose morning is 06:05 UTC.
    seed(store, { users: 1, timezones: ['UTC'], morningTime: '06:05', now: new Date('2026-12-01T05:00:00Z') });
    const clock = { wall: Date.parse('2026-12-01T05:58:00Z'), mono: 0 };
    const scheduler = new Scheduler({
      store,
      log: silentLogger,
      cronSchedule: '* * * * *',
      now: () => new Date(clock.wall),
      monotonicNow: () => clock.mono,
      renderChart: async () => TINY_PNG,
    });
    const ticks: { at: number; results: JobResult[] }[] = [];
    const run = async (seconds: number) => {
      for (let i = 0; i < seconds; i++) {
        clock.wall += 1000;
        clock.mono += 1000;
        const results = await scheduler.poll();
        if (results) ticks.push({ at: clock.wall, results });
      }
    };
    await scheduler.poll();
    await run(5 * 60); // to 06:03
    expect(ticks.length).toBe(5);
    clock.wall -= 10 * 60_000; // ntp (or an operator) sets the clock back: 05:53
    ticks.length = 0;
    await run(13 * 60); // 05:53 → 06:06 on the new clock
    // A tick every minute of the re-lived time, each running the morning job (not skipped as already run; 06:03
    // itself, the minute the step happened in, had run).
    expect(ticks.length).toBe(13);
    for (const t of ticks.filter((x) => x.at !== Date.parse('2026-12-01T06:03:00Z')))
      expect(t.results.find((r) => r.job === 'morning')?.ran, new Date(t.at).toISOString()).toBe(true);
    const morning = ticks.find((t) => t.results.some((r) => r.job === 'morning' && r.enqueued > 0));
    expect(new Date(morning?.at ?? 0).toISOString()).toBe('2026-12-01T06:05:00.000Z');
    expect(outbox(store).filter((r) => r.kind === 'morning')).toHaveLength(1);
    await scheduler.stop();
  });

  it('a forward clock step past the 3-hour catch-up window: the mornings it jumped over still go out', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['UTC'], morningTime: '06:30', now: new Date('2026-12-01T04:00:00Z') });
    const clock = { wall: Date.parse('2026-12-01T05:00:00Z'), mono: 0 };
    const scheduler = new Scheduler({
      store,
      log: silentLogger,
      cronSchedule: '* * * * *',
      now: () => new Date(clock.wall),
      monotonicNow: () => clock.mono,
      renderChart: async () => TINY_PNG,
    });
    await scheduler.poll();
    for (let i = 0; i < 90; i++) {
      clock.wall += 1000;
      clock.mono += 1000;
      await scheduler.poll();
    }
    expect(outbox(store)).toHaveLength(0);
    // The wall clock jumps 5 hours ahead in one second of real time (a wrong clock corrected, a VM resumed).
    clock.wall += 5 * 3_600_000;
    clock.mono += 1000;
    clock.wall = Math.floor(clock.wall / 60_000) * 60_000 + 60_000; // on a minute, so this poll ticks
    const results = await scheduler.poll();
    expect(results?.find((r) => r.job === 'morning')?.enqueued).toBe(2);
    expect(
      outbox(store)
        .filter((r) => r.kind === 'morning')
        .map((r) => r.key),
    ).toEqual(['morning:1000:2026-12-01', 'morning:1001:2026-12-01']);
    await scheduler.stop();
  });

  it('runs from a monotonic timer: with the wall clock set 10 minutes back while running, ticks go on', async () => {
    const { store } = tempStore();
    let offset = 0;
    const runs: number[] = [];
    const scheduler = new Scheduler({
      store,
      log: silentLogger,
      cronSchedule: '* * * * * *', // every second
      now: () => new Date(Date.now() - offset),
      onJobRun: (job, outcome) => {
        if (job === 'morning' && outcome === 'ok') runs.push(Date.now());
      },
      renderChart: async () => TINY_PNG,
    });
    scheduler.start();
    await new Promise((r) => setTimeout(r, 1500));
    offset = 10 * 60_000;
    const stepped = Date.now();
    await new Promise((r) => setTimeout(r, 2500));
    await scheduler.stop();
    expect(runs.filter((t) => t > stepped).length).toBeGreaterThanOrEqual(1);
  });

  it('the service side: starts, catches up at once, delivers through the sender, and stops cleanly', async () => {
    const server = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await server.start();
    try {
      const { store } = tempStore();
      seed(store, { users: 3, timezones: ['Europe/Berlin'] });
      // Started at 07:10 Berlin time after a night of downtime: the 06:30 messages go at once.
      const config = parseConfig({ TELEGRAM_BOT_TOKEN: DEFAULT_TOKEN, TELEGRAM_API_ROOT: apiRoot });
      const delivery = startDelivery({ config, store, log: silentLogger, now: () => new Date('2026-12-01T06:10:00Z') });
      for (const id of [1000, 1001, 1002]) await server.waitForMessage(id, /Good morning/, 5000);
      await delivery.stop();
      expect(outbox(store).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
      expect(delivery.sender.isRunning).toBe(false);
    } finally {
      await server.stop();
    }
  });
});
