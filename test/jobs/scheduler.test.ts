import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { startDelivery } from '../../src/jobs/delivery.ts';
import { Scheduler } from '../../src/jobs/scheduler.ts';
import { silentLogger } from '../../src/log.ts';
import { DEFAULT_TOKEN, LocalBotApi } from '../../src/telegram/local-bot-api/index.ts';
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
