/** src/bot/features/settings.ts: /settings buttons open pickers, pickers apply, stale values change nothing. */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../../helpers/bot-harness.ts';
import { buttonsOf } from './buttons.ts';

const ned = { id: 6601, first_name: 'Ned', language_code: 'en' };
const vera = { id: 6602, first_name: 'Вера', language_code: 'ru' };

async function started(user = ned) {
  const h = await startHarness();
  await h.say(user, '/start');
  const [settings] = await h.say(user, '/settings');
  return { h, messageId: settings?.messageId ?? 0 };
}

describe('settings buttons', () => {
  it('/settings from someone never seen creates them and lists the settings', async () => {
    const h = await startHarness();
    const [msg] = await h.say(ned, '/settings');
    expect(msg?.text).toMatch(/^Your settings\nTime zone: UTC\n/);
    expect(h.store.users.get(ned.id)).toBeDefined();
  });

  it.each([
    ['set:days', 'How many days a week do you want to run?'],
    ['set:lrd', 'Which day suits your long run?'],
    ['set:tz', "Where are you? Tap a zone or tell me your city (I'm in Lisbon)."],
  ])('%s opens its picker', async (data, question) => {
    const { h, messageId } = await started();
    const r = await h.pressData(ned, messageId, data);
    expect(r.answer).toBeUndefined();
    expect(r.messages[0]?.text).toBe(question);
    expect(buttonsOf(r.messages[0]).flat().length).toBeGreaterThan(4);
  });

  it.each([
    ['set:units:mi', { units: 'mi' }],
    ['set:days:6', { daysPerWeek: 6 }],
    ['set:lrd:sat', { longRunDay: 'sat' }],
    ['set:morning:05.30', { morningTime: '05:30' }],
    ['set:evening:21.00', { eveningTime: '21:00' }],
    ['set:tz:Asia/Tokyo', { timezone: 'Asia/Tokyo' }],
  ])('%s applies through update_profile: "Saved" and a reply', async (data, stored) => {
    const { h, messageId } = await started();
    const r = await h.pressData(ned, messageId, data);
    expect(r.answer).toBe('Saved');
    expect(text(r.messages).length).toBeGreaterThan(0);
    expect(h.store.users.get(ned.id)).toMatchObject(stored);
  });

  it.each([
    'set:units:ft',
    'set:days:9',
    'set:days:1',
    'set:days:4.5',
    'set:lrd:someday',
    'set:morning:25.00',
    'set:evening:7pm',
  ])('%s: "option expired", nothing changed', async (data) => {
    const { h, messageId } = await started();
    const before = h.store.users.get(ned.id);
    const r = await h.pressData(ned, messageId, data);
    expect(r.answer).toBe('That option has expired; open /settings again.');
    expect(r.messages).toEqual([]);
    expect(h.store.users.get(ned.id)).toEqual(before);
  });

  it('a time zone the tools refuse: "Not saved", with the reason, the zone unchanged', async () => {
    const { h, messageId } = await started();
    const r = await h.pressData(ned, messageId, 'set:tz:Mars/Olympus');
    expect(r.answer).toBe('Not saved');
    expect(text(r.messages)).toMatch(/time zone/i);
    expect(h.store.users.get(ned.id)?.timezone).toBe('UTC');
  });

  it('in Russian: the toast and the day picker in Russian', async () => {
    const { h, messageId } = await started(vera);
    const picker = await h.pressData(vera, messageId, 'set:lrd');
    expect(buttonsOf(picker.messages[0])[0]?.map((b) => b.text)).toEqual(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);
    const r = await h.pressData(vera, messageId, 'set:days:5');
    expect(r.answer).toBe('Сохранено');
    expect(h.store.users.get(vera.id)?.daysPerWeek).toBe(5);
    expect((await h.pressData(vera, messageId, 'set:days:0')).answer).toBe(
      'Этот вариант устарел; откройте /settings ещё раз.',
    );
  });

  it('Strava buttons on a coach without Strava are answered and change nothing', async () => {
    const { h, messageId } = await started();
    for (const data of ['set:strava:off', 'set:strava:yes:12345']) {
      const r = await h.pressData(ned, messageId, data);
      expect(r.messages).toEqual([]);
    }
    expect(h.store.users.get(ned.id)).toBeDefined();
  });

  it('a settings button from someone never seen asks for /start and creates nobody', async () => {
    const { h, messageId } = await started();
    const r = await h.pressData({ id: 6603, first_name: 'X', language_code: 'en' }, messageId, 'set:units:mi');
    expect(r.answer).toBe('Send /start first, then try again.');
    expect(h.store.users.get(6603)).toBeUndefined();
  });
});
