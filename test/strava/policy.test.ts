/** The Strava policy end to end: a run that arrived through the webhook never reaches a Gemini request. */
import { describe, expect, it } from 'vitest';
import { GeminiCoach } from '../../src/coach/gemini/index.ts';
import { silentLogger } from '../../src/log.ts';
import { calls, FakeGemini, say } from '../fakes/gemini-server.ts';
import { dbOf } from '../helpers/db.ts';
import { addRun, addRunner, RUNNER, startBench } from './helpers.ts';

describe('Strava policy', () => {
  it('a synced Strava run is never in a Gemini request, and its title and raw data stay out of messages', async () => {
    const bench = await startBench({ now: '2026-12-01T18:00:00Z' });
    addRunner(bench.store);
    expect((await bench.connect()).status).toBe(200);
    addRun(bench.fake, 777, { name: 'Secret Strava Title', distance: 12_345, moving_time: 3877 });
    await bench.webhook({ object_id: 777 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)[0]).toMatchObject({ source: 'strava', distanceKm: 12.35 });

    const gemini = new FakeGemini();
    const { baseUrl } = await gemini.start();
    try {
      const coach = new GeminiCoach({
        apiKey: 'AIzaFAKE-policy-test-0123456789',
        model: 'gemini-test',
        baseUrl,
        timeoutMs: 5000,
        dailyTurns: 100,
        maxMessageChars: 4000,
      });
      const ctx = { userId: RUNNER, store: bench.store, now: () => bench.clock.now, log: silentLogger };
      gemini.enqueue(calls(['get_workouts', {}], ['get_progress', {}]), say('Nice week.'));
      await coach.reply(ctx, 'How is my week going? Show my progress.');
      gemini.enqueue(say('Keep going.'));
      await coach.reply(ctx, 'what did I run today?');
      expect(gemini.bodies.length).toBeGreaterThanOrEqual(3);
      // What the Strava run did to the plan stays out too: the day's status, done km, and compliance.
      const day = bench.store.runs.all(RUNNER)[0]?.workoutDate;
      if (day) expect(bench.store.plans.workoutOn(RUNNER, day)?.status).not.toBe('planned');
      gemini.enqueue(calls(['skip_workout', { date: day ?? '2026-12-01' }]), say('Ok.'));
      await coach.reply(ctx, 'skip today');
      for (const body of gemini.bodies) {
        expect(body).not.toContain('Secret Strava Title');
        expect(body).not.toContain('12.35');
        expect(body).not.toContain('3877');
        expect(body).not.toContain('12345');
        expect(body).not.toMatch(/\[(done|partial)\]/);
        expect(body).not.toMatch(/"status":"(done|partial)"/);
        expect(body).not.toMatch(/"doneKm":[1-9]/);
        expect(body).not.toMatch(/already done|runs synced from Strava are left out of these numbers; [0-9]/);
      }
    } finally {
      await gemini.stop();
    }
    // The post-run prompt (a template) carries the training facts only, not Strava's title.
    const payload = dbOf(bench.store)
      .$client.prepare("select payload from outbox where kind = 'strava_postrun'")
      .get() as {
      payload: string;
    };
    expect(payload.payload).not.toContain('Secret Strava Title');
  });
});
