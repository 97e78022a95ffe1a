/**
 * The export's `user.language` is what the runner chose with /language, or null when they never chose: not the
 * language resolved from Telegram's tag or DEFAULT_LANGUAGE, which an import would otherwise freeze as a choice.
 */
import { describe, expect, it } from 'vitest';
import { exportSchema, exportUser } from '../../src/coach/export.ts';
import { importUser } from '../../src/coach/import.ts';
import { tempStore } from '../helpers/tmp.ts';

const ID = 8282;

function runner(languageCode: string | null) {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'L', languageCode });
  return store;
}

describe('the export’s language', () => {
  it('is null for a runner who never chose one, whatever Telegram says', () => {
    const store = runner('ru');
    const doc = exportUser(store, ID);
    expect(doc?.user.language).toBeNull();
    expect(exportSchema.safeParse(doc).success).toBe(true);
  });

  it('is the chosen language once the runner picked one', () => {
    const store = runner('ru');
    store.users.update(ID, { language: 'de' });
    expect(exportUser(store, ID)?.user.language).toBe('de');
  });

  it('round-trips: a chosen language comes back chosen, none stays none, and older exports without it import', () => {
    const store = runner('ru');
    store.users.update(ID, { language: 'es' });
    const chosen = JSON.parse(JSON.stringify(exportUser(store, ID)));
    expect(importUser(store, chosen, { force: true }).ok).toBe(true);
    expect(store.users.get(ID)?.language).toBe('es');

    const none = { ...chosen, user: { ...chosen.user, language: null } };
    expect(importUser(store, none, { force: true }).ok).toBe(true);
    expect(store.users.get(ID)?.language ?? null).toBeNull();

    const { language: _dropped, ...older } = chosen.user;
    expect(importUser(store, { ...chosen, user: older }, { force: true }).ok).toBe(true);
    expect(store.users.get(ID)?.language ?? null).toBeNull();
  });
});
