/** The Mini App's JSON API over real HTTP: auth by Telegram initData, bad input, and changes through the tools. */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportUser } from '../../src/coach/export.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import { silentLogger } from '../../src/log.ts';
import { signDevToken } from '../../src/webapp/dev-login.ts';
import { signInitData } from '../../src/webapp/init-data.ts';
import { BOT_TOKEN, RUNNER, startWebApp } from './harness.ts';
import { ensureBuilt } from './server.ts';

// A Wednesday; the plan starts today and runs 18 weeks to the race.
const NOW = new Date('2026-12-09T09:00:00Z');
const LATER = new Date('2026-12-11T09:00:00Z');

const ROUTES: [string, string, unknown?][] = [
  ['GET', '/api/plan'],
  ['GET', '/api/me'],
  ['GET', '/api/progress'],
  ['GET', '/api/calendar'],
  ['POST', '/api/workouts/2026-12-10/done', {}],
  ['POST', '/api/workouts/2026-12-10/skip', {}],
  ['POST', '/api/workouts/2026-12-10/move', { newDate: '2026-12-11' }],
  ['PATCH', '/api/settings', { units: 'mi' }],
];

const json = (body: unknown) => JSON.stringify(body);
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions that read them
type Json = any;
const read = (res: Response): Promise<Json> => res.json();

describe('authentication', () => {
  it('answers 401 on every route without initData, with another scheme, forged or stale', async () => {
    const app = await startWebApp({ now: NOW });
    const nowSec = Math.floor(NOW.getTime() / 1000);
    const forgedToken = signInitData({ user: RUNNER, authDate: nowSec }, '999:someone-elses-token-abcdefghijkl');
    const tampered = app.initData().replace('%22id%22%3A4242', '%22id%22%3A4243');
    const stale = app.initData(RUNNER, nowSec - 24 * 3600 - 5);
    const cases: [string, string | null][] = [
      ['missing', null],
      ['empty', ''],
      ['other scheme', `Bearer ${app.initData()}`],
      ['forged', `tma ${forgedToken}`],
      ['tampered', `tma ${tampered}`],
      ['stale', `tma ${stale}`],
      ['garbage', 'tma not-init-data'],
      ['dev token without devLogin', `tma-dev ${signDevToken(RUNNER.id, BOT_TOKEN, NOW.getTime())}`],
    ];
    for (const [method, path, body] of ROUTES) {
      for (const [what, auth] of cases) {
        const res = await app.fetch(path, { method, auth, body: body === undefined ? undefined : json(body) });
        expect(res.status, `${method} ${path} ${what}`).toBe(401);
        expect((await read(res)).error).toMatch(/initData|Telegram/);
      }
    }
    // Nothing was changed by any refused request.
    expect(exportUser(app.store, RUNNER.id)?.user.units).toBe('km');
  });

  it('accepts initData up to 24 hours old', async () => {
    const app = await startWebApp({ now: NOW });
    const old = app.initData(RUNNER, Math.floor(NOW.getTime() / 1000) - 23 * 3600);
    expect((await app.fetch('/api/me', { auth: `tma ${old}` })).status).toBe(200);
  });

  it('accepts the dev login only when the router was created with devLogin', async () => {
    const app = await startWebApp({ now: NOW, deps: { devLogin: true } });
    const token = signDevToken(RUNNER.id, BOT_TOKEN, NOW.getTime());
    const res = await app.fetch('/api/me', { auth: `tma-dev ${token}` });
    expect(res.status).toBe(200);
    expect((await read(res)).telegramId).toBe(RUNNER.id);
    // A dev token is never valid Telegram initData.
    expect((await app.fetch('/api/me', { auth: `tma ${token}` })).status).toBe(401);
  });
});

describe('reading', () => {
  it('GET /api/plan is the plan JSON of the runner in initData; /api/me is the export user', async () => {
    const app = await startWebApp({ now: NOW });
    const res = await app.fetch('/api/plan');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const plan = await read(res);
    expect(plan).toEqual(JSON.parse(JSON.stringify(app.store.plans.getActive(RUNNER.id))));
    expect(plan.weeks).toHaveLength(18);
    const me = await read(await app.fetch('/api/me'));
    expect(me).toEqual(JSON.parse(JSON.stringify(exportUser(app.store, RUNNER.id)?.user)));
  });

  it('another Telegram user sees only their own data: null plan, 404 profile', async () => {
    const app = await startWebApp({ now: NOW });
    const stranger = `tma ${app.initData({ id: 777, first_name: 'Eve' })}`;
    const plan = await app.fetch('/api/plan', { auth: stranger });
    expect(plan.status).toBe(200);
    expect(await read(plan)).toBeNull();
    const me = await app.fetch('/api/me', { auth: stranger });
    expect(me.status).toBe(404);
    expect((await read(me)).error).toMatch(/\/start/);
    const done = await app.fetch('/api/workouts/2026-12-10/done', { method: 'POST', auth: stranger, body: '{}' });
    expect(done.status).toBe(404);
    const settings = await app.fetch('/api/settings', { method: 'PATCH', auth: stranger, body: json({ units: 'mi' }) });
    expect(settings.status).toBe(404);
  });

  it('GET /api/progress has weeks, load and the prediction', async () => {
    const app = await startWebApp({ now: NOW });
    const res = await app.fetch('/api/progress?weeks=4');
    expect(res.status).toBe(200);
    const body = await read(res);
    expect(body.today).toBe('2026-12-09');
    expect(Array.isArray(body.report.weeks)).toBe(true);
    expect(body.goal.distance).toBe('half');
  });
});

describe('changes go through the coach tools', () => {
  it('POST done marks the workout done in the plan and in the export', async () => {
    const app = await startWebApp({ now: NOW });
    app.clock.now = LATER;
    const res = await app.fetch('/api/workouts/2026-12-10/done', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({ ok: true, workout: { date: '2026-12-10', status: 'done' } });
    const workout = exportUser(app.store, RUNNER.id)
      ?.plan?.weeks.flatMap((w) => w.workouts)
      .find((w) => w.date === '2026-12-10');
    expect(workout?.status).toBe('done');
  });

  it('the tools refuse what the bot refuses, with their own words (422)', async () => {
    const app = await startWebApp({ now: NOW });
    const future = await app.fetch('/api/workouts/2026-12-20/done', { method: 'POST', body: '{}' });
    expect(future.status).toBe(422);
    expect((await read(future)).error).toMatch(/ahead/);
    app.clock.now = LATER;
    const restDay = await app.fetch('/api/workouts/2026-12-11/done', { method: 'POST', body: '{}' });
    expect(restDay.status).toBe(422);
    expect((await read(restDay)).error).toMatch(/no workout/);
  });

  it('PATCH /api/settings updates the profile through update_profile', async () => {
    const changed: number[] = [];
    const app = await startWebApp({ now: NOW, deps: { onScheduleChanged: (id) => changed.push(id) } });
    const res = await app.fetch('/api/settings', {
      method: 'PATCH',
      body: json({
        units: 'mi',
        morningTime: '07:15',
        timezone: 'America/New_York',
        daysPerWeek: 5,
        longRunDay: 'sat',
      }),
    });
    expect(res.status).toBe(200);
    const body = await read(res);
    expect(body.user).toMatchObject({
      units: 'mi',
      morningTime: '07:15',
      timezone: 'America/New_York',
      daysPerWeek: 5,
    });
    expect(exportUser(app.store, RUNNER.id)?.user).toMatchObject({ units: 'mi', longRunDay: 'sat' });
    expect(changed).toEqual([RUNNER.id]);
  });

  it('POST skip and move adapt the plan through the engine', async () => {
    const app = await startWebApp({ now: NOW });
    const plan = app.store.plans.getActive(RUNNER.id);
    const week2 = plan?.weeks[1]?.workouts ?? [];
    const easy = week2.find((w) => w.type === 'easy');
    expect(easy).toBeDefined();
    const skip = await app.fetch(`/api/workouts/${easy?.date}/skip`, {
      method: 'POST',
      body: json({ reason: 'busy' }),
    });
    expect(skip.status).toBe(200);
    expect(
      app.store.plans
        .getActive(RUNNER.id)
        ?.weeks.flatMap((w) => w.workouts)
        .find((w) => w.date === easy?.date)?.status ?? 'gone',
    ).not.toBe('planned');
    const long = week2.find((w) => w.type === 'long');
    const move = await app.fetch(`/api/workouts/${long?.date}/move`, {
      method: 'POST',
      body: json({ newDate: long?.date }),
    });
    expect([200, 422]).toContain(move.status);
  });
});

describe('bad input is a 400 with a clear message', () => {
  const cases: [string, string, string | undefined, RegExp][] = [
    ['POST', '/api/workouts/2026-13-01/done', '{}', /date: not a real calendar date/],
    ['POST', '/api/workouts/tomorrow/done', '{}', /date: a date as YYYY-MM-DD/],
    ['POST', '/api/workouts/2026-12-10/done', json({ rpe: 11 }), /rpe: at most 10/],
    ['POST', '/api/workouts/2026-12-10/done', json({ status: 'done' }), /Unrecognized key: "status"/],
    ['POST', '/api/workouts/2026-12-10/done', '[1,2]', /expected object/],
    ['POST', '/api/workouts/2026-12-10/done', '{"rpe":', /not valid JSON/],
    ['POST', '/api/workouts/2026-02-30/skip', '{}', /not a real calendar date/],
    ['POST', '/api/workouts/2026-12-10/skip', json({ reason: 5 }), /reason: Invalid input: expected string/],
    ['POST', '/api/workouts/2026-12-10/skip', json({ reason: 'x'.repeat(301) }), /at most 300/],
    ['POST', '/api/workouts/2026-12-10/move', '{}', /newDate: Invalid input: expected string/],
    ['POST', '/api/workouts/2026-12-10/move', json({ newDate: 'friday' }), /newDate: a date as YYYY-MM-DD/],
    ['POST', '/api/workouts/20261210/move', json({ newDate: '2026-12-11' }), /date: a date/],
    ['PATCH', '/api/settings', '{}', /nothing to change/],
    ['PATCH', '/api/settings', json({ timezone: 'Mars/Olympus' }), /timezone: I don't know where "Mars\/Olympus" is/],
    ['PATCH', '/api/settings', json({ timezone: 'USA' }), /timezone: "USA" spans several time zones/],
    ['PATCH', '/api/settings', json({ morningTime: '25:00' }), /morningTime: a time as HH:MM/],
    ['PATCH', '/api/settings', json({ eveningTime: 2000 }), /eveningTime: Invalid input: expected string/],
    ['PATCH', '/api/settings', json({ units: 'yards' }), /units: Invalid option: expected one of "km"\|"mi"/],
    ['PATCH', '/api/settings', json({ daysPerWeek: 9 }), /daysPerWeek: at most 7/],
    ['PATCH', '/api/settings', json({ daysPerWeek: 3.5 }), /daysPerWeek: a whole number/],
    ['PATCH', '/api/settings', json({ longRunDay: 'someday' }), /longRunDay: Invalid option: expected one of "mon"/],
    ['PATCH', '/api/settings', json({ name: 'Mallory', units: 'km' }), /Unrecognized key: "name"/],
    ['PATCH', '/api/settings', 'null', /expected object/],
    ['GET', '/api/progress?weeks=0', undefined, /weeks: a whole number from 1 to 52/],
    ['GET', '/api/progress?weeks=53', undefined, /weeks: a whole number from 1 to 52/],
    ['GET', '/api/progress?weeks=1&weeks=2', undefined, /weeks: Invalid input: expected string/],
    ['GET', '/api/progress?all=1', undefined, /Unrecognized key: "all"/],
  ];
  it.each(cases)('%s %s %s', async (method, path, body, message) => {
    const app = await startWebApp({ now: NOW });
    const res = await app.fetch(path, { method, body });
    expect(res.status).toBe(400);
    expect((await read(res)).error).toMatch(message);
    expect(exportUser(app.store, RUNNER.id)?.user.units).toBe('km');
  });

  it('refuses bodies over the limit (413) and unknown API routes (404)', async () => {
    const app = await startWebApp({ now: NOW });
    const big = await app.fetch('/api/settings', { method: 'PATCH', body: json({ timezone: 'x'.repeat(20_000) }) });
    expect(big.status).toBe(413);
    expect((await read(big)).error).toMatch(/too large/);
    const unknown = await app.fetch('/api/users');
    expect(unknown.status).toBe(404);
    const wrongMethod = await app.fetch('/api/plan', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(404);
  });
});

describe('rate limit and the app itself', () => {
  beforeAll(ensureBuilt, 240_000);

  it('limits requests per runner', async () => {
    const app = await startWebApp({ now: NOW, deps: { perUserPerMinute: 3 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await app.fetch('/api/me')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another runner has their own budget.
    expect((await app.fetch('/api/plan', { auth: `tma ${app.initData({ id: 5 })}` })).status).toBe(200);
  });

  it('serves index.html at /app and client routes, hashed assets under /app/assets', async () => {
    const app = await startWebApp({ now: NOW, seed: false });
    for (const path of ['/app', '/app/', '/app/progress', '/app/workout/2026-12-10']) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const html = await res.text();
      expect(html).toContain('<div id="root">');
      const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(asset).toBeDefined();
      const js = await fetch(`${app.url}${asset}`);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect(js.headers.get('cache-control')).toMatch(/immutable/);
      expect(js.headers.get('content-encoding')).toBe('gzip');
      expect((await js.text()).length).toBeGreaterThan(10_000);
    }
    expect((await fetch(`${app.url}/app/assets/nope.js`)).status).toBe(404);
  });

  it('says how to build the app when web/dist is missing', async () => {
    const app = await startWebApp({ now: NOW, seed: false, deps: { staticDir: '/nonexistent/dist' } });
    const res = await fetch(`${app.url}/app`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
  });
});

describe('one truth for every face', () => {
  it("GET /api/calendar: each week's planned and done km as /week counts them, and the logged runs", async () => {
    const app = await startWebApp({ now: LATER });
    const ctx = { userId: RUNNER.id, store: app.store, now: () => LATER, log: silentLogger };
    // A run on a planned day and an extra one on a rest day (Friday 11 Dec), both this week.
    expect(callTool(ctx, 'log_run', { date: '2026-12-10', distanceKm: 5.2, duration: '28:36' }).result.ok).toBe(true);
    expect(callTool(ctx, 'log_run', { date: '2026-12-11', distanceKm: 3, duration: '18:00' }).result.ok).toBe(true);
    const body = await read(await app.fetch('/api/calendar'));
    expect(body.today).toBe('2026-12-11');
    expect(body.runs).toEqual([
      { date: '2026-12-10', distanceKm: 5.2, durationSec: 1716, paceSecPerKm: 330, source: 'manual' },
      { date: '2026-12-11', distanceKm: 3, durationSec: 1080, paceSecPerKm: 360, source: 'manual' },
    ]);
    const week = body.weeks[0];
    expect(week).toMatchObject({ index: 1, from: '2026-12-07', to: '2026-12-13', doneKm: 8.2, runs: 2 });
    const plan = app.store.plans.getActive(RUNNER.id);
    expect(week.plannedKm).toBe(plan?.weeks[0]?.totalKm);
    // /week (get_workouts), Progress and the export say the same.
    const view = callTool(ctx, 'get_workouts', {});
    expect(view.result.ok && view.result.data.totals).toMatchObject({ plannedKm: week.plannedKm, doneKm: 8.2 });
    const progress = await read(await app.fetch('/api/progress?weeks=1'));
    expect(progress.report.weeks[0]).toMatchObject({ plannedKm: week.plannedKm, doneKm: 8.2 });
    expect(exportUser(app.store, RUNNER.id)?.weeks?.[0]).toMatchObject({ plannedKm: week.plannedKm, doneKm: 8.2 });
  });

  it('fitness and fatigue wait for three weeks of runs, on the API as in the chat', async () => {
    const app = await startWebApp({ now: LATER });
    const ctx = { userId: RUNNER.id, store: app.store, now: () => LATER, log: silentLogger };
    callTool(ctx, 'log_run', { date: '2026-12-10', distanceKm: 5, duration: '30:00', rpe: 5 });
    const early = (await read(await app.fetch('/api/progress'))).report;
    expect(early).toMatchObject({ fitness: null, fatigue: null, fitnessFrom: '2026-12-31' });
    app.clock.now = new Date('2026-12-31T09:00:00Z');
    const later = (await read(await app.fetch('/api/progress'))).report;
    expect(later.fitnessFrom).toBeNull();
    expect(later.fitness).toBeGreaterThan(0);
  });

  it('PATCH /api/settings takes a city as the chat does: Berlin is Europe/Berlin', async () => {
    const app = await startWebApp({ now: NOW });
    for (const [typed, zone] of [
      ['Berlin', 'Europe/Berlin'],
      ['new york', 'America/New_York'],
      ['München', 'Europe/Berlin'],
      ['asia/tokyo', 'Asia/Tokyo'],
    ]) {
      const res = await app.fetch('/api/settings', { method: 'PATCH', body: json({ timezone: typed }) });
      expect(res.status, typed).toBe(200);
      expect((await read(res)).user.timezone).toBe(zone);
    }
    // The chat's tool takes the same words the same way.
    const ctx = { userId: RUNNER.id, store: app.store, now: () => NOW, log: silentLogger };
    const viaTool = callTool(ctx, 'update_profile', { timezone: 'Lisbon' });
    expect(viaTool.result.ok && viaTool.result.data.profile.timezone).toBe('Europe/Lisbon');
    expect(callTool(ctx, 'update_profile', { timezone: 'Atlantis' }).result.ok).toBe(false);
  });
});
