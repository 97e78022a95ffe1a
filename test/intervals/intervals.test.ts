/** /intervals against a fake intervals.icu: connect (verified), push the plan, update on a skip, disconnect. */
import { afterEach, describe, expect, it } from 'vitest';
import { workoutText } from '../../src/intervals/workout-text.ts';
import { FakeIntervals } from '../fakes/intervals-server.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';

const eva = { id: 4004, first_name: 'Eva' };
const KEY = 'abc123secretkey456';
const fakes: FakeIntervals[] = [];
afterEach(async () => {
  while (fakes.length) await fakes.pop()?.stop();
});

async function setup() {
  const fake = new FakeIntervals();
  fakes.push(fake);
  const base = await fake.start();
  fake.athletes.set('i777', KEY);
  const h = await startHarness({
    now: '2026-11-30T08:00:00Z',
    env: { INTERVALS_BASE_URL: base, APP_SECRET: 'x'.repeat(40) },
  });
  await h.say(eva, '/start');
  h.store.users.update(eva.id, { timezone: 'Europe/Berlin' });
  await h.say(eva, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday, recent 10k 50:00');
  return { fake, h };
}

describe('intervals.icu', () => {
  it('connects with a verified id and key, puts the plan on the calendar, follows a skip, and disconnects', async () => {
    const { fake, h } = await setup();
    const ask = await h.say(eva, '/intervals');
    expect(text(ask)).toMatch(/athlete id/);
    // A wrong key is refused and nothing is stored.
    expect(text(await h.say(eva, 'i777 wrongwrongwrong'))).toMatch(/did not accept/);
    expect(h.store.intervals.get(eva.id)).toBeUndefined();

    const done = await h.say(eva, `i777 ${KEY}`);
    expect(text(done)).toMatch(/connected/);
    const account = h.store.intervals.get(eva.id);
    expect(account?.athleteId).toBe('i777');
    expect(account?.apiKeyEnc).not.toContain(KEY);
    // The message with the key was deleted from the chat.
    expect(h.api.messageEvents.some((e) => e.type === 'deleted')).toBe(true);

    const plan = h.store.plans.getActive(eva.id);
    const upcoming = (plan?.weeks.flatMap((w) => w.workouts) ?? []).filter((w) => w.date >= '2026-11-30');
    const events = fake.eventsOf('i777');
    expect(events).toHaveLength(upcoming.length);
    const first = events[0];
    expect(first).toMatchObject({ category: 'WORKOUT', type: 'Run', external_id: `runcoach-${upcoming[0]?.date}` });
    expect(first?.start_date_local).toBe(`${upcoming[0]?.date}T00:00:00`);
    const quality = upcoming.find((w) => w.steps.some((s) => s.reps > 1));
    const qEvent = events.find((e) => e.external_id === `runcoach-${quality?.date}`);
    expect(quality).toBeDefined();
    expect(qEvent?.description).toMatch(/\dx\n- [\d.]+km (\d+:\d\d-\d+:\d\d\/km Pace|Z\d HR)/);

    // A skip removes that day's event; nothing else is sent again.
    const target = upcoming.find((w) => w.type !== 'race' && w.date > '2026-11-30');
    const before = fake.requests.length;
    await h.say(eva, `skip ${target?.date}`);
    expect(h.store.plans.workoutOn(eva.id, target?.date ?? '')?.status).toBe('skipped');
    expect(fake.eventsOf('i777').some((e) => e.external_id === `runcoach-${target?.date}`)).toBe(false);
    expect(fake.requests.length).toBeGreaterThan(before);
    // A message that changes nothing sends nothing.
    const quiet = fake.requests.length;
    await h.say(eva, '/week');
    expect(fake.requests.length).toBe(quiet);

    expect(text(await h.say(eva, '/intervals'))).toMatch(/is connected \(athlete i777\)/);
    const off = await h.say(eva, '/intervals off');
    expect(text(off)).toMatch(/disconnected/);
    expect(fake.eventsOf('i777')).toHaveLength(0);
    expect(h.store.intervals.get(eva.id)).toBeUndefined();
    expect(h.store.intervals.events(eva.id)).toHaveLength(0);
  });

  it('intervals.icu down: nothing is saved and the runner is told; unreadable answers are asked again', async () => {
    const { fake, h } = await setup();
    await h.say(eva, '/intervals');
    expect(text(await h.say(eva, 'my key is secret'))).toMatch(/athlete id .* and the API key/);
    fake.failWith = 503;
    expect(text(await h.say(eva, `i777 ${KEY}`))).toMatch(/could not reach intervals\.icu/);
    expect(h.store.intervals.get(eva.id)).toBeUndefined();
    // A command leaves the question.
    expect(text(await h.say(eva, '/cancel'))).toMatch(/not connected/);
  });

  it('without APP_SECRET, /intervals says what the operator must set', async () => {
    const h = await startHarness();
    await h.say(eva, '/start');
    expect(text(await h.say(eva, '/intervals'))).toMatch(/APP_SECRET/);
  });

  it('workout text: repeats as blocks, paces slow end first, heart-rate zones without paces', () => {
    const w = {
      date: '2026-12-02',
      type: 'intervals' as const,
      distanceKm: 9.8,
      title: 'Intervals',
      description: '',
      status: 'planned' as const,
      steps: [
        {
          kind: 'warmup' as const,
          reps: 1,
          distanceKm: 2,
          zone: 'easy' as const,
          pace: { minSecPerKm: 338, maxSecPerKm: 404 },
          effort: 'easy',
        },
        {
          kind: 'work' as const,
          reps: 5,
          distanceKm: 0.8,
          zone: 'interval' as const,
          pace: { minSecPerKm: 245, maxSecPerKm: 255 },
          effort: 'hard',
          recoveryKm: 0.4,
        },
        { kind: 'cooldown' as const, reps: 1, distanceKm: 2, zone: 'easy' as const, pace: null, effort: 'easy' },
      ],
    };
    expect(workoutText(w, { minSecPerKm: 338, maxSecPerKm: 404 })).toBe(
      [
        'Warm-up\n- 2km 6:44-5:38/km Pace',
        'Main set 4x\n- 0.8km 4:15-4:05/km Pace\n- 0.4km 6:44-5:38/km Pace',
        'Last repetition\n- 0.8km 4:15-4:05/km Pace',
        'Cool-down\n- 2km Z2 HR',
      ].join('\n\n'),
    );
  });
});
