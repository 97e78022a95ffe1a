/** src/bot/features/data-rights.ts: /export and /delete, for runners and for people we know nothing about. */
import { describe, expect, it } from 'vitest';
import { exportSchema } from '../../../src/coach/export.ts';
import { startHarness, text } from '../../helpers/bot-harness.ts';
import { buttonsOf } from './buttons.ts';

const mia = { id: 6501, first_name: 'Mia', language_code: 'en' };
const petr = { id: 6502, first_name: 'Пётр', language_code: 'ru' };

describe('/export', () => {
  it('someone unknown: nothing to export, in their language, and no runner created', async () => {
    const h = await startHarness();
    expect(text(await h.say(petr, '/export'))).toBe('У меня пока нет ваших данных. Отправьте /start, чтобы начать.');
    expect(text(await h.say(mia, '/export'))).toBe('I have no data about you yet. Send /start to begin.');
    expect(h.store.users.get(petr.id)).toBeUndefined();
  });

  it('a runner with no plan and no runs still gets a valid export document with a caption', async () => {
    const h = await startHarness();
    await h.say(mia, '/start');
    const doc = (await h.say(mia, '/export')).find((m) => m.kind === 'document');
    expect(doc?.file?.filename).toBe(`runcoach-export-${mia.id}.json`);
    expect(doc?.text).toBe('Everything I keep about you: settings, plan, runs and feedback (JSON).');
    const raw = Buffer.from(doc?.file?.bytes ?? []).toString('utf8');
    expect(raw.endsWith('}\n')).toBe(true);
    const json = JSON.parse(raw);
    expect(exportSchema.safeParse(json).success).toBe(true);
    expect(json.user.telegramId).toBe(mia.id);
    expect(json.plan ?? null).toBeNull();
    expect(json.runs).toEqual([]);
  });
});

describe('/delete', () => {
  it('someone unknown: nothing to delete', async () => {
    const h = await startHarness();
    expect(text(await h.say(mia, '/delete'))).toBe('I have no data about you to delete.');
  });

  it('asks first with Yes / Keep, in Russian for a Russian runner; Keep keeps everything', async () => {
    const h = await startHarness();
    await h.say(petr, '/start');
    await h.say(petr, '/log 5 км 30:00');
    const [ask] = await h.say(petr, '/delete');
    expect(buttonsOf(ask)).toEqual([
      [
        { text: 'Да, удалить всё', data: 'del:yes' },
        { text: 'Оставить мои данные', data: 'del:no' },
      ],
    ]);
    const kept = await h.pressData(petr, ask?.messageId ?? 0, 'del:no');
    // The question itself becomes the answer: edited in place, its buttons gone.
    expect(h.api.getMessage(petr.id, ask?.messageId ?? 0)?.text).toBe('Ничего не удалено.');
    expect(kept.messages.every((m) => m.messageId === ask?.messageId)).toBe(true);
    expect(h.store.users.get(petr.id)).toBeDefined();
    expect(h.store.runs.all(petr.id)).toHaveLength(1);
  });

  it('Yes deletes the runner and their runs and says goodbye in their language; a second Yes finds nothing', async () => {
    const h = await startHarness();
    await h.say(petr, '/start');
    await h.say(petr, '/log 5 км 30:00');
    const [ask] = await h.say(petr, '/delete');
    await h.pressData(petr, ask?.messageId ?? 0, 'del:yes');
    expect(h.api.getMessage(petr.id, ask?.messageId ?? 0)?.text).toBe(
      'Готово: всё, что у меня было о вас, удалено. Если захотите снова тренироваться, отправьте /start.',
    );
    expect(h.store.users.get(petr.id)).toBeUndefined();
    expect(h.store.runs.all(petr.id)).toEqual([]);
    // The old question tapped again: nothing left, said plainly.
    await h.pressData(petr, ask?.messageId ?? 0, 'del:yes');
    expect(h.api.getMessage(petr.id, ask?.messageId ?? 0)?.text).toMatch(/[А-Яа-я]/);
    expect(h.store.users.get(petr.id)).toBeUndefined();
  });

  it('a forged delete button deletes nothing and is answered as expired', async () => {
    const h = await startHarness();
    await h.say(mia, '/start');
    const [ask] = await h.say(mia, '/delete');
    // `del:yes:now` used to decode as a Yes (the extra part was ignored) and delete everything.
    for (const data of ['del:maybe', 'del:', 'del:yes:now']) {
      const r = await h.pressData(mia, ask?.messageId ?? 0, data);
      expect(r.answer).toBe('That button has expired.');
    }
    expect(h.store.users.get(mia.id)).toBeDefined();
    expect(h.api.getMessage(mia.id, ask?.messageId ?? 0)?.text).toMatch(/^Delete everything\?/);
  });
});
