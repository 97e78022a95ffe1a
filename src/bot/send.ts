/** Sends coach replies: HTML split under Telegram's limit, keyboards on the last part, files as InputFile. */
import { GrammyError, InlineKeyboard, InputFile } from 'grammy';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';
import type { Button, OutgoingMessage } from '../coach/types.ts';
import { splitHtml } from '../messages/html.ts';
import type { BotContext } from './context.ts';

export function keyboardOf(rows: Button[][] | undefined): InlineKeyboardMarkup | undefined {
  if (!rows || rows.length === 0) return undefined;
  const kb = new InlineKeyboard();
  for (const row of rows) {
    for (const b of row) {
      if ('data' in b) kb.text(b.text, b.data);
      else if ('url' in b) kb.url(b.text, b.url);
      else kb.webApp(b.text, b.webApp);
    }
    kb.row();
  }
  return kb;
}

export async function sendMessages(ctx: BotContext, messages: OutgoingMessage[]): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  for (const m of messages) {
    try {
      await sendOne(ctx, chatId, m);
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 403 && ctx.from) {
        // The runner blocked the bot: stop scheduled messages until they come back.
        ctx.deps.store.users.setActive(ctx.from.id, false);
        return;
      }
      throw err;
    }
  }
}

/** Inline buttons, or a one-time reply keyboard with a location button, or the removal of that keyboard. */
function markupOf(m: OutgoingMessage): InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | undefined {
  if (m.requestLocation) {
    return {
      keyboard: [[{ text: m.requestLocation, request_location: true }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    };
  }
  if (m.removeKeyboard && !m.buttons?.length) return { remove_keyboard: true };
  return keyboardOf(m.buttons);
}

async function sendOne(ctx: BotContext, chatId: number, m: OutgoingMessage): Promise<void> {
  const reply_markup = markupOf(m);
  if (m.document) {
    const content = typeof m.document.content === 'string' ? Buffer.from(m.document.content) : m.document.content;
    await ctx.api.sendDocument(chatId, new InputFile(content, m.document.filename), {
      caption: m.document.caption ?? m.html,
      parse_mode: 'HTML',
      reply_markup,
    });
    return;
  }
  if (m.photo) {
    await ctx.api.sendPhoto(chatId, new InputFile(m.photo.content, m.photo.filename), {
      caption: m.photo.caption ?? m.html,
      parse_mode: 'HTML',
      reply_markup,
    });
    return;
  }
  const parts = splitHtml(m.html);
  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    await ctx.api.sendMessage(chatId, parts[i] as string, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && reply_markup ? { reply_markup } : {}),
    });
  }
}
