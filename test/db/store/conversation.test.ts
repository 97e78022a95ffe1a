import { describe, expect, it } from 'vitest';
import { tempStore } from '../../helpers/tmp.ts';

function withRunners() {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 42, chatId: 42, name: 'Ana', username: 'ana' });
  store.users.upsert({ telegramId: 43, chatId: 43, name: 'Ben', username: 'ben' });
  return store;
}

describe('store: conversation history', () => {
  it('appends turns with their JSON content and reads the last ones oldest first', () => {
    const store = withRunners();
    const ids = [1, 2, 3, 4].map((i) => store.history.append(42, i % 2 ? 'user' : 'model', { text: `turn ${i}` }).id);
    store.history.append(43, 'user', { text: 'not Ana' });
    expect(store.history.recent(42, 2).map((r) => r.content)).toEqual([{ text: 'turn 3' }, { text: 'turn 4' }]);
    expect(store.history.all(42).map((r) => r.id)).toEqual(ids);
    expect(store.history.all(42).map((r) => r.role)).toEqual(['user', 'model', 'user', 'model']);
  });

  it('deletes a runner turns before an id, turns older than an instant, or all of them', () => {
    const store = withRunners();
    const ids = [1, 2, 3].map((i) => store.history.append(42, 'user', { text: `turn ${i}` }).id);
    store.history.append(43, 'user', { text: 'Ben' });
    expect(store.history.deleteBefore(42, ids[2]!)).toBe(2);
    expect(store.history.all(42).map((r) => r.id)).toEqual([ids[2]]);
    expect(store.history.deleteOlderThan(Date.now() + 60_000)).toBe(2);
    expect(store.history.all(43)).toEqual([]);
    store.history.append(42, 'user', { text: 'again' });
    store.history.clear(42);
    expect(store.history.all(42)).toEqual([]);
  });
});

describe('store: usage', () => {
  it('adds to the day counters of a runner, starting from zero', () => {
    const store = withRunners();
    expect(store.usage.get(42, '2026-12-07')).toBeUndefined();
    store.usage.add(42, '2026-12-07', { turns: 1, prompt: 100, output: 20, total: 120 });
    store.usage.add(42, '2026-12-07', { turns: 1, total: 5 });
    store.usage.add(42, '2026-12-08', { turns: 1 });
    expect(store.usage.get(42, '2026-12-07')).toMatchObject({
      turns: 2,
      promptTokens: 100,
      outputTokens: 20,
      totalTokens: 125,
    });
    expect(store.usage.get(42, '2026-12-08')).toMatchObject({ turns: 1, totalTokens: 0 });
    expect(store.usage.get(43, '2026-12-07')).toBeUndefined();
  });
});
