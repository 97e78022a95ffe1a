/** src/bot/features/start.ts: /start, /setup, /help and ensureRunner (anyone who writes is a runner). */
import { describe, expect, it } from 'vitest';
import { startHarness } from '../../helpers/bot-harness.ts';
import { buttonsOf, dataOf } from './buttons.ts';

const ann = { id: 6101, first_name: '<Ann>', username: 'ann_runs', language_code: 'en' };
const ivan = { id: 6102, first_name: 'Иван', language_code: 'ru' };
const joe = { id: 6103, first_name: 'Joe', language_code: 'en-US' };

describe('/start', () => {
  it('creates the runner once from the Telegram identity and greets them, name escaped', async () => {
    const h = await startHarness();
    const [welcome] = await h.say(ann, '/start');
    expect(welcome?.text).toMatch(/^Hi, <Ann>! I'm your running coach\. 🏃/);
    // The stored HTML carries the escaped name (Telegram shows it as typed).
    expect(welcome?.rawText).toMatch(/^Hi, &lt;Ann&gt;!/);
    expect(h.store.users.get(ann.id)).toMatchObject({
      telegramId: ann.id,
      chatId: ann.id,
      name: '<Ann>',
      username: 'ann_runs',
      languageCode: 'en',
      units: 'km',
      timezone: 'UTC',
    });
    // /start again: the same runner, nothing reset, the welcome again (no plan yet: the new one).
    h.store.users.update(ann.id, { daysPerWeek: 6 });
    const again = await h.say(ann, '/start');
    expect(again[0]?.text).toMatch(/^Hi, <Ann>!/);
    expect(h.store.users.get(ann.id)?.daysPerWeek).toBe(6);
  });

  it('a US runner counts in miles; a Russian one is greeted in Russian', async () => {
    const h = await startHarness();
    await h.say(joe, '/start');
    expect(h.store.users.get(joe.id)?.units).toBe('mi');
    expect((await h.say(ivan, '/start'))[0]?.text).toMatch(/^Привет, Иван! Я ваш беговой тренер\./);
    expect(h.store.users.get(ivan.id)?.units).toBe('km');
  });

  it('a returning runner with a plan is welcomed back with Today and This week', async () => {
    const h = await startHarness();
    await h.say(ann, '/start');
    await h.say(ann, 'half marathon on March 14, 4 days a week, 30 km');
    expect(h.store.plans.activeRef(ann.id)).toBeDefined();
    const [back] = await h.say(ann, '/start');
    expect(back?.text).toBe('Welcome back, <Ann>! Your plan is waiting. What would you like to see?');
    expect(dataOf(back)).toEqual(['today', 'week']);
  });
});

describe('ensureRunner', () => {
  it('someone who never sent /start and just writes is created as /start would, and answered', async () => {
    const h = await startHarness();
    const reply = await h.say(joe, 'ran 3 miles in 27 minutes');
    expect(reply.length).toBeGreaterThan(0);
    expect(h.store.users.get(joe.id)).toMatchObject({ name: 'Joe', units: 'mi', languageCode: 'en-US' });
    expect(h.store.runs.all(joe.id)).toHaveLength(1);
  });
});

describe('/setup and /help', () => {
  it('/setup from a stranger creates them and asks the first setup question with buttons', async () => {
    const h = await startHarness();
    const [q] = await h.say(ivan, '/setup');
    expect(h.store.users.get(ivan.id)).toBeDefined();
    expect(q?.text).toMatch(/[А-Яа-я]/);
    expect(buttonsOf(q).flat().length).toBeGreaterThan(1);
  });

  it('/help answers anyone, in their Telegram language, without creating them (it answered strangers in English)', async () => {
    const h = await startHarness();
    expect((await h.say({ id: 6104, first_name: 'Jörg', language_code: 'de' }, '/help'))[0]?.text).toMatch(
      /^Was ich kann\n\n\/today: /,
    );
    expect(h.store.users.get(6104)).toBeUndefined();
    expect((await h.say(ann, '/help'))[0]?.text).toMatch(/^What I can do\n\n\/today: /);
  });
});
