import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Bot, InlineKeyboard, InputFile, Keyboard } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBotApi } from '../../local-bot-api/index.ts';
import { runTerminalChat } from '../../src/chat/terminal.ts';

const user = { id: 42, first_name: 'Alice', username: 'alice' };

let api: LocalBotApi;
let bot: Bot;
let dir: string;

function makeBot(): Bot {
  const b = new Bot(api.token, { client: { apiRoot: api.apiRoot }, botInfo: api.botInfo as UserFromGetMe });
  b.command('start', (ctx) =>
    ctx.reply(`Welcome <b>${ctx.from?.first_name}</b>! <a href="https://example.test/help">Help</a>`, {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('Done', 'done').text('Skip', 'skip').row().url('Site', 'https://x.test'),
    }),
  );
  b.callbackQuery('done', async (ctx) => {
    await ctx.answerCallbackQuery({ text: 'Logged' });
    await ctx.editMessageText('Workout done ✅');
  });
  b.callbackQuery('skip', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply('Skipped.');
  });
  b.command('export', (ctx) =>
    ctx.replyWithDocument(new InputFile(Buffer.from('{"version":1}'), 'export.json'), { caption: 'Your data' }),
  );
  b.command('days', (ctx) =>
    ctx.reply('Which day?', { reply_markup: new Keyboard().text('Mon').text('Tue').oneTime() }),
  );
  b.command('slow', async (ctx) => {
    await ctx.replyWithChatAction('typing');
    await new Promise((r) => setTimeout(r, 600)); // "thinking" without any API call
    await ctx.reply('thought about it');
  });
  b.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text} &lt;3`, { parse_mode: 'HTML' }));
  return b;
}

async function chat(lines: string[], color = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => {
    printed += c.toString();
  });
  const done = runTerminalChat({ api, input, output, user, filesDir: dir, color, quietMs: 60, maxWaitMs: 5000 });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return printed;
}

beforeEach(async () => {
  api = new LocalBotApi();
  await api.start();
  bot = makeBot();
  await new Promise<void>((resolve) => {
    void bot.start({ onStart: () => resolve() });
  });
  dir = await mkdtemp(path.join(tmpdir(), 'runcoach-chat-'));
});

afterEach(async () => {
  await bot.stop();
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('runTerminalChat', () => {
  it('sends commands and texts, prints replies with numbered buttons, presses buttons by number', async () => {
    // The second /start's buttons are [4] Done [5] Skip: numbers run on through the session.
    const out = await chat(['/start', '1', 'hello there', '/start', '5']);
    expect(out).toContain('Chatting with runcoach');
    expect(out).toContain('you: /start');
    expect(out).toContain('runcoach: Welcome Alice! Help (https://example.test/help)');
    expect(out).toContain('  [1] Done  [2] Skip\n  [3] Site (https://x.test)');
    expect(out).toContain('runcoach (notice): Logged');
    expect(out).toContain('runcoach (edited): Workout done ✅');
    expect(out).toContain('runcoach: echo: hello there <3');
    expect(out).toContain('runcoach: Skipped.');
    // the order of the transcript follows the conversation
    const order = ['you: /start', 'Welcome', 'you: 1', 'Logged', 'Workout done', 'you: hello', 'echo: hello', 'you: 5'];
    const positions = order.map((s) => out.indexOf(s));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(api.callbackAnswers.size).toBe(2);
  });

  it('buttons of earlier messages still work; a button an edit took away says so', async () => {
    const out = await chat(['/start', '/start', '2', '4', '1']);
    expect(out).toContain('  [1] Done  [2] Skip\n  [3] Site (https://x.test)');
    expect(out).toContain('  [4] Done  [5] Skip\n  [6] Site (https://x.test)');
    // [2] is the first message's Skip, pressed after the second message arrived.
    expect(out).toContain('runcoach: Skipped.');
    // [4] edits the second message (its buttons go); [1] on the first message still works.
    expect(out.match(/runcoach \(edited\): Workout done ✅/g)).toHaveLength(2);
    expect(api.callbackAnswers.size).toBe(3);
  });

  it('a button removed by an edit is not pressed', async () => {
    const out = await chat(['/start', '1', '2']);
    expect(out).toContain('(the button "Skip" is no longer on that message)');
    expect(api.callbackAnswers.size).toBe(1);
  });

  it('saves documents into filesDir and prints the path', async () => {
    const out = await chat(['/export']);
    expect(out).toContain('runcoach sent a document: Your data');
    const m = /saved: (.+export\.json) \(13 B\)/.exec(out);
    expect(m).not.toBeNull();
    const saved = path.isAbsolute(m![1]!) ? m![1]! : path.resolve(m![1]!);
    expect(await readFile(saved, 'utf8')).toBe('{"version":1}');
  });

  it('sends reply-keyboard buttons as text, and a number without buttons as text', async () => {
    const out = await chat(['/days', '2', '7']);
    expect(out).toContain('keyboard [1] Mon  [2] Tue');
    expect(out).toContain('runcoach: echo: Tue <3');
    expect(out).toContain('runcoach: echo: 7 <3'); // the one-time keyboard is gone after use
  });

  it('waits while the bot shows "typing", and stops at /quit', async () => {
    const out = await chat(['/slow', '/quit', 'never sent']);
    expect(out).toContain('runcoach: thought about it');
    expect(out).not.toContain('never sent');
    expect(api.messages(42, { from: 'user' }).map((m) => m.text)).toEqual(['/slow']);
  });

  it('uses ANSI bold on a colour terminal', async () => {
    const out = await chat(['/start'], true);
    expect(out).toContain('\x1b[1mAlice');
  });

  it('/voice and /photo send a file from disk like Telegram would; a missing file is named', async () => {
    await bot.stop();
    const b = new Bot(api.token, { client: { apiRoot: api.apiRoot }, botInfo: api.botInfo as UserFromGetMe });
    b.on('message:voice', async (ctx) => {
      const f = await ctx.getFile();
      const body = await (await fetch(`${api.apiRoot}/file/bot${api.token}/${f.file_path}`)).text();
      await ctx.reply(`voice ${ctx.message.voice.duration}s: ${body}`);
    });
    b.on('message:audio', (ctx) => ctx.reply(`audio ${ctx.message.audio.file_name}`));
    b.on('message:photo', (ctx) => ctx.reply(`photo in ${ctx.message.photo.length} sizes`));
    await new Promise<void>((resolve) => {
      void b.start({ onStart: () => resolve() });
    });
    const voice = path.join(dir, 'run.oga');
    await writeFile(voice, 'OggS-hello');
    const mp3 = path.join(dir, 'run.mp3');
    await writeFile(mp3, 'ID3');
    const photo = path.join(dir, 'watch.png');
    await writeFile(photo, Buffer.from('89504e470d0a1a0a0000000d4948445200000400000003000806000000', 'hex'));
    const out = await chat([`/voice ${voice} 12`, `/voice ${mp3}`, `/photo ${photo}`, '/photo nowhere.jpg']);
    await b.stop();
    expect(out).toContain('runcoach: voice 12s: OggS-hello');
    expect(out).toContain('runcoach: audio run.mp3');
    expect(out).toContain('runcoach: photo in 4 sizes');
    expect(out).toMatch(/cannot read nowhere\.jpg/);
  });
});
