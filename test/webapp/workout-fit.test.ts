/** GET /api/workouts/DATE/fit: the workout as a FIT file for the runner in initData; 404 on a rest day. */
import { Decoder, Stream } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { RUNNER, startWebApp } from './harness.ts';

const NOW = new Date('2026-12-09T09:00:00Z');

describe('GET /api/workouts/DATE/fit', () => {
  it('sends the day’s workout as a FIT workout file; a rest day is 404; no initData is 401', async () => {
    const app = await startWebApp({ now: NOW });
    const plan = app.store.plans.getActive(RUNNER.id);
    const workouts = plan?.weeks.flatMap((w) => w.workouts) ?? [];
    const workout = workouts.find((w) => w.steps.some((s) => s.reps > 1)) ?? workouts[0];
    if (!workout) throw new Error('no workout');
    const res = await app.fetch(`/api/workouts/${workout.date}/fit`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/vnd\.ant\.fit/);
    expect(res.headers.get('content-disposition')).toContain(`${workout.date}-`);
    const bytes = Array.from(new Uint8Array(await res.arrayBuffer()));
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    expect(decoder.checkIntegrity()).toBe(true);
    const { messages } = decoder.read() as unknown as {
      messages: { workoutMesgs: { wktName: string }[]; workoutStepMesgs: unknown[] };
    };
    expect(messages.workoutMesgs[0]?.wktName).toContain(workout.title.slice(0, 10));
    expect(messages.workoutStepMesgs.length).toBeGreaterThan(1);

    const dates = new Set(workouts.map((w) => w.date));
    let rest = '2026-12-09';
    while (dates.has(rest)) rest = new Date(Date.parse(`${rest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const none = await app.fetch(`/api/workouts/${rest}/fit`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: string }).error).toMatch(/rest day/);

    expect((await app.fetch('/api/workouts/2026-13-40/fit')).status).toBe(400);
    expect((await app.fetch(`/api/workouts/${workout.date}/fit`, { auth: null })).status).toBe(401);
    const stranger = `tma ${app.initData({ id: 777, first_name: 'Eve' })}`;
    expect((await app.fetch(`/api/workouts/${workout.date}/fit`, { auth: stranger })).status).toBe(404);
  });

  it('GET /api/calendar/feed gives the runner’s feed link (the same one /calendar sends), which serves the plan', async () => {
    const app = await startWebApp({ now: NOW });
    const res = await app.fetch('/api/calendar/feed');
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    const token = app.store.calendarFeeds.get(RUNNER.id);
    expect(url).toBe(`${app.url}/calendar/${token}.ics`);
    expect(((await (await app.fetch('/api/calendar/feed')).json()) as { url: string }).url).toBe(url);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect((await app.fetch('/api/calendar/feed', { auth: null })).status).toBe(401);
  });

  it('a change from the Mini App tells onPlanChanged (intervals.icu follows it)', async () => {
    const changed: number[] = [];
    const app = await startWebApp({ now: NOW, deps: { onPlanChanged: (id) => changed.push(id) } });
    const next = app.store.plans
      .getActive(RUNNER.id)
      ?.weeks.flatMap((w) => w.workouts)
      .find((w) => w.date > '2026-12-09' && w.type !== 'race');
    expect((await app.fetch(`/api/workouts/${next?.date}/skip`, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(changed).toEqual([RUNNER.id]);
  });
});
