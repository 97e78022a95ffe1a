import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { InlineKeyboardButton } from 'grammy/types';
import { inlineButtons } from '../../local-bot-api/markup.ts';
import type { LocalBotApi } from '../../local-bot-api/server.ts';
import type { CallbackAnswer, MessageEventType, StoredMessage } from '../../local-bot-api/types.ts';
import { buttonUrl, formatBytes, renderButtons, renderEntities } from './render.ts';

export type TerminalUser = { id: number; first_name: string; username?: string; language_code?: string };

export type TerminalChatOptions = {
  /** The local Bot API server the bot polls (already started; the bot is created elsewhere). */
  api: LocalBotApi;
  input: Readable;
  output: Writable;
  /** Who is typing. Their private chat with the bot has the same id. */
  user: TerminalUser;
  /** Where documents and photos the bot sends are saved. */
  filesDir: string;
  /** ANSI styles; default: output is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Print "you: <line>" for each line read; default: when input is not a TTY (piped transcripts stay readable). */
  echoInput?: boolean;
  /** Print a greeting line at start (default true). */
  banner?: boolean;
  /** Name shown before the bot's messages; default the bot's first name. */
  botName?: string;
  /** After each input, wait until the bot has been quiet this long (default 300 ms)… */
  quietMs?: number;
  /** …but no longer than this (default 60 s); then the next line is read anyway. */
  maxWaitMs?: number;
};

type Choice = { kind: 'inline'; messageId: number; button: InlineKeyboardButton } | { kind: 'reply'; text: string };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The user side of `npm run chat`: reads what the runner types and sends it to the bot through the local
 * Bot API server (a `/` line is a command, a number presses the button shown with that number, on any message
 * of the session, anything else is a text message); prints what the bot sends. Resolves on `/quit` or end of input, once the bot has answered.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { api, input, output, user } = options;
  const isTty = (output as { isTTY?: boolean }).isTTY === true;
  const inputTty = (input as { isTTY?: boolean }).isTTY === true;
  const color = options.color ?? (isTty && !process.env.NO_COLOR);
  const echo = options.echoInput ?? !inputTty;
  const quietMs = options.quietMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const botName = options.botName ?? api.botInfo.first_name;
  const chatId = user.id;
  const filesDir = options.filesDir;

  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const prompt = color ? '\x1b[1myou ›\x1b[22m ' : 'you › ';

  const rl = createInterface({ input, output: inputTty ? output : undefined, terminal: inputTty && isTty });
  rl.setPrompt(prompt);
  let promptShown = false;

  const write = (text: string) => {
    if (promptShown && isTty) {
      clearLine(output, 0);
      cursorTo(output, 0);
    }
    output.write(text.endsWith('\n') ? text : `${text}\n`);
    if (promptShown && isTty) rl.prompt(true);
  };

  // -------------------------------------------------------------- what the bot sends

  // Every button shown gets its own number for the whole session, so the buttons of earlier messages still work
  // (as in Telegram, where any message's buttons can be tapped): "[7] Done" stays 7 after newer messages.
  const choices = new Map<number, Choice>();
  let nextNumber = 1;
  let lastMessageAt = 0;
  let lastActionAt = 0;
  const savedFiles = new Map<string, string>(); // fileId -> path
  const pendingWrites = new Set<Promise<unknown>>();

  /** Numbers the buttons of a message as it is printed; returns the first number used. */
  const numberButtons = (m: StoredMessage): number => {
    const first = nextNumber;
    for (const button of inlineButtons(m.replyMarkup)) {
      choices.set(nextNumber++, { kind: 'inline', messageId: m.messageId, button });
    }
    if (m.replyMarkup && 'keyboard' in m.replyMarkup) {
      for (const row of m.replyMarkup.keyboard) {
        for (const b of row) choices.set(nextNumber++, { kind: 'reply', text: typeof b === 'string' ? b : b.text });
      }
    }
    return first;
  };

  /** The button as the message shows it now: an edit or a deletion may have taken it away. */
  const stillShown = (choice: Extract<Choice, { kind: 'inline' }>): boolean => {
    const m = api.getMessage(chatId, choice.messageId);
    if (!m || m.deleted) return false;
    const data = 'callback_data' in choice.button ? choice.button.callback_data : undefined;
    return inlineButtons(m.replyMarkup).some(
      (b) => b.text === choice.button.text && ('callback_data' in b ? b.callback_data : undefined) === data,
    );
  };

  const uniquePath = async (name: string): Promise<string> => {
    const safe = name.replace(/[^\w.\- ()]+/g, '_').replace(/^\.+/, '') || 'file';
    const ext = path.extname(safe);
    const base = safe.slice(0, safe.length - ext.length);
    let candidate = path.join(filesDir, safe);
    for (let i = 1; existsSync(candidate); i++) candidate = path.join(filesDir, `${base}-${i}${ext}`);
    return candidate;
  };

  const saveFile = async (m: StoredMessage): Promise<string> => {
    const file = m.file!;
    if (!file.bytes) return file.url ?? '(no content)';
    const known = savedFiles.get(file.fileId);
    if (known) return known;
    await mkdir(filesDir, { recursive: true });
    const target = await uniquePath(file.filename);
    await writeFile(target, file.bytes);
    savedFiles.set(file.fileId, target);
    return target;
  };

  const display = (p: string) => {
    const rel = path.relative(process.cwd(), p);
    return rel && !rel.startsWith('..') && rel.length < p.length ? rel : p;
  };

  const printMessage = (m: StoredMessage, type: MessageEventType) => {
    if (m.chatId !== chatId || m.from !== 'bot') return;
    lastMessageAt = Date.now();
    if (type === 'deleted') {
      const preview = m.text.length > 40 ? `${m.text.slice(0, 40)}…` : m.text;
      write(dim(`${botName} deleted a message${preview ? `: "${preview}"` : ''}`));
      return;
    }
    const edited = type === 'edited' ? dim(' (edited)') : '';
    const what = m.kind === 'document' ? ' sent a document' : m.kind === 'photo' ? ' sent a photo' : '';
    const body = renderEntities(m.text, m.entities, color);
    const header = `${bold(botName)}${what}${edited}:`;
    const lines = body ? body.split('\n') : [];
    const out: string[] = [];
    if (lines.length > 0) {
      out.push(`${header} ${lines[0]}`);
      for (const line of lines.slice(1)) out.push(line ? `  ${line}` : '');
    } else {
      out.push(header);
    }
    const inline = m.replyMarkup && 'inline_keyboard' in m.replyMarkup ? m.replyMarkup.inline_keyboard : undefined;
    const start = numberButtons(m);
    if (inline?.length) {
      const rows = inline
        .filter((row) => row.length > 0)
        .map((row) => row.map((b) => ({ text: b.text, url: buttonUrl(b) })));
      for (const line of renderButtons(rows, start)) out.push(`  ${line}`);
    } else if (m.replyMarkup && 'keyboard' in m.replyMarkup) {
      const rows = m.replyMarkup.keyboard
        .filter((row) => row.length > 0)
        .map((row) => row.map((b) => ({ text: typeof b === 'string' ? b : b.text })));
      for (const line of renderButtons(rows, start)) out.push(`  ${dim('keyboard')} ${line}`);
    }
    if (m.file && type === 'sent') {
      const job = saveFile(m)
        .then((saved) => {
          out.push(
            `  ${dim('saved:')} ${display(saved)}${m.file?.bytes ? ` (${formatBytes(m.file.bytes.length)})` : ''}`,
          );
          write(out.join('\n'));
        })
        .catch((err: unknown) => {
          out.push(`  could not save ${m.file?.filename}: ${err instanceof Error ? err.message : String(err)}`);
          write(out.join('\n'));
        });
      pendingWrites.add(job);
      void job.finally(() => pendingWrites.delete(job));
      return;
    }
    write(out.join('\n'));
  };

  const printAnswer = (a: CallbackAnswer) => {
    if (a.chatId !== chatId) return;
    lastMessageAt = Date.now();
    if (a.text) write(dim(`${botName}${a.showAlert ? ' (alert)' : ' (notice)'}: ${a.text}`));
    if (a.url) write(dim(`${botName} (open): ${a.url}`));
  };

  const onAction = (e: { chatId: number; action: string }) => {
    if (e.chatId === chatId) lastActionAt = Date.now();
  };

  api.on('message', printMessage);
  api.on('callbackAnswer', printAnswer);
  api.on('chatAction', onAction);

  // -------------------------------------------------------------- what the runner types

  /** Waits until the bot has handled the input: updates taken, calls done, quiet; "typing…" keeps us waiting. */
  const settle = async () => {
    const deadline = Date.now() + maxWaitMs;
    await sleep(10);
    while (Date.now() < deadline) {
      const typing = lastActionAt > lastMessageAt && Date.now() - lastActionAt < 5500;
      if (!api.isBusy(quietMs) && !typing && pendingWrites.size === 0) return;
      await sleep(Math.min(25, quietMs));
    }
    write(dim('(no answer from the bot yet)'));
  };

  /**
   * `/voice <file> [seconds]` and `/photo <file>` send a file from this computer as a voice note (an .mp3 or
   * .m4a as an audio file) or a photo, as Telegram would: the bot fetches it with getFile.
   */
  const sendMedia = async (kind: 'voice' | 'photo', file: string, seconds: string | undefined) => {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      write(dim(`(cannot read ${file}: ${err instanceof Error ? err.message : String(err)})`));
      return;
    }
    const filename = path.basename(file);
    if (kind === 'photo') {
      api.sendPhotoFromUser(user, { bytes, filename });
    } else {
      // Without a length given, about 4 kB a second (Opus voice notes at 32 kbit/s).
      const duration = seconds ? Number(seconds) : Math.max(1, Math.round(bytes.length / 4000));
      if (/\.(oga|ogg|opus)$/i.test(filename)) api.sendVoiceFromUser(user, { bytes, duration });
      else api.sendAudioFromUser(user, { bytes, filename, duration });
    }
    await settle();
  };

  const handleLine = async (raw: string): Promise<boolean> => {
    const line = raw.trim();
    if (line === '') return true;
    if (echo) write(`${bold('you')}: ${line}`);
    if (line === '/quit' || line === '/exit') return false;
    const media = /^\/(voice|photo)\s+(.+?)(?:\s+(\d{1,4})s?)?$/.exec(line);
    if (media) {
      await sendMedia(media[1] as 'voice' | 'photo', media[2] as string, media[3]);
      return true;
    }
    if (/^\d{1,4}$/.test(line) && choices.size > 0) {
      const choice = choices.get(Number(line));
      if (choice?.kind === 'inline') {
        const b = choice.button;
        if (!stillShown(choice)) {
          write(dim(`(the button "${b.text}" is no longer on that message)`));
          return true;
        }
        if ('callback_data' in b && b.callback_data !== undefined) {
          api.pressButton(chatId, choice.messageId, b.callback_data, user);
        } else {
          const url = buttonUrl(b);
          write(dim(url ? `(${b.text} opens ${url})` : `(the button "${b.text}" does nothing here)`));
          return true;
        }
        await settle();
        return true;
      }
      if (choice?.kind === 'reply') {
        api.sendText(user, choice.text);
        await settle();
        return true;
      }
    }
    // "\5" sends "5" as text even when buttons are shown
    api.sendText(user, line.startsWith('\\') ? line.slice(1) : line);
    await settle();
    return true;
  };

  if (options.banner ?? true) {
    const handle = api.botInfo.username ? ` (@${api.botInfo.username})` : '';
    write(
      dim(
        `Chatting with ${botName}${handle} as ${user.first_name}. Type a message, /start to begin, a number to press a button, /voice <file> or /photo <file> to send one, /quit to leave.`,
      ),
    );
  }

  const lines: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  rl.on('line', (l) => {
    lines.push(l);
    wake?.();
  });
  rl.on('close', () => {
    ended = true;
    wake?.();
  });

  try {
    for (;;) {
      if (lines.length === 0) {
        if (ended) break;
        if (inputTty) {
          rl.prompt();
          promptShown = true;
        }
        await new Promise<void>((r) => {
          wake = r;
        });
        wake = undefined;
        promptShown = false;
        continue;
      }
      const next = lines.shift()!;
      if (!(await handleLine(next))) break;
    }
    await Promise.all([...pendingWrites]);
  } finally {
    api.off('message', printMessage);
    api.off('callbackAnswer', printAnswer);
    api.off('chatAction', onAction);
    rl.close();
  }
}
