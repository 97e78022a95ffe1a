/** The .ics feed over HTTP: parses as iCalendar, one all-day event per workout and the race, follows a skip. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { newFeedToken, workoutUid } from '../../src/calendar/feed.ts';
import { ingestRun } from '../../src/runs/ingest.ts';
import { RUNNER, startWebApp } from '../webapp/harness.ts';

const NOW = new Date('2026-12-09T09:00:00Z');

async function feed(url: string) {
  const res = await fetch(url);
  return { res, events: res.ok ? new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent') : [] };
}

describe('GET /calendar/TOKEN.ics', () => {
  it('serves the plan: an all-day event per workout and the race, stable UIDs, steps with paces, the runner’s units', async () => {
    const app = await startWebApp({ now: NOW });
    const token = newFeedToken();
    app.store.calendarFeeds.set(RUNNER.id, token);
    const plan = app.store.plans.getActive(RUNNER.id);
    const workouts = plan?.weeks.flatMap((w) => w.workouts) ?? [];
    const { res, events } = await feed(`${app.url}/calendar/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(events).toHaveLength(workouts.length);
    const race = workouts.find((w) => w.type === 'race');
    const raceEvent = events.find((e) => e.getFirstPropertyValue('uid') === workoutUid(RUNNER.id, race?.date ?? ''));
    expect(String(raceEvent?.getFirstPropertyValue('summary'))).toMatch(/🏁/);
    const quality = workouts.find((w) => w.steps.some((s) => s.pace && s.reps > 1));
    if (!quality) throw new Error('no paced repeats');
    const ev = events.find((e) => e.getFirstPropertyValue('uid') === workoutUid(RUNNER.id, quality.date));
    const start = ev?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(quality.date);
    expect(String(ev?.getFirstPropertyValue('summary'))).toContain(`${quality.title} · `);
    expect(String(ev?.getFirstPropertyValue('description'))).toMatch(/(Main set|Then): \d+ × .*\/km/);

    // Miles for a runner in miles; the same UIDs.
    app.store.users.update(RUNNER.id, { units: 'mi' });
    const inMiles = await feed(`${app.url}/calendar/${token}.ics`);
    const evMi = inMiles.events.find((e) => e.getFirstPropertyValue('uid') === workoutUid(RUNNER.id, quality.date));
    expect(String(evMi?.getFirstPropertyValue('summary'))).toMatch(/mi$/);
    expect(String(evMi?.getFirstPropertyValue('description'))).toMatch(/\/mi/);
  });

  it('follows plan changes (a skip is CANCELLED), shows no run, and unknown or renewed tokens are 404', async () => {
    const app = await startWebApp({ now: NOW });
    const old = newFeedToken();
    app.store.calendarFeeds.set(RUNNER.id, old);
    const plan = app.store.plans.getActive(RUNNER.id);
    const next = plan?.weeks.flatMap((w) => w.workouts).find((w) => w.date > '2026-12-09' && w.type !== 'race');
    if (!next) throw new Error('no workout');
    const skip = await app.fetch(`/api/workouts/${next.date}/skip`, { method: 'POST', body: '{}' });
    expect(skip.status).toBe(200);
    // A Strava run sets a status that must not reach the feed.
    const done = plan?.weeks.flatMap((w) => w.workouts).find((w) => w.date <= '2026-12-09' && w.type !== 'race');
    if (done) {
      ingestRun(app.store, {
        userId: RUNNER.id,
        source: 'strava',
        externalId: '777',
        date: done.date,
        distanceKm: done.distanceKm,
        durationSec: 3000,
        title: 'Morning Run',
      });
    }
    const { events } = await feed(`${app.url}/calendar/${old}.ics`);
    const skipped = events.find((e) => e.getFirstPropertyValue('uid') === workoutUid(RUNNER.id, next.date));
    expect(skipped?.getFirstPropertyValue('status')).toBe('CANCELLED');
    const text = events.map((e) => e.toString()).join('\n');
    expect(text).not.toContain('Morning Run');
    expect(text).not.toMatch(/✅|done/i);

    app.store.calendarFeeds.set(RUNNER.id, newFeedToken());
    expect((await fetch(`${app.url}/calendar/${old}.ics`)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/not-a-token.ics`)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });
});
