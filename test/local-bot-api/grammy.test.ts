import { autoRetry } from '@grammyjs/auto-retry';
import { run } from '@grammyjs/runner';
import { GrammyError, InlineKeyboard, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { alice, bob, type Harness, startHarness, startPolling, stopHarness } from './helpers.ts';

let h: Harness | undefined;

afterEach(async () => {
  if (h) await stopHarness(h);
  h = undefined;
});

describe('LocalBotApi with a real grammY bot', () => {
  it('answers getMe, and 401 for a wrong token, 404 for an unknown method', async () => {
    h = await startHarness();
    const me = await h.bot.api.getMe();
    expect(me.is_bot).toBe(true);
    expect(me.id).toBe(h.api.botInfo.id);

    const wrong = await fetch(`${h.apiRoot}/bot1:wrong/getMe`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });

    const unknown = await fetch(`${h.apiRoot}/bot${h.api.token}/getFoo`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
  });

  it('delivers commands and texts by long polling and records the replies', async () => {
    h = await startHarness();
    h.bot.command('start', (ctx) => ctx.reply(`Hi <b>${ctx.from?.first_name}</b>!`, { parse_mode: 'HTML' }));
    h.bot.command('plan', (ctx) => ctx.reply(`plan for ${ctx.match || 'nothing'}`));
    h.bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    await startPolling(h);

    h.api.sendCommand(alice, 'start');
    const hi = await h.api.waitForMessage(alice.id, /Hi/);
    expect(hi.text).toBe('Hi Alice!');
    expect(hi.entities).toEqual([{ type: 'bold', offset: 3, length: 5 }]);
    expect(hi.message.chat).toMatchObject({ id: 42, type: 'private', username: 'alice' });

    h.api.sendCommand(alice, 'plan', 'half marathon');
    expect((await h.api.waitForMessage(alice.id, /plan/)).text).toBe('plan for half marathon');

    h.api.sendText(bob, 'hello');
    expect((await h.api.waitForMessage(bob.id)).text).toBe('echo: hello');

    const sends = h.api.callsTo('sendMessage');
    expect(sends).toHaveLength(3);
    expect(sends[0]!.params).toMatchObject({ chat_id: 42, parse_mode: 'HTML' });
    expect(h.api.botMessages(42).map((m) => m.text)).toEqual(['Hi Alice!', 'plan for half marathon']);
  });

  it('getUpdates honours offset, limit, timeout and answers as soon as an update arrives', async () => {
    h = await startHarness();
    for (let i = 0; i < 5; i++) h.api.sendText(alice, `m${i}`);
    const first = await h.bot.api.getUpdates({ limit: 2 });
    expect(first.map((u) => u.message?.text)).toEqual(['m0', 'm1']);
    const rest = await h.bot.api.getUpdates({ offset: first[1]!.update_id + 1, limit: 100 });
    expect(rest.map((u) => u.message?.text)).toEqual(['m2', 'm3', 'm4']);
    const start = Date.now();
    const pending = h.bot.api.getUpdates({ offset: rest[2]!.update_id + 1, timeout: 10 });
    setTimeout(() => h?.api.sendText(alice, 'late'), 50);
    const late = await pending;
    expect(late.map((u) => u.message?.text)).toEqual(['late']);
    expect(Date.now() - start).toBeLessThan(2000);
    const empty = await h.bot.api.getUpdates({ offset: late[0]!.update_id + 1, timeout: 0 });
    expect(empty).toEqual([]);

    // allowed_updates: callback queries are not kept when only messages are allowed
    await h.bot.api.getUpdates({ offset: late[0]!.update_id + 1, timeout: 0, allowed_updates: ['message'] });
    h.api.pressButton(42, 1, 'x');
    h.api.sendText(alice, 'kept');
    const filtered = await h.bot.api.getUpdates({ offset: late[0]!.update_id + 1, timeout: 0 });
    expect(filtered.map((u) => u.message?.text)).toEqual(['kept']);
  });

  it('works with @grammyjs/runner', async () => {
    h = await startHarness();
    h.bot.on('message:text', (ctx) => ctx.reply(ctx.message.text.toUpperCase()));
    const runner = run(h.bot);
    try {
      for (let i = 0; i < 20; i++) h.api.sendText(1000 + i, `hi ${i}`);
      for (let i = 0; i < 20; i++) expect((await h.api.waitForMessage(1000 + i)).text).toBe(`HI ${i}`);
    } finally {
      await runner.stop();
    }
  });

  it('callback queries reference the message and answerCallbackQuery is recorded; edits are tracked', async () => {
    h = await startHarness();
    h.bot.command('today', (ctx) =>
      ctx.reply('Easy 8 km', { reply_markup: new InlineKeyboard().text('Done', 'done:1').text('Skip', 'skip:1') }),
    );
    h.bot.callbackQuery(/^done:/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Logged!' });
      await ctx.editMessageText('Easy 8 km ✅');
    });
    await startPolling(h);

    h.api.sendCommand(alice, 'today');
    const msg = await h.api.waitForMessage(42, 'Easy');
    expect(msg.replyMarkup).toEqual({
      inline_keyboard: [
        [
          { text: 'Done', callback_data: 'done:1' },
          { text: 'Skip', callback_data: 'skip:1' },
        ],
      ],
    });
    const queryId = h.api.clickButton(42, 'Done');
    const answer = await h.api.waitForCallbackAnswer(queryId);
    expect(answer).toMatchObject({ text: 'Logged!', data: 'done:1', chatId: 42, messageId: msg.messageId });
    const edited = await h.api.waitForMessage(42, '✅');
    expect(edited.messageId).toBe(msg.messageId);
    expect(edited.editCount).toBe(1);
    expect(edited.replyMarkup).toBeUndefined(); // editMessageText without reply_markup drops the keyboard

    // the same query cannot be answered twice
    await expect(h.bot.api.answerCallbackQuery(queryId)).rejects.toThrow(/query is too old/);
    // editing with identical content is "not modified"
    await expect(h.bot.api.editMessageText(42, msg.messageId, 'Easy 8 km ✅')).rejects.toThrow(/not modified/);
  });

  it('rejects callback data over 64 bytes with BUTTON_DATA_INVALID', async () => {
    h = await startHarness();
    const err = await h.bot.api
      .sendMessage(42, 'x', { reply_markup: new InlineKeyboard().text('Go', 'x'.repeat(65)) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(400);
    expect((err as GrammyError).description).toBe('Bad Request: BUTTON_DATA_INVALID');
    // 64 bytes of multi-byte text is too long too: 22 × "é" = 44 bytes is fine, 33 is not
    await h.bot.api.sendMessage(42, 'ok', { reply_markup: new InlineKeyboard().text('Go', 'é'.repeat(32)) });
    await expect(
      h.bot.api.sendMessage(42, 'x', { reply_markup: new InlineKeyboard().text('Go', 'é'.repeat(33)) }),
    ).rejects.toThrow(/BUTTON_DATA_INVALID/);
  });

  it('round-trips documents and photos over multipart', async () => {
    h = await startHarness();
    const json = JSON.stringify({ version: 1, user: { name: 'Alice' } });
    const doc = await h.bot.api.sendDocument(42, new InputFile(Buffer.from(json), 'runcoach export.json'), {
      caption: '<b>Your</b> export',
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('Thanks', 'thanks'),
    });
    expect(doc.document).toMatchObject({ file_name: 'runcoach export.json', mime_type: 'application/json' });
    expect(doc.caption).toBe('Your export');
    const stored = h.api.lastBotMessage(42)!;
    expect(stored.kind).toBe('document');
    expect(stored.replyMarkup).toBeDefined();
    expect(Buffer.from(stored.file!.bytes!).toString()).toBe(json);

    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGP4z8DwHwyBNAMDAE6+Bf6fBk4AAAAAAElFTkSuQmCC',
      'base64',
    );
    const photo = await h.bot.api.sendPhoto(42, new InputFile(png, 'chart.png'));
    expect(photo.photo?.[0]).toMatchObject({ width: 2, height: 3, file_size: png.length });
    expect(Buffer.from(h.api.lastBotMessage(42)!.file!.bytes!).equals(png)).toBe(true);

    // the file can be fetched back like from Telegram's file server, and re-sent by file_id
    const file = await h.bot.api.getFile(doc.document!.file_id);
    const res = await fetch(`${h.apiRoot}/file/bot${h.api.token}/${file.file_path}`);
    expect(await res.text()).toBe(json);
    const again = await h.bot.api.sendDocument(43, doc.document!.file_id);
    expect(again.document?.file_id).toBe(doc.document!.file_id);

    // and a user can send a document to the bot
    h.bot.on('message:document', async (ctx) => {
      const f = await ctx.getFile();
      const body = await (await fetch(`${h?.apiRoot}/file/bot${h?.api.token}/${f.file_path}`)).text();
      await ctx.reply(`got ${ctx.message.document.file_name}: ${body}`);
    });
    await startPolling(h);
    h.api.sendDocumentFromUser(alice, { filename: 'import.json', bytes: '{"a":1}' });
    expect((await h.api.waitForMessage(42, 'got')).text).toBe('got import.json: {"a":1}');
  });

  it('429 with retry_after is retried by auto-retry', async () => {
    h = await startHarness();
    h.bot.api.config.use(autoRetry());
    h.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const started = Date.now();
    const msg = await h.bot.api.sendMessage(42, 'after the storm');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(msg.text).toBe('after the storm');
    const calls = h.api.callsTo('sendMessage');
    expect(calls.map((c) => c.errorCode ?? 200)).toEqual([429, 200]);
  });

  it('surfaces 429 parameters, 403 for blocked chats and 400 for too-long messages as GrammyError', async () => {
    h = await startHarness();
    h.api.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', retry_after: 7 });
    const e429 = (await h.bot.api.sendMessage(42, 'x').catch((e: unknown) => e)) as GrammyError;
    expect(e429).toBeInstanceOf(GrammyError);
    expect(e429.parameters.retry_after).toBe(7);

    h.api.blockChat(42);
    const e403 = (await h.bot.api.sendMessage(42, 'x').catch((e: unknown) => e)) as GrammyError;
    expect(e403).toBeInstanceOf(GrammyError);
    expect(e403.error_code).toBe(403);
    expect(e403.description).toBe('Forbidden: bot was blocked by the user');
    await h.bot.api.sendMessage(43, 'others still fine');
    h.api.unblockChat(42);

    const long = 'a'.repeat(4097);
    await expect(h.bot.api.sendMessage(42, long)).rejects.toThrow('Bad Request: message is too long');
    // 4096 after entity parsing is fine, even with markup around it
    await h.bot.api.sendMessage(42, `<b>${'a'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
    await expect(h.bot.api.sendMessage(42, '<b>x</b><br>y', { parse_mode: 'HTML' })).rejects.toThrow(
      /can't parse entities: Unsupported start tag "br"/,
    );
    await expect(h.bot.api.sendMessage(42, '<b>unclosed', { parse_mode: 'HTML' })).rejects.toThrow(
      /can't parse entities/,
    );
    await expect(h.bot.api.sendMessage(42, '1 < 2', { parse_mode: 'HTML' })).rejects.toThrow(/can't parse entities/);
    await expect(h.bot.api.sendMessage(42, '')).rejects.toThrow('Bad Request: message text is empty');
  });

  it('a blocked user who writes again is unblocked; blocking can notify with my_chat_member', async () => {
    h = await startHarness();
    const statuses: string[] = [];
    h.bot.on('my_chat_member', (ctx) => {
      statuses.push(ctx.myChatMember.new_chat_member.status);
    });
    h.bot.on('message:text', (ctx) => ctx.reply('welcome back'));
    await startPolling(h);
    h.api.blockChat(42, { notify: true });
    await expect(h.bot.api.sendMessage(42, 'x')).rejects.toThrow('Forbidden: bot was blocked by the user');
    h.api.sendText(alice, 'hi again');
    expect((await h.api.waitForMessage(42)).text).toBe('welcome back');
    expect(statuses).toEqual(['kicked']);
  });

  it('keeps a bounded number of messages per chat when asked (benchmarks)', async () => {
    h = await startHarness({ maxMessagesPerChat: 3, recordCalls: false });
    for (let i = 0; i < 10; i++) await h.bot.api.sendMessage(7, `m${i}`);
    expect(h.api.botMessages(7).map((m) => m.text)).toEqual(['m7', 'm8', 'm9']);
    expect(h.api.calls).toHaveLength(0);
    expect(h.api.messageEvents).toHaveLength(0);
    expect(h.api.stats.byMethod.sendMessage).toBe(10);
  });

  it('drops connections on demand (a network error for the bot)', async () => {
    h = await startHarness();
    h.api.dropNext('sendMessage');
    await expect(h.bot.api.sendMessage(42, 'x')).rejects.toThrow();
    await h.bot.api.sendMessage(42, 'y');
    expect(h.api.botMessages(42).map((m) => m.text)).toEqual(['y']);
  });

  it('enforces rates with 429 and retry_after', async () => {
    h = await startHarness();
    h.api.enforceRates({ globalPerSec: 5, perChatPerSec: 1 });
    // per chat: a second message to the same chat within a second is refused
    await h.bot.api.sendMessage(1, 'a');
    const e = (await h.bot.api.sendMessage(1, 'b').catch((x: unknown) => x)) as GrammyError;
    expect(e.error_code).toBe(429);
    expect(e.parameters.retry_after).toBeGreaterThanOrEqual(1);
    // global: 5 per second over all chats (one already spent)
    const results = await Promise.allSettled([2, 3, 4, 5, 6, 7].map((c) => h!.bot.api.sendMessage(c, 'x')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    expect(h.api.stats.tooManyRequests).toBe(3);
    // chat actions are not rate limited
    await h.bot.api.sendChatAction(1, 'typing');
    expect(h.api.lastChatAction(1)?.action).toBe('typing');
  });

  it('stores commands and menu buttons', async () => {
    h = await startHarness();
    await h.bot.api.setMyCommands([
      { command: 'plan', description: 'Your plan' },
      { command: 'today', description: "Today's workout" },
    ]);
    expect((await h.bot.api.getMyCommands()).map((c) => c.command)).toEqual(['plan', 'today']);
    expect(h.api.myCommands()).toHaveLength(2);
    await expect(h.bot.api.setMyCommands([{ command: 'Bad Command', description: 'x' }])).rejects.toThrow(
      /BOT_COMMAND_INVALID/,
    );
    await h.bot.api.deleteMyCommands();
    expect(await h.bot.api.getMyCommands()).toEqual([]);
    await h.bot.api.setChatMenuButton({ menu_button: { type: 'commands' } });
    expect(await h.bot.api.getChatMenuButton()).toEqual({ type: 'commands' });
  });

  it('deleteMessage and reply keyboards', async () => {
    h = await startHarness();
    const m = await h.bot.api.sendMessage(42, 'Pick a day', {
      reply_markup: { keyboard: [[{ text: 'Mon' }, { text: 'Tue' }]], one_time_keyboard: true },
    });
    expect(h.api.replyKeyboard(42)).toEqual([['Mon', 'Tue']]);
    h.api.sendText(alice, 'Mon');
    expect(h.api.replyKeyboard(42)).toEqual([]);
    expect(await h.bot.api.deleteMessage(42, m.message_id)).toBe(true);
    expect(h.api.botMessages(42)).toHaveLength(0);
    await expect(h.bot.api.deleteMessage(42, m.message_id)).rejects.toThrow(/message to delete not found/);
  });

  it('forgets a long poll whose client went away', async () => {
    h = await startHarness();
    const ac = new AbortController();
    const poll = fetch(`${h.apiRoot}/bot${h.api.token}/getUpdates?timeout=30`, { signal: ac.signal });
    for (let i = 0; i < 100 && !h.api.isPolling; i++) await new Promise((r) => setTimeout(r, 5));
    expect(h.api.isPolling).toBe(true);
    ac.abort();
    await poll.catch(() => undefined);
    for (let i = 0; i < 100 && h.api.isPolling; i++) await new Promise((r) => setTimeout(r, 5));
    expect(h.api.isPolling).toBe(false);
  });

  it('conflicts when two pollers run', async () => {
    h = await startHarness();
    const first = h.bot.api.getUpdates({ timeout: 5 });
    await new Promise((r) => setTimeout(r, 50));
    const second = h.bot.api.getUpdates({ timeout: 0 });
    await expect(first).rejects.toThrow(/Conflict: terminated by other getUpdates request/);
    expect(await second).toEqual([]);
  });
});
