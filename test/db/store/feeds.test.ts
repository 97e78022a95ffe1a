import { describe, expect, it } from 'vitest';
import { tempStore } from '../../helpers/tmp.ts';

function withRunners() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 42, chatId: 42, name: 'Ana', username: 'ana' });
  store.users.upsert({ telegramId: 43, chatId: 43, name: 'Ben', username: 'ben' });
  return store;
}

describe('store: calendar feeds', () => {
  it('keeps one token per runner; a new one retires the old', () => {
    const store = withRunners();
    expect(store.calendarFeeds.get(42)).toBeUndefined();
    store.calendarFeeds.set(42, 'token-a');
    store.calendarFeeds.set(43, 'token-b');
    expect(store.calendarFeeds.get(42)).toBe('token-a');
    expect(store.calendarFeeds.userOf('token-b')).toBe(43);
    store.calendarFeeds.set(42, 'token-c');
    expect(store.calendarFeeds.get(42)).toBe('token-c');
    expect(store.calendarFeeds.userOf('token-a')).toBeUndefined();
    expect(store.calendarFeeds.userOf('token-c')).toBe(42);
  });
});

describe('store: intervals.icu', () => {
  it('saves, replaces and deletes a link, with the events put on its calendar', () => {
    const store = withRunners();
    expect(store.intervals.get(42)).toBeUndefined();
    store.intervals.save(42, 'i100', 'enc-1');
    store.intervals.save(42, 'i101', 'enc-2');
    store.intervals.save(43, 'i200', 'enc-3');
    expect(store.intervals.get(42)).toMatchObject({ athleteId: 'i101', apiKeyEnc: 'enc-2' });
    expect(
      store.intervals
        .all()
        .map((a) => a.userId)
        .sort(),
    ).toEqual([42, 43]);

    store.intervals.saveEvent(42, '2026-12-07', 1, 'h1');
    store.intervals.saveEvent(42, '2026-12-07', 2, 'h2'); // the same day: replaced
    store.intervals.saveEvent(42, '2026-12-08', 3, 'h3');
    store.intervals.saveEvent(43, '2026-12-07', 4, 'h4');
    expect(store.intervals.events(42).map((e) => [e.date, e.eventId, e.hash])).toEqual([
      ['2026-12-07', 2, 'h2'],
      ['2026-12-08', 3, 'h3'],
    ]);
    store.intervals.deleteEvent(42, '2026-12-08');
    expect(store.intervals.events(42).map((e) => e.eventId)).toEqual([2]);

    expect(store.intervals.delete(42)).toBe(true);
    expect(store.intervals.get(42)).toBeUndefined();
    expect(store.intervals.events(42)).toEqual([]);
    expect(store.intervals.events(43).map((e) => e.eventId)).toEqual([4]);
    expect(store.intervals.delete(42)).toBe(false);
  });
});
