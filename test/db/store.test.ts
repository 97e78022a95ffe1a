import { describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../src/db/store/index.ts';
import { dbOf } from '../helpers/db.ts';
import { tempStore } from '../helpers/tmp.ts';

const plan: StoredPlan = {
  goal: { distance: '10k', distanceKm: 10, raceDate: '2027-01-17', goalTime: '0:45:00', predictedTime: '0:46:10' },
  startDate: '2026-11-30',
  vdot: 45.2,
  paces: {
    easy: { minSecPerKm: 330, maxSecPerKm: 370 },
    marathon: { minSecPerKm: 290, maxSecPerKm: 295 },
    threshold: { minSecPerKm: 270, maxSecPerKm: 275 },
    interval: { minSecPerKm: 245, maxSecPerKm: 250 },
    repetition: { minSecPerKm: 230, maxSecPerKm: 235 },
  },
  baseline: { weeklyKm: 20, daysPerWeek: 3, longRunDay: 'sun', longRunKm: 6 },
  warnings: [{ code: 'text', text: 'a warning' }],
  weeks: [
    {
      index: 1,
      phase: 'base',
      startDate: '2026-11-30',
      totalKm: 14,
      workouts: [
        {
          date: '2026-12-01',
          type: 'easy',
          distanceKm: 6,
          title: 'Easy run',
          description: 'Easy.',
          status: 'planned',
          steps: [],
        },
        {
          date: '2026-12-03',
          type: 'tempo',
          distanceKm: 8,
          title: 'Tempo',
          description: '20 min at threshold',
          status: 'planned',
          steps: [{ kind: 'warmup', reps: 1, distanceKm: 2, zone: 'easy', pace: null, effort: 'easy' }],
        },
      ],
    },
  ],
};

function withUser() {
  const { store, path } = tempStore();
  store.users.upsert({ telegramId: 42, chatId: 42, name: 'Ana', username: 'ana' });
  return { store, path };
}

describe('store', () => {
  it('users: upsert creates once, keeps settings, and reactivates', () => {
    const { store } = withUser();
    store.users.update(42, { timezone: 'Europe/Berlin', weeklyKm: 30, active: false });
    const again = store.users.upsert({ telegramId: 42, chatId: 43, name: 'Other' });
    expect(again).toMatchObject({ telegramId: 42, chatId: 43, name: 'Ana', timezone: 'Europe/Berlin', active: true });
    expect(store.users.count()).toBe(1);
    expect(store.users.get(42)?.weeklyKm).toBe(30);
  });

  it('users: due queries use the next-send instants', () => {
    const { store } = withUser();
    store.users.upsert({ telegramId: 43, chatId: 43 });
    store.users.update(42, { nextMorningAt: 1000, nextEveningAt: 5000, nextWeeklyAt: 9000 });
    store.users.update(43, { nextMorningAt: 3000 });
    expect(store.users.dueMorning(2000).map((u) => u.telegramId)).toEqual([42]);
    expect(store.users.dueEvening(6000).map((u) => u.telegramId)).toEqual([42]);
    expect(store.users.dueWeekly(8000)).toEqual([]);
    store.users.setActive(42, false);
    expect(store.users.dueMorning(4000).map((u) => u.telegramId)).toEqual([43]);
  });

  it('plans: round trip of the plan JSON, one active plan per runner', () => {
    const { store } = withUser();
    store.plans.create(42, plan, { goal: '10k' });
    expect(store.plans.getActive(42)).toEqual(plan);
    store.plans.create(42, { ...plan, vdot: 46 }, {});
    expect(store.plans.all(42).map((p) => p.status)).toEqual(['archived', 'active']);
    expect(store.plans.getActive(42)?.vdot).toBe(46);
    expect(() =>
      dbOf(store)
        .$client.prepare(
          "insert into plans (user_id, status, goal, distance_km, race_date, start_date, weeks, request) values (42, 'active', '5k', 5, '2027-01-01', '2026-12-01', '[]', '{}')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('plans stored before warnings were codes load their English sentences as text warnings', () => {
    const { store } = withUser();
    const coded: StoredPlan = { ...plan, warnings: [{ code: 'low_volume', minKm: 10 }] };
    store.plans.create(42, coded, {});
    expect(store.plans.getActive(42)?.warnings).toEqual([{ code: 'low_volume', minKm: 10 }]);
    dbOf(store)
      .$client.prepare("update plans set warnings = ? where user_id = 42 and status = 'active'")
      .run(JSON.stringify(['You run under 10 km a week now.', { code: 'race_too_slow' }]));
    expect(store.plans.getActive(42)?.warnings).toEqual([
      { code: 'text', text: 'You run under 10 km a week now.' },
      { code: 'race_too_slow' },
    ]);
  });

  it('workouts: by date, between dates, status, and one per day', () => {
    const { store } = withUser();
    store.plans.create(42, plan, {});
    expect(store.plans.workoutOn(42, '2026-12-03')?.type).toBe('tempo');
    expect(store.plans.workoutOn(42, '2026-12-02')).toBeUndefined();
    expect(store.plans.workoutsBetween(42, '2026-11-30', '2026-12-06')).toHaveLength(2);
    expect(store.plans.setWorkoutStatus(42, '2026-12-01', 'done')).toBe(true);
    expect(store.plans.workoutOn(42, '2026-12-01')?.status).toBe('done');
    const planId = store.plans.activeRow(42)?.id;
    expect(() =>
      dbOf(store)
        .$client.prepare(
          `insert into workouts (plan_id, user_id, date, week_index, type, distance_km, title, description) values (${planId}, 42, '2026-12-01', 1, 'easy', 5, 't', 'd')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });

  it('plans: replaceActive rewrites workouts atomically', () => {
    const { store } = withUser();
    store.plans.create(42, plan, {});
    const adapted: StoredPlan = structuredClone(plan);
    const week = adapted.weeks[0];
    if (!week) throw new Error('fixture');
    week.workouts = [{ ...week.workouts[0], distanceKm: 4 } as StoredPlan['weeks'][0]['workouts'][0]];
    week.totalKm = 4;
    store.plans.replaceActive(42, adapted);
    const got = store.plans.getActive(42);
    expect(got?.weeks[0]?.workouts).toHaveLength(1);
    expect(got?.weeks[0]?.totalKm).toBe(4);
  });

  it('runs: idempotent on source and external id; raw data purge keeps the facts', () => {
    const { store } = withUser();
    const base = {
      userId: 42,
      date: '2026-12-01',
      distanceKm: 8.1,
      durationSec: 2900,
      source: 'strava' as const,
      externalId: '999',
      raw: { name: 'Morning Run' },
      title: 'Morning Run',
    };
    const first = store.runs.insert(base);
    const second = store.runs.insert({ ...base, distanceKm: 9 });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.run.id).toBe(first.run.id);
    expect(store.runs.all(42)).toHaveLength(1);
    expect(store.runs.purgeRawBefore('strava', Date.now() + 1000, Date.now())).toBe(1);
    const purged = store.runs.byExternal('strava', '999');
    expect(purged).toMatchObject({ raw: null, title: null, distanceKm: 8.1 });
    expect(store.runs.between(42, '2026-12-01', '2026-12-01')).toHaveLength(1);
    expect(store.runs.deleteBySource(42, 'strava')).toBe(1);
  });

  it('feedback: round trip', () => {
    const { store } = withUser();
    const f = store.feedback.insert({ userId: 42, date: '2026-12-01', rpe: 8, feeling: 'tired', notes: 'heavy legs' });
    expect(store.feedback.all(42)).toEqual([f]);
    expect(store.feedback.between(42, '2026-12-02', '2026-12-09')).toEqual([]);
  });

  it('history and usage: bounded reads and accumulating counters', () => {
    const { store } = withUser();
    for (let i = 0; i < 5; i++)
      store.history.append(42, i % 2 ? 'model' : 'user', { role: 'user', parts: [{ text: `${i}` }] });
    expect(store.history.recent(42, 2).map((h) => (h.content as { parts: { text: string }[] }).parts[0]?.text)).toEqual(
      ['3', '4'],
    );
    store.usage.add(42, '2026-12-01', { turns: 1, prompt: 100, output: 20, total: 120 });
    store.usage.add(42, '2026-12-01', { turns: 1, prompt: 50, output: 10, total: 60 });
    expect(store.usage.get(42, '2026-12-01')).toMatchObject({ turns: 2, promptTokens: 150, totalTokens: 180 });
  });

  it('strava accounts and single-use oauth states', () => {
    const { store } = withUser();
    store.strava.save({
      userId: 42,
      athleteId: 7,
      accessTokenEnc: 'a',
      refreshTokenEnc: 'r',
      expiresAt: 1,
      scope: 'read',
    });
    store.strava.save({
      userId: 42,
      athleteId: 7,
      accessTokenEnc: 'a2',
      refreshTokenEnc: 'r2',
      expiresAt: 2,
      scope: 'read',
    });
    expect(store.strava.byAthlete(7)).toMatchObject({ userId: 42, refreshTokenEnc: 'r2' });
    store.oauthStates.create('n1', 42, 'strava', Date.now() + 60_000);
    expect(store.oauthStates.consume('n1', 'strava', Date.now())).toEqual({ userId: 42 });
    expect(store.oauthStates.consume('n1', 'strava', Date.now())).toBeNull();
    store.oauthStates.create('n2', 42, 'strava', Date.now() - 1);
    expect(store.oauthStates.consume('n2', 'strava', Date.now())).toBeNull();
    expect(store.strava.delete(42)).toBe(true);
  });

  it('outbox: unique keys, lease claims, retries and drops', () => {
    const { store } = withUser();
    const row = { key: 'morning:42:2026-12-01', userId: 42, chatId: 42, kind: 'morning', payload: { text: 'hi' } };
    expect(store.outbox.enqueue(row)).toBe(true);
    expect(store.outbox.enqueue(row)).toBe(false);
    expect(store.outbox.depth()).toBe(1);
    const claimed = store.outbox.claim(Date.now() + 1, 10, 30_000);
    expect(claimed).toHaveLength(1);
    expect(claimed[0]?.attempts).toBe(1);
    // Leased: not claimable again until the lease runs out (a crashed sender's rows come back).
    expect(store.outbox.claim(Date.now() + 1, 10, 30_000)).toHaveLength(0);
    expect(store.outbox.claim(Date.now() + 60_000, 10, 30_000)).toHaveLength(1);
    store.outbox.retryLater(claimed[0]?.id ?? 0, Date.now() + 5000, '429');
    expect(store.outbox.claim(Date.now(), 10, 30_000)).toHaveLength(0);
    store.outbox.markSent(claimed[0]?.id ?? 0, Date.now(), 77);
    expect(store.outbox.byKey(row.key)).toMatchObject({ status: 'sent', telegramMessageId: 77 });
    store.outbox.enqueue({ ...row, key: 'other' });
    expect(store.outbox.dropForUser(42, 'blocked')).toBe(1);
    expect(store.outbox.depth()).toBe(0);
    expect(store.outbox.deleteFinishedBefore(Date.now() + 1000)).toBe(2);
  });

  it('inbox: duplicate events stored once, claimed with a lease, finished', () => {
    const { store } = withUser();
    const ev = { source: 'strava', key: 'strava:activity:1:create:100', payload: { object_id: 1 } };
    expect(store.inbox.add(ev)).toBe(true);
    expect(store.inbox.add(ev)).toBe(false);
    const [claimed] = store.inbox.claim(Date.now() + 1, 10, 10_000);
    expect(claimed?.status).toBe('processing');
    store.inbox.finish(claimed?.id ?? 0, Date.now());
    expect(store.inbox.byKey(ev.key)?.status).toBe('done');
    expect(store.inbox.depth()).toBe(0);
  });

  it('job runs: one run per slot', () => {
    const { store } = withUser();
    const run = store.jobRuns.start('morning', 'morning:2026-12-01T06:30', 1);
    expect(run).not.toBeNull();
    expect(store.jobRuns.start('morning', 'morning:2026-12-01T06:30', 2)).toBeNull();
    store.jobRuns.finish(run?.id ?? 0, 3, { enqueued: 5 });
    expect(store.jobRuns.recent('morning')[0]).toMatchObject({ status: 'ok', enqueued: 5 });
  });

  it('meta: set, overwrite, delete', () => {
    const { store } = withUser();
    store.meta.set('strava.subscription', '1');
    store.meta.set('strava.subscription', '2');
    expect(store.meta.get('strava.subscription')).toBe('2');
    store.meta.delete('strava.subscription');
    expect(store.meta.get('strava.subscription')).toBeUndefined();
  });

  it('deleting a runner removes everything of theirs (cascades)', () => {
    const { store } = withUser();
    store.plans.create(42, plan, {});
    store.runs.insert({
      userId: 42,
      date: '2026-12-01',
      distanceKm: 5,
      durationSec: 1500,
      source: 'manual',
      externalId: 'm1',
    });
    store.feedback.insert({ userId: 42, date: '2026-12-01', rpe: 5 });
    store.history.append(42, 'user', {});
    store.outbox.enqueue({ key: 'k', userId: 42, chatId: 42, kind: 'x', payload: {} });
    expect(store.users.delete(42)).toBe(true);
    const c = dbOf(store).$client;
    for (const t of ['plans', 'workouts', 'runs', 'feedback', 'history', 'outbox']) {
      expect(c.prepare(`select count(*) n from ${t}`).get()).toEqual({ n: 0 });
    }
  });
});
