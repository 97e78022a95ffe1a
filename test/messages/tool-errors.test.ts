/**
 * A tool's refusal as the runner reads it in the chat (issue 17): renderOutcome shows the failure in his language,
 * through the bot as through the offline coach; the English runner reads what he always read.
 */
import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../src/coach/replies/outcomes.ts';
import { callTool } from '../../src/coach/tools/index.ts';
import type { ToolName } from '../../src/coach/tools/schemas.ts';
import type { CoachContext } from '../../src/coach/types.ts';
import { silentLogger } from '../../src/log.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';
import { ENGLISH } from '../helpers/english.ts';
import { tempStore } from '../helpers/tmp.ts';

const ID = 8181;

function refusedFor(language: string) {
  const { store } = tempStore();
  store.users.upsert({ telegramId: ID, chatId: ID, name: 'T', languageCode: language });
  const ctx: CoachContext = { userId: ID, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
  const outcome = callTool(ctx, 'log_run' as ToolName, { date: '2026-12-05', distanceKm: 5, duration: '30:00' });
  return renderOutcome(outcome, store.users.get(ID)).map((m) => m.html);
}

describe('a refusal in the chat', () => {
  it.each([
    ['ru', 'Сб, 5 дек. ещё впереди: записывайте пробежку, когда она уже позади.'],
    ['es', 'Sáb, 5 dic todavía no ha llegado: registra las carreras cuando ya las hayas hecho.'],
    ['de', 'Sa., 5. Dez. liegt noch vor dir: Trag Läufe ein, wenn du sie gelaufen bist.'],
    ['en', 'Sat 5 Dec is still ahead; log runs once they are done.'],
  ])('%s', (language, said) => {
    const [html] = refusedFor(language);
    expect(html).toBe(said);
    if (language !== 'en') expect(html).not.toMatch(ENGLISH);
  });

  it('reaches a Russian runner through the bot, with no English', async () => {
    const h = await startHarness({ now: '2026-12-01T09:00:00Z' });
    const olga = { id: 2002, first_name: 'Ольга', username: 'olga2', language_code: 'ru' };
    await h.say(olga, '/start');
    const reply = text(await h.say(olga, '/log 10 км 10:00'));
    expect(reply).toMatch(/быстрее мирового рекорда/);
    expect(reply).not.toMatch(ENGLISH);
    expect(h.store.runs.between(olga.id, '2026-01-01', '2027-12-31')).toEqual([]);
  });
});
