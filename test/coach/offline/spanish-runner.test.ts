/**
 * A Spanish runner with no keys set (the offline coach) sets up a plan, logs a run and gives feedback in Spanish
 * through the local Bot API (issue 17). Assertions are on the database, not on reply wording.
 */
import { describe, expect, it } from 'vitest';
import { startHarness } from '../../helpers/bot-harness.ts';

const lucia = { id: 3117, first_name: 'Lucía', language_code: 'es' };

describe('a Spanish runner, offline coach', () => {
  it('plans, logs and gives feedback in Spanish, and the right tools act', async () => {
    const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
    await h.say(lucia, '/start');
    expect(h.store.users.get(lucia.id)?.languageCode).toBe('es');
    h.store.users.update(lucia.id, { timezone: 'Europe/Madrid' });

    await h.say(lucia, 'Quiero correr una media maratón el 14 de marzo, 4 días por semana, tirada larga el domingo');
    const plan = h.store.plans.getActive(lucia.id);
    expect(plan?.goal).toMatchObject({ distance: 'half', raceDate: '2027-03-14' });
    const user = h.store.users.get(lucia.id);
    expect(user?.longRunDay).toBe('sun');

    h.clock.now = new Date('2026-12-02T19:00:00Z');
    await h.say(lucia, 'ayer corrí 8 km en 45 minutos, me sentí genial');
    const runs = h.store.runs.all(lucia.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ date: '2026-12-01', distanceKm: 8, durationSec: 45 * 60 });
    expect(h.store.feedback.all(lucia.id)[0]).toMatchObject({ date: '2026-12-01', feeling: 'great' });

    await h.say(lucia, 'me duele la rodilla izquierda, 6/10');
    const pain = h.store.feedback.all(lucia.id).find((f) => f.painLocation !== null && f.painLocation !== undefined);
    expect(pain).toMatchObject({ date: '2026-12-02', painLocation: 'left knee', painSeverity: 6 });
  });
});
