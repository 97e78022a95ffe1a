/**
 * The feature routes (src/bot/routes.ts) send an update straight to the first feature that may answer it. That is
 * only an optimisation if every feature it skips would have passed the update on: here every command, every kind
 * of button and every kind of message goes through each skipped feature alone, which must call `next` and touch
 * nothing (its handlers would need the bot's deps, which this context has not, so any handler that ran would throw).
 */
import { Api, Context } from 'grammy';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { COMMANDS, FEATURES } from '../../src/bot/bot.ts';
import type { BotContext } from '../../src/bot/context.ts';
import { routeStart } from '../../src/bot/routes.ts';
import { encode } from '../../src/messages/callback-data.ts';

const me = {
  id: 42,
  is_bot: true,
  first_name: 'Coach',
  username: 'runcoach_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;
const from = { id: 7, is_bot: false, first_name: 'Ana' };
const chat = { id: 7, type: 'private' as const, first_name: 'Ana' };
const base = { message_id: 1, date: 1_764_579_600, chat, from };

function message(extra: Partial<Message>): Update {
  return { update_id: 1, message: { ...base, ...extra } as Update['message'] };
}
function text(t: string): Update {
  const command = /^\/\S+/.exec(t)?.[0];
  return message({
    text: t,
    ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
  });
}
function button(data: string): Update {
  return {
    update_id: 1,
    callback_query: { id: 'q', from, chat_instance: 'c', data, message: { ...base, text: 'card' } as Message },
  };
}
const contextOf = (update: Update) => new Context(update, new Api('1:x', { apiRoot: 'http://127.0.0.1:9' }), me);

/**
 * A feature's handlers may depend on the runner's state (an open question): each probe runs with no runner and
 * with a runner in each kind of open flow. Any use of the bot's deps throws, so a handler that starts to answer is
 * caught even when it would only have changed the store.
 */
const FLOWS = [null, 'intervals', 'setup', 'log', 'feedback', 'place', 'morning_time', 'race_confirm'] as const;
const noDeps = new Proxy(
  {},
  {
    get(_target, key) {
      throw new Error(`deps.${String(key)} used`);
    },
  },
);
function featureContext(update: Update, flow: (typeof FLOWS)[number] | undefined): BotContext {
  const ctx = contextOf(update) as BotContext;
  ctx.deps = noDeps as BotContext['deps'];
  ctx.runner =
    flow === undefined
      ? undefined
      : ({
          telegramId: 7,
          chatId: 7,
          language: 'en',
          units: 'km',
          pendingFlow: flow ? { kind: flow } : null,
        } as BotContext['runner']);
  return ctx;
}

const menu = COMMANDS.map((c) => c.command);
const declared = FEATURES.flatMap((f) => f.commands ?? []);
const commands = [...new Set([...declared, ...menu, 'cancel', 'unknown', 'Today'])];
const commandTexts = commands.flatMap((c) => [`/${c}`, `/${c} 10 km easy`, `/${c}@runcoach_bot`, `/${c}@other_bot`]);
const d = '2026-12-01';
const buttons = [
  encode({ a: 'done', date: d }),
  encode({ a: 'skip', date: d }),
  encode({ a: 'move', date: d }),
  encode({ a: 'moveTo', date: d, to: '2026-12-02' }),
  encode({ a: 'rpe', date: d, rpe: 6 }),
  encode({ a: 'words', date: d }),
  encode({ a: 'setup', step: 'go' }),
  encode({ a: 'goal', goal: 'half' }),
  encode({ a: 'weeks', weeks: 12 }),
  encode({ a: 'days', days: 4 }),
  encode({ a: 'km', km: 30 }),
  encode({ a: 'lrd', day: 'sun' }),
  encode({ a: 'set', key: 'units' }),
  encode({ a: 'set', key: 'units', value: 'mi' }),
  'set:strava:yes:123',
  encode({ a: 'feel', date: d, feeling: 'good' }),
  encode({ a: 'del', confirm: true }),
  encode({ a: 'today' }),
  encode({ a: 'week' }),
  encode({ a: 'plog', date: d, km: 10, sec: 3000 }),
  encode({ a: 'pchg' }),
  encode({ a: 'pno' }),
  encode({ a: 'ask', what: 'log' }),
  encode({ a: 'unskip', date: d }),
  encode({ a: 'fit', date: d }),
  encode({ a: 'calnew' }),
  encode({ a: 'ivoff' }),
  encode({ a: 'lang', lang: 'de' }),
  encode({ a: 'race', yes: true }),
  'lang',
  'zzz:1',
  ':',
  '',
];
const others: Array<[string, Update]> = [
  ['plain text', text('ran 8 km easy this morning')],
  ['a slash in the middle', text('5 km/h walk')],
  [
    'a command later in the text',
    message({ text: 'hi /today', entities: [{ type: 'bot_command', offset: 3, length: 6 }] }),
  ],
  [
    'a photo captioned /today',
    message({ photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }], caption: '/today' }),
  ],
  ['a voice note', message({ voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } })],
  ['a document', message({ document: { file_id: 'f', file_unique_id: 'f', file_name: 'run.fit' } })],
  ['a location', message({ location: { latitude: 52.5, longitude: 13.4 } })],
  [
    'a sticker',
    message({
      sticker: {
        file_id: 's',
        file_unique_id: 's',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    }),
  ],
  [
    'an edited message',
    { update_id: 1, edited_message: { ...base, text: '/today', edit_date: 1 } as Update['edited_message'] },
  ],
];
const probes: Array<[string, Update]> = [
  ...commandTexts.map((t): [string, Update] => [t, text(t)]),
  ...buttons.map((b): [string, Update] => [`button "${b}"`, button(b)]),
  ...others,
];

/** Runs one feature alone, with each runner state: true when it passed the update on every time, doing nothing. */
async function passesOn(featureIndex: number, update: Update): Promise<boolean> {
  const feature = FEATURES[featureIndex];
  if (!feature) throw new Error(`no feature ${featureIndex}`);
  for (const flow of [undefined, ...FLOWS]) {
    let passed = false;
    try {
      await feature.composer.middleware()(featureContext(update, flow), async () => {
        passed = true;
      });
    } catch {
      return false;
    }
    if (!passed) return false;
  }
  return true;
}

describe('feature routes', () => {
  const start = routeStart(FEATURES);
  it.each(probes)('%s skips only features that would have passed it on', async (_name, update) => {
    const first = start(contextOf(update));
    for (let i = 0; i < first; i++) {
      expect(await passesOn(i, update), `${FEATURES[i]?.name} answers it but is skipped`).toBe(true);
    }
  });

  it('sends each update to the feature that answers it', () => {
    const at = (update: Update) => FEATURES[start(contextOf(update))]?.name;
    expect(at(text('/today'))).toBe('commands');
    expect(at(text('/today@runcoach_bot'))).toBe('commands');
    expect(at(text('/start'))).toBe('start');
    expect(at(text('/fit'))).toBe('watch');
    expect(at(text('/language'))).toBe('language');
    // Not ours: a command for another bot, an unknown one, and free text go to the first feature that reads text.
    expect(at(text('/today@other_bot'))).toBe('watch');
    expect(at(text('/unknown'))).toBe('watch');
    expect(at(text('how far this week?'))).toBe('watch');
    expect(at(button('lang:de'))).toBe('language');
    expect(at(button('set:units:mi'))).toBe('settings');
    expect(at(button('plog:2026-12-01:10:3000'))).toBe('media');
    // Buttons of no named feature go to the first that takes any button.
    expect(at(button('done:2026-12-01'))).toBe('callbacks');
    expect(at(button('zzz'))).toBe('callbacks');
    // Other messages go through every feature, as before.
    expect(start(contextOf(others[3]?.[1] as Update))).toBe(0);
  });

  it('has one owner for every command in the menu', () => {
    for (const command of [...menu, 'start']) {
      expect(FEATURES.filter((f) => f.commands?.includes(command)).map((f) => f.name)).toHaveLength(1);
    }
  });

  it('declares only commands the owner answers', async () => {
    for (const [i, feature] of FEATURES.entries()) {
      for (const command of feature.commands ?? []) {
        expect(await passesOn(i, text(`/${command}`)), `${feature.name} does not answer /${command}`).toBe(false);
      }
    }
  });
});
