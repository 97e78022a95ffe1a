/**
 * /settings and the race question through the bot and the local Bot API for a Russian runner: the card, its
 * pickers, the saved setting and the Yes/No buttons under "was that race all-out?" are all Russian.
 */
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import type { CoachContext } from '../../src/coach/types.ts';
import { silentLogger } from '../../src/log.ts';
import { startHarness } from '../helpers/bot-harness.ts';

const olga = { id: 2101, first_name: 'Ольга', language_code: 'ru' };

/** Latin words left once commands, tags and time-zone ids are set aside. */
function latinWords(messages: StoredMessage[]): string[] {
  const labels = messages.flatMap((m) =>
    [...JSON.stringify(m.replyMarkup ?? {}).matchAll(/"text":"([^"]*)"/g)].map((x) => x[1] ?? ''),
  );
  const text = [...messages.map((m) => m.text ?? ''), ...labels]
    .join('\n')
    .replace(/(^|\s)\/\w+/g, ' ')
    .replace(/\b(?:UTC|[A-Z][a-z]+\/[A-Za-z_]+)\b/g, ' ');
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => w !== 'VDOT');
}

describe('a Russian runner', () => {
  it('changes settings on buttons in Russian', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    await h.say(olga, '/start');
    const card = await h.say(olga, '/settings');
    expect(card.at(-1)?.text).toMatch(/Твои настройки/);
    expect(latinWords(card)).toEqual([]);

    const miles = await h.press(olga, 'В милях');
    expect(miles.messages.map((m) => m.text).join('\n')).toMatch(/Расстояния в милях\./);
    expect(latinWords(miles.messages)).toEqual([]);
    expect(h.store.users.get(olga.id)?.units).toBe('mi');

    const picker = await h.press(olga, 'День длительной');
    expect(picker.messages.at(-1)?.text).toMatch(/В какой день удобнее длительная\?/);
    expect(latinWords(picker.messages)).toEqual([]);
    const saturday = await h.press(olga, 'сб');
    expect(saturday.messages.map((m) => m.text).join('\n')).toMatch(/Длительная: суббота/);
    expect(h.store.users.get(olga.id)?.longRunDay).toBe('sat');
  });

  it('answers the race question with its Russian buttons; an old button is answered politely', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    const start = await h.say(olga, '/start');
    const ctx: CoachContext = {
      userId: olga.id,
      store: h.store,
      now: () => new Date('2026-12-01T09:00:00Z'),
      log: silentLogger,
    };
    callTool(ctx, 'update_profile', { recentRace: { distance: '10k', time: '0:45:00', date: '2026-11-20' } });
    callTool(ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 });
    // The question is open (update_profile asked it); the runner answers on its button.
    const asked = callTool(ctx, 'update_profile', {
      recentRace: { distance: '10k', time: '0:55:00', date: '2026-11-28' },
    });
    expect(asked.result.ok && (asked.result.data as { raceConfirm: unknown }).raceConfirm).toBeTruthy();
    const messageId = start.at(-1)?.messageId ?? 1;
    const yes = await h.pressData(olga, messageId, 'race:yes');
    expect(yes.messages.map((m) => m.text).join('\n')).toMatch(/Результат записал: 10 км за 55:00/);
    expect(latinWords(yes.messages)).toEqual([]);
    expect(h.store.users.get(olga.id)?.recentRaceTimeSec).toBe(3300);
    const again = await h.pressData(olga, messageId, 'race:no');
    expect(again.messages.map((m) => m.text).join('\n')).toMatch(/Эта кнопка уже не действует/);
  });
});
