import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from 'grammy/types';
import { badRequest } from './errors.ts';

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

const INLINE_ACTIONS = [
  'callback_data',
  'url',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
] as const;

function validateInlineButton(b: unknown): void {
  if (typeof b !== 'object' || b === null) throw badRequest("can't parse inline keyboard button: object expected");
  const button = b as Record<string, unknown>;
  if (typeof button.text !== 'string') throw badRequest("can't parse inline keyboard button: Text must be a String");
  if (button.text.trim() === '') throw badRequest('BUTTON_TEXT_INVALID');
  const actions = INLINE_ACTIONS.filter((k) => button[k] !== undefined);
  if (actions.length === 0) throw badRequest('text buttons are unallowed in the inline keyboard');
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    if (typeof data !== 'string') throw badRequest('BUTTON_DATA_INVALID');
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes < 1 || bytes > 64) throw badRequest('BUTTON_DATA_INVALID');
  }
  if (button.url !== undefined) {
    if (typeof button.url !== 'string' || !/^(https?|tg):\/\/\S+$/i.test(button.url)) {
      throw badRequest('BUTTON_URL_INVALID');
    }
  }
}

/** Validates reply_markup the way Telegram does for the common cases; returns it typed. */
export function validateMarkup(value: unknown): ReplyMarkup | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'object') throw badRequest("can't parse reply keyboard markup JSON object");
  const m = value as Record<string, unknown>;
  if ('inline_keyboard' in m) {
    const rows = m.inline_keyboard;
    if (!Array.isArray(rows))
      throw badRequest('can\'t parse inline keyboard markup: Field "inline_keyboard" must be an Array');
    let count = 0;
    for (const row of rows) {
      if (!Array.isArray(row)) throw badRequest("can't parse inline keyboard markup: Array expected");
      for (const b of row) {
        validateInlineButton(b);
        count++;
      }
    }
    if (count > 100) throw badRequest('reply markup is too long');
    return m as unknown as InlineKeyboardMarkup;
  }
  if ('keyboard' in m) {
    const rows = m.keyboard;
    if (!Array.isArray(rows)) throw badRequest('can\'t parse reply keyboard markup: Field "keyboard" must be an Array');
    for (const row of rows) {
      if (!Array.isArray(row)) throw badRequest("can't parse reply keyboard markup: Array expected");
      for (const b of row) {
        const text = typeof b === 'string' ? b : (b as { text?: unknown } | null)?.text;
        if (typeof text !== 'string' || text === '') throw badRequest('BUTTON_TEXT_INVALID');
      }
    }
    return m as unknown as ReplyKeyboardMarkup;
  }
  if (m.remove_keyboard === true) return m as unknown as ReplyKeyboardRemove;
  if (m.force_reply === true) return m as unknown as ForceReply;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

export function inlineButtons(markup: ReplyMarkup | undefined): InlineKeyboardButton[] {
  if (!markup || !('inline_keyboard' in markup)) return [];
  return markup.inline_keyboard.flat();
}

export function replyKeyboardTexts(markup: ReplyKeyboardMarkup): string[] {
  return markup.keyboard.flat().map((b) => (typeof b === 'string' ? b : b.text));
}
