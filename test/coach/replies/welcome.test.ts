/** src/coach/replies/welcome.ts: /start's greeting (new, or back with a plan) and /help. */
import { describe, expect, it } from 'vitest';
import { helpMessages, welcomeMessages } from '../../../src/coach/replies/welcome.ts';
import { callTool } from '../../../src/coach/tools/index.ts';
import type { CoachContext } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

function ctxFor(name: string | null, languageCode: string): CoachContext {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1, name, languageCode });
  return { userId: 1, store, now: () => new Date('2026-12-01T09:00:00Z'), log: silentLogger };
}

const NEW_EN =
  "I build a training plan toward your goal race, send you the day's workout each morning, ask how your runs went and adapt the plan to what you tell me.\n\nTell me your goal in your own words, for example:\n<i>half marathon on March 14, I run 4 days a week, about 30 km</i>\n\nor let me walk you through it in four taps.";

describe('welcomeMessages', () => {
  it('greets a new runner by name with one "Set up my plan" button', () => {
    expect(welcomeMessages(ctxFor('Ann', 'en'), false)).toEqual([
      {
        html: `Hi, Ann! I'm your running coach. 🏃\n\n${NEW_EN}`,
        buttons: [[{ text: 'Set up my plan', data: 'setup:go' }]],
      },
    ]);
  });

  it('greets without a name when Telegram gave none', () => {
    expect(welcomeMessages(ctxFor(null, 'en'), false)[0]?.html).toBe(`Hi! I'm your running coach. 🏃\n\n${NEW_EN}`);
  });

  it('escapes the name', () => {
    expect(welcomeMessages(ctxFor('<Ann & Bo>', 'ru'), false)[0]?.html).toMatch(
      /^Привет, &lt;Ann &amp; Bo&gt;! Я ваш беговой тренер\. 🏃\n/,
    );
  });

  it('a returning runner without a plan gets the new welcome again', () => {
    const ctx = ctxFor('Ann', 'en');
    expect(welcomeMessages(ctx, true)).toEqual(welcomeMessages(ctx, false));
  });

  it('a returning runner with a plan: welcome back, with today and this week', () => {
    const ctx = ctxFor('Jörg', 'de');
    expect(callTool(ctx, 'create_plan', { goal: '10k', raceDate: '2027-02-20', daysPerWeek: 3 }).result.ok).toBe(true);
    const [msg] = welcomeMessages(ctx, true);
    expect(msg?.buttons?.[0]?.map((b) => ('data' in b ? b.data : b.text))).toEqual(['today', 'week']);
    expect(msg?.html).toMatch(/Jörg/);
    const en = ctxFor(null, 'en');
    callTool(en, 'create_plan', { goal: '10k', raceDate: '2027-02-20', daysPerWeek: 3 });
    expect(welcomeMessages(en, true)).toEqual([
      {
        html: 'Welcome back! Your plan is waiting. What would you like to see?',
        buttons: [
          [
            { text: expect.stringMatching(/today/i), data: 'today' },
            { text: expect.stringMatching(/week/i), data: 'week' },
          ],
        ],
      },
    ]);
  });
});

describe('helpMessages', () => {
  it('lists every command of the bot, in English by default', () => {
    const [msg] = helpMessages();
    for (const command of [
      '/today',
      '/week',
      '/plan',
      '/log',
      '/progress',
      '/settings',
      '/setup',
      '/strava',
      '/export',
      '/delete',
      '/language',
    ])
      expect(msg?.html).toContain(`${command}:`);
    expect(msg?.html).toMatch(/^<b>What I can do<\/b>\n\n/);
  });

  it('in German and Russian, with the same commands', () => {
    expect(helpMessages('de')[0]?.html).toMatch(/^<b>Was ich kann<\/b>\n\n\/today: die Einheit für heute/);
    const ru = helpMessages('ru')[0]?.html ?? '';
    const commands = (text: string) => text.match(/^\/[a-z]+/gm);
    expect(commands(ru)).toEqual(commands(helpMessages()[0]?.html ?? ''));
  });
});
