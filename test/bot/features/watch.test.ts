/**
 * src/bot/features/watch.ts: /fit and its dates, the ⌚ button, /calendar and its renewal, /intervals on a coach
 * without intervals.icu, and activity files sent as documents (rejections and the same file twice).
 */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../../helpers/bot-harness.ts';
import { buttonsOf } from './buttons.ts';

const tom = { id: 6901, first_name: 'Tom', language_code: 'en' };
const gus = { id: 6902, first_name: 'Gus', language_code: 'de' };

/** A TCX activity of one lap (Garmin's schema), as watches export it. */
function tcx(start: string, km: number, sec: number, sport = 'Running'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="${sport}"><Id>${start}</Id>
<Lap StartTime="${start}"><TotalTimeSeconds>${sec}</TotalTimeSeconds><DistanceMeters>${km * 1000}</DistanceMeters>
<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod></Lap>
</Activity></Activities></TrainingCenterDatabase>`;
}

describe('/fit', () => {
  it('without a plan says how to make one, in the runner language', async () => {
    const h = await startHarness();
    expect(text(await h.say(gus, '/fit'))).toBe(
      'Du hast noch keinen Plan, also gibt es kein Training für deine Uhr. Schick /setup, um einen zu erstellen.',
    );
  });

  // 30 February was taken (Date.parse rolls it over) and answered "Nothing is planned on Mon 30 Feb".
  it.each(['/fit someday', '/fit 2026-02-30', '/fit 2026-13-01'])('%s: the date cannot be read', async (command) => {
    const h = await startHarness();
    await h.say(tom, '/start');
    await h.say(tom, 'half marathon on March 14, 4 days a week, 30 km');
    expect(text(await h.say(tom, command))).toBe(
      'I could not read that date. Try /fit, /fit tomorrow, /fit saturday or /fit 2026-12-24.',
    );
  });

  it('the ⌚ button sends the file of that day; a forged or a stranger one is answered as expired', async () => {
    const h = await startHarness();
    await h.say(tom, '/start');
    await h.say(tom, 'half marathon on March 14, 4 days a week, 30 km');
    const w = h.store.plans
      .getActive(tom.id)
      ?.weeks.flatMap((x) => x.workouts)
      .find((x) => x.date >= '2026-12-01' && x.type !== 'race');
    const messageId = h.api.lastBotMessage(tom.id)?.messageId ?? 0;
    const r = await h.pressData(tom, messageId, `fit:${w?.date}`);
    expect(r.answer).toBe('Sending the workout file…');
    const doc = r.messages.find((m) => m.kind === 'document');
    expect(doc?.file?.filename).toMatch(/\.fit$/);
    // A FIT file starts with its 14-byte header: size 14, then ".FIT" at bytes 8–11.
    const bytes = Buffer.from(doc?.file?.bytes ?? []);
    expect(bytes[0]).toBe(14);
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('.FIT');
    for (const [user, data] of [
      [tom, 'fit:2026-13-01'],
      [tom, 'fit:'],
      [gus, `fit:${w?.date}`],
    ] as const) {
      const bad = await h.pressData(user, messageId, data);
      expect(bad.answer).toMatch(/^(That button has expired|Dieser Button ist abgelaufen)/);
      expect(bad.messages.filter((m) => m.kind === 'document')).toEqual([]);
    }
  });
});

describe('/calendar', () => {
  it('without a plan: the private link and a note that it fills once there is a plan', async () => {
    const h = await startHarness();
    const [msg] = await h.say(tom, '/calendar');
    expect(msg?.text).toMatch(/^Your training calendar: subscribe to this link/);
    expect(msg?.text).toMatch(/You have no plan yet: the calendar will fill once you make one with \/setup\.$/);
  });

  it('Renew from someone never seen asks for /start first', async () => {
    const h = await startHarness();
    await h.say(tom, '/start');
    const messageId = h.api.lastBotMessage(tom.id)?.messageId ?? 0;
    const r = await h.pressData(gus, messageId, 'calnew');
    expect(r.answer).toBe('Schick zuerst /start und versuch es dann noch mal.');
    expect(h.store.users.get(gus.id)).toBeUndefined();
  });
});

describe('/intervals on a coach without APP_SECRET', () => {
  it('says it is not set up; the disconnect button says it is not connected', async () => {
    const h = await startHarness();
    await h.say(tom, '/start');
    for (const command of ['/intervals', '/intervals off']) {
      expect(text(await h.say(tom, command))).toBe(
        'intervals.icu is not set up on this coach: the operator needs to set APP_SECRET, so that your API key can be stored encrypted.',
      );
    }
    const messageId = h.api.lastBotMessage(tom.id)?.messageId ?? 0;
    expect((await h.pressData(tom, messageId, 'ivoff')).answer).toBe('intervals.icu is not connected.');
    expect(buttonsOf(h.api.lastBotMessage(tom.id))).toEqual([]);
  });
});

describe('activity files', () => {
  it('a file that is no activity file gets the list of what can be read', async () => {
    const h = await startHarness();
    await h.say(gus, '/start');
    const reply = await h.act(gus, (api) => api.sendDocumentFromUser(gus, { filename: 'notes.txt', bytes: 'hello' }));
    expect(text(reply)).toMatch(/^Ich lese Aktivitätsdateien deiner Uhr oder App: \.fit, \.gpx oder \.tcx\./);
  });

  it('the same TCX file twice is one run', async () => {
    const h = await startHarness();
    await h.say(tom, '/start');
    const file = tcx('2026-11-30T07:00:00Z', 8, 2700);
    await h.act(tom, (api) => api.sendDocumentFromUser(tom, { filename: 'run.tcx', bytes: file }));
    await h.act(tom, (api) => api.sendDocumentFromUser(tom, { filename: 'run.tcx', bytes: file }));
    expect(h.store.runs.all(tom.id)).toMatchObject([
      { date: '2026-11-30', distanceKm: 8, durationSec: 2700, source: 'file' },
    ]);
  });

  it.each([
    ['dated after today (the clock is 1 Dec)', tcx('2026-12-03T07:00:00Z', 8, 2700), /dated in the future/],
    // 10 km in 20 min is 2:00/km: faster than the 10,000 m world record (2:37/km), so not a run.
    ['faster than the world record', tcx('2026-11-30T07:00:00Z', 10, 1200), /faster than the world record/],
  ])('a run %s is not logged', async (_name, file, answer) => {
    const h = await startHarness();
    await h.say(tom, '/start');
    const reply = await h.act(tom, (api) => api.sendDocumentFromUser(tom, { filename: 'run.tcx', bytes: file }));
    expect(text(reply)).toMatch(answer);
    expect(h.store.runs.all(tom.id)).toEqual([]);
  });
});
