import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/run.ts';
import { refreshSchedule } from '../../src/jobs/schedule.ts';
import { parsePayload } from '../../src/outbox/payload.ts';
import { tempStore } from '../helpers/tmp.ts';
import { html, jobCtx, outbox, seed } from './helpers.ts';

const ZONES = ['Asia/Tokyo', 'Europe/Berlin', 'America/Los_Angeles'];

/** Runs the job every `stepMin` minutes from `from` to `to` and returns when each key was first enqueued. */
async function tickThrough(
  store: ReturnType<typeof tempStore>['store'],
  job: 'morning' | 'evening' | 'weekly',
  from: string,
  to: string,
  stepMin: number,
) {
  const firstSeen = new Map<string, string>();
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += stepMin * 60_000) {
    await runJob(job, jobCtx(store, new Date(t)));
    for (const row of outbox(store)) if (!firstSeen.has(row.key)) firstSeen.set(row.key, new Date(t).toISOString());
  }
  return firstSeen;
}

describe('morning job', () => {
  it('sends each runner the morning at their own 06:30 (Tokyo, Berlin, Los Angeles)', async () => {
    const { store } = tempStore();
    seed(store, { users: 3, timezones: ZONES });
    const seen = await tickThrough(store, 'morning', '2026-11-30T20:00:00Z', '2026-12-01T16:00:00Z', 15);
    expect(Object.fromEntries(seen)).toEqual({
      'morning:1000:2026-12-01': '2026-11-30T21:30:00.000Z', // Tokyo 06:30 JST
      'morning:1001:2026-12-01': '2026-12-01T05:30:00.000Z', // Berlin 06:30 CET
      'morning:1002:2026-12-01': '2026-12-01T14:30:00.000Z', // Los Angeles 06:30 PST
    });
    const berlin = outbox(store).find((r) => r.userId === 1001)!;
    expect(html(berlin)).toMatch(/Good morning, Runner 2!/);
    expect(html(berlin)).toMatch(/Today/);
    expect(
      parsePayload(berlin.payload)
        .buttons?.flat()
        .map((b) => b.text),
    ).toContain('✅ Done');
    expect(berlin.chatId).toBe(1001);
  });

  it('stays at 06:30 local across the spring and autumn DST changes', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['Europe/Berlin', 'America/Los_Angeles'], start: '2026-10-19', weeks: 24 });
    // Autumn: Berlin falls back on 25 Oct, Los Angeles on 1 Nov.
    refreshSchedule(store, 1000, new Date('2026-10-23T12:00:00Z'));
    refreshSchedule(store, 1001, new Date('2026-10-23T12:00:00Z'));
    let seen = await tickThrough(store, 'morning', '2026-10-23T12:00:00Z', '2026-11-02T16:00:00Z', 30);
    expect(seen.get('morning:1000:2026-10-24')).toBe('2026-10-24T04:30:00.000Z');
    expect(seen.get('morning:1000:2026-10-25')).toBe('2026-10-25T05:30:00.000Z');
    expect(seen.get('morning:1001:2026-10-31')).toBe('2026-10-31T13:30:00.000Z');
    expect(seen.get('morning:1001:2026-11-01')).toBe('2026-11-01T14:30:00.000Z');
    // Every day exactly once for each runner (rest days included: they get a rest-day note).
    expect([...seen.keys()].filter((k) => k.startsWith('morning:1000:')).length).toBe(10); // 24 Oct to 2 Nov

    const spring = tempStore().store;
    seed(spring, { users: 2, timezones: ['Europe/Berlin', 'America/Los_Angeles'], start: '2027-03-08', weeks: 12 });
    refreshSchedule(spring, 1000, new Date('2027-03-12T12:00:00Z'));
    refreshSchedule(spring, 1001, new Date('2027-03-12T12:00:00Z'));
    seen = await tickThrough(spring, 'morning', '2027-03-12T12:00:00Z', '2027-03-29T16:00:00Z', 30);
    expect(seen.get('morning:1001:2027-03-13')).toBe('2027-03-13T14:30:00.000Z');
    expect(seen.get('morning:1001:2027-03-14')).toBe('2027-03-14T13:30:00.000Z');
    expect(seen.get('morning:1000:2027-03-27')).toBe('2027-03-27T05:30:00.000Z');
    expect(seen.get('morning:1000:2027-03-28')).toBe('2027-03-28T04:30:00.000Z');
  });

  it('catches up after downtime within 3 hours, and waits for tomorrow after that', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['Europe/Berlin'] });
    // Down all night; back at 07:10 Berlin time: the 06:30 message still goes.
    let r = await runJob('morning', jobCtx(store, '2026-12-01T06:10:00Z'));
    expect(r.enqueued).toBe(2);
    expect(outbox(store).map((o) => o.key)).toEqual(['morning:1000:2026-12-01', 'morning:1001:2026-12-01']);

    const late = tempStore().store;
    seed(late, { users: 1, timezones: ['Europe/Berlin'] });
    // Back at 09:31: too late for today's morning; tomorrow's comes at 06:30.
    r = await runJob('morning', jobCtx(late, '2026-12-01T08:31:00Z'));
    expect(r).toMatchObject({ ran: true, users: 1, enqueued: 0 });
    expect(late.users.get(1000)?.nextMorningAt).toBe(new Date('2026-12-02T05:30:00Z').getTime());
    r = await runJob('morning', jobCtx(late, '2026-12-02T05:30:00Z'));
    expect(outbox(late).map((o) => o.key)).toEqual(['morning:1000:2026-12-02']);
  });

  it('the same job twice sends once (same slot, a later slot, and a recomputed schedule)', async () => {
    const { store } = tempStore();
    seed(store, { users: 5, timezones: ['Europe/Berlin'] });
    const first = await runJob('morning', jobCtx(store, '2026-12-01T05:30:00Z'));
    const again = await runJob('morning', jobCtx(store, '2026-12-01T05:30:20Z'));
    expect(first).toMatchObject({ ran: true, enqueued: 5 });
    expect(again).toMatchObject({ ran: false, enqueued: 0 });
    // A later tick finds nobody due...
    expect(await runJob('morning', jobCtx(store, '2026-12-01T05:31:00Z'))).toMatchObject({ users: 0, enqueued: 0 });
    // ...and even a runner whose schedule is recomputed inside the window does not get it twice.
    refreshSchedule(store, 1000, new Date('2026-12-01T06:00:00Z'));
    const redo = await runJob('morning', jobCtx(store, '2026-12-01T06:00:00Z'));
    expect(redo).toMatchObject({ users: 1, enqueued: 0 });
    expect(outbox(store)).toHaveLength(5);
    expect(store.jobRuns.recent('morning').map((j) => j.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('rest days get a rest note, race day gets race words, and runners without a plan get nothing', async () => {
    const { store } = tempStore();
    seed(store, { users: 1, timezones: ['UTC'], raceDate: '2027-02-21' });
    store.users.upsert({ telegramId: 2000, chatId: 2000, name: 'NoPlan' }, { timezone: 'UTC' });
    refreshSchedule(store, 2000, new Date('2026-12-02T00:00:00Z'));
    refreshSchedule(store, 1000, new Date('2026-12-02T00:00:00Z'));
    await runJob('morning', jobCtx(store, '2026-12-02T06:30:00Z')); // Wednesday: rest
    expect(outbox(store)).toHaveLength(1);
    expect(html(outbox(store)[0]!)).toMatch(/rest day/i);
    refreshSchedule(store, 1000, new Date('2027-02-21T00:00:00Z'));
    await runJob('morning', jobCtx(store, '2027-02-21T06:30:00Z'));
    const race = outbox(store).find((r) => r.key === 'morning:1000:2027-02-21')!;
    expect(html(race)).toMatch(/race day/);
    expect(outbox(store).some((r) => r.userId === 2000)).toBe(false);
  });
});

describe('evening job', () => {
  it('asks how it went when the planned workout has no run and no feedback, and only then', async () => {
    const { store } = tempStore();
    seed(store, { users: 4, timezones: ['Europe/Berlin'] });
    // 1001 logged a run, 1002 gave feedback, 1003's workout is already marked done.
    store.runs.insert({
      userId: 1001,
      date: '2026-12-01',
      distanceKm: 7,
      durationSec: 2400,
      source: 'manual',
      externalId: 'r1',
    });
    store.feedback.insert({ userId: 1002, date: '2026-12-01', rpe: 4 });
    store.plans.setWorkoutStatus(1003, '2026-12-01', 'done');
    const r = await runJob('evening', jobCtx(store, '2026-12-01T19:00:00Z')); // 20:00 Berlin
    expect(r).toMatchObject({ users: 4, enqueued: 1 });
    const [row] = outbox(store);
    expect(row?.key).toBe('evening:1000:2026-12-01');
    const payload = parsePayload(row?.payload);
    expect(payload.html).toMatch(/How did it go\?/);
    expect(payload.html).toMatch(/in words/);
    const buttons = payload.buttons?.flat().map((b) => ('data' in b ? b.data : '')) ?? [];
    expect(buttons).toEqual(expect.arrayContaining(['done:2026-12-01', 'skip:2026-12-01', 'rpe:2026-12-01:5']));
    // Rest day (Wednesday): nobody is asked.
    expect(await runJob('evening', jobCtx(store, '2026-12-02T19:00:00Z'))).toMatchObject({ users: 4, enqueued: 0 });
  });
});

describe('retention job', () => {
  it('deletes finished outbox rows, old history and job records, keeps what is pending', async () => {
    const { store } = tempStore();
    seed(store, { users: 2, timezones: ['Europe/Berlin'] });
    await runJob('morning', jobCtx(store, '2026-12-01T05:30:00Z'));
    const [a] = outbox(store);
    store.outbox.markSent(a!.id, Date.now(), 1);
    store.history.append(1000, 'user', { role: 'user', parts: [{ text: 'hi' }] });
    const r = await runJob('retention', jobCtx(store, new Date(Date.now() + 61 * 86_400_000)));
    expect(r.ran).toBe(true);
    expect(r.deleted).toBeGreaterThanOrEqual(2); // the sent row and the morning's job record
    expect(outbox(store).map((o) => o.status)).toEqual(['pending']);
    expect((await runJob('retention', jobCtx(store, new Date(Date.now() + 61 * 86_400_000)))).ran).toBe(false);
  });
});
