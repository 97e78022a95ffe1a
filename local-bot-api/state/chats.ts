/**
 * Chats and their messages: what the user sent, what the bot sent and edited, the reply keyboard on show, the
 * callback queries waiting for an answer, the chats that blocked the bot, and the message events (sent, edited,
 * deleted) with the sequence numbers tests wait on.
 */
import type { EventEmitter } from 'node:events';
import type { Chat, InlineKeyboardMarkup, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import { badRequest } from '../errors.ts';
import { validateMarkup } from '../markup.ts';
import { chatId, int, obj, type Params, str } from '../params.ts';
import type {
  CallbackAnswer,
  ChatState,
  MessageEvent,
  MessageEventType,
  MessageKind,
  StoredFile,
  StoredMessage,
  UserLike,
} from '../types.ts';
import type { UpdateQueue } from './updates.ts';

export function toUser(u: UserLike): User {
  if (typeof u === 'number') return { id: u, is_bot: false, first_name: `User ${u}` };
  const user: User = { id: u.id, is_bot: false, first_name: u.first_name ?? `User ${u.id}` };
  if (u.last_name) user.last_name = u.last_name;
  if (u.username) user.username = u.username;
  if (u.language_code) user.language_code = u.language_code;
  return user;
}

/** What a callback query needs to be answered: where its button was. */
export type OpenQuery = { chatId?: number; messageId?: number; data: string };

export class ChatStore {
  readonly chats = new Map<number, ChatState>();
  /** Every message event (sent/edited/deleted), in order (empty when `recordMessages` is false). */
  readonly messageEvents: MessageEvent[] = [];
  readonly callbackAnswers = new Map<string, CallbackAnswer>();
  readonly openQueries = new Map<string, OpenQuery>();
  /** Chats whose user blocked the bot: sends answer 403. */
  readonly blocked = new Set<number>();
  recordMessages: boolean;
  eventSeq = 0;
  /** The seq at the last user input (any chat). */
  inputSeq = 0;
  private nextQueryId = 1;

  constructor(
    private readonly botInfo: UserFromGetMe,
    private readonly updates: UpdateQueue,
    private readonly events: EventEmitter,
    private readonly maxMessagesPerChat: number,
    recordMessages: boolean,
  ) {
    this.recordMessages = recordMessages;
  }

  /** The chat's state (created on first use: private for a positive id, a supergroup otherwise). */
  chat(chatId: number): ChatState {
    let state = this.chats.get(chatId);
    if (!state) {
      const chat: Chat =
        chatId > 0
          ? { id: chatId, type: 'private', first_name: `User ${chatId}` }
          : { id: chatId, type: 'supergroup', title: `Group ${chatId}` };
      state = { chat, nextMessageId: 1, messages: new Map(), botMessages: [], inputSeq: 0 };
      this.chats.set(chatId, state);
    }
    return state;
  }

  /** The chat a method's `chat_id` names. */
  chatOf(p: Params): ChatState {
    return this.chat(chatId(p));
  }

  /** Marks a user input in the chat: waits for the bot's answer start from here. */
  markInput(state: ChatState): void {
    state.inputSeq = this.eventSeq;
    this.inputSeq = state.inputSeq;
  }

  /** A message from the user: stored, and queued as a `message` update. */
  userMessage(user: User, fields: Partial<Message>, kind: MessageKind, file?: StoredFile): Message {
    const state = this.chat(user.id);
    if (!state.user || state.user.first_name !== user.first_name || state.user.username !== user.username) {
      state.user = user;
      const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
      if (user.last_name) chat.last_name = user.last_name;
      if (user.username) chat.username = user.username;
      state.chat = chat;
    }
    const message = {
      message_id: state.nextMessageId++,
      from: user,
      chat: state.chat,
      date: Math.floor(Date.now() / 1000),
      ...fields,
    } as Message;
    const stored: StoredMessage = {
      seq: this.eventSeq,
      chatId: user.id,
      messageId: message.message_id,
      from: 'user',
      kind,
      text: message.text ?? message.caption ?? '',
      entities: message.entities ?? [],
      ...(file ? { file } : {}),
      sentAt: Date.now(),
      editCount: 0,
      deleted: false,
      message,
    };
    state.messages.set(message.message_id, stored);
    this.trim(state);
    this.blocked.delete(user.id); // writing to the bot again unblocks it
    if (state.replyKeyboard?.oneTime) state.replyKeyboard = undefined;
    this.markInput(state);
    this.updates.enqueue({ update_id: this.updates.nextId(), message } as Update);
    return message;
  }

  /** A new open callback query id (Telegram's are long numbers). */
  newQueryId(): string {
    return `${this.botInfo.id}${String(this.nextQueryId++).padStart(8, '0')}`;
  }

  /** A message from the bot: stored (reply keyboard and reply target applied) and announced as `sent`. */
  addBotMessage(
    state: ChatState,
    kind: MessageKind,
    parsed: { text: string; entities: MessageEntity[] },
    p: Params,
    textKey: 'text' | 'caption',
    fields: Partial<Message>,
    file?: StoredFile,
  ): Message {
    const markup = validateMarkup(p.reply_markup);
    const message = {
      message_id: state.nextMessageId++,
      from: this.botInfo,
      chat: state.chat,
      date: Math.floor(Date.now() / 1000),
      ...fields,
    } as Record<string, unknown>;
    if (parsed.text) message[textKey] = parsed.text;
    if (parsed.entities.length) message[textKey === 'text' ? 'entities' : 'caption_entities'] = parsed.entities;
    if (markup && 'inline_keyboard' in markup) message.reply_markup = markup;
    const replyTo =
      int(p, 'reply_to_message_id') ??
      obj<{ message_id?: number }>(p, 'reply_parameters', 'reply parameters')?.message_id;
    if (replyTo !== undefined) {
      const target = state.messages.get(replyTo);
      if (target) message.reply_to_message = target.message;
    }
    if (markup && 'keyboard' in markup)
      state.replyKeyboard = { keyboard: markup, oneTime: markup.one_time_keyboard === true };
    else if (markup && 'remove_keyboard' in markup) state.replyKeyboard = undefined;
    const stored: StoredMessage = {
      seq: this.eventSeq + 1,
      chatId: state.chat.id,
      messageId: message.message_id as number,
      from: 'bot',
      kind,
      text: parsed.text,
      entities: parsed.entities,
      rawText: str(p, textKey) ?? '',
      ...(str(p, 'parse_mode') ? { parseMode: str(p, 'parse_mode') } : {}),
      ...(markup ? { replyMarkup: markup } : {}),
      ...(file ? { file } : {}),
      sentAt: Date.now(),
      editCount: 0,
      deleted: false,
      message: message as unknown as Message,
    };
    state.messages.set(stored.messageId, stored);
    state.botMessages.push(stored);
    this.trim(state);
    this.messageEvent('sent', stored);
    return stored.message;
  }

  messageEvent(type: MessageEventType, message: StoredMessage): void {
    this.eventSeq++;
    if (this.recordMessages) this.messageEvents.push({ seq: this.eventSeq, type, message });
    this.events.emit('message', message, type);
  }

  /** The bot's message an edit method names (by chat_id and message_id), or the error Telegram gives. */
  findEditable(p: Params): { state: ChatState; stored: StoredMessage } {
    if (p.inline_message_id !== undefined) throw badRequest('MESSAGE_ID_INVALID');
    const state = this.chatOf(p);
    const id = int(p, 'message_id');
    if (id === undefined) throw badRequest('message identifier is not specified');
    const stored = state.messages.get(id);
    if (!stored || stored.deleted) throw badRequest('message to edit not found');
    if (stored.from !== 'bot') throw badRequest("message can't be edited");
    return { state, stored };
  }

  /** Applies an edit (text or caption, markup); refuses one that changes nothing, as Telegram does. */
  applyEdit(
    stored: StoredMessage,
    p: Params,
    change: { text?: { text: string; entities: MessageEntity[]; key: 'text' | 'caption' }; markup: boolean },
  ): Message {
    const markup = validateMarkup(p.reply_markup);
    if (markup && !('inline_keyboard' in markup)) throw badRequest('inline keyboard expected');
    const newMarkup = change.markup || change.text ? markup : stored.replyMarkup;
    const sameText =
      !change.text ||
      (change.text.text === stored.text && JSON.stringify(change.text.entities) === JSON.stringify(stored.entities));
    if (sameText && JSON.stringify(newMarkup ?? null) === JSON.stringify(stored.replyMarkup ?? null)) {
      throw badRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    const message = { ...stored.message, edit_date: Math.floor(Date.now() / 1000) } as Message &
      Record<string, unknown>;
    if (change.text) {
      const { key } = change.text;
      stored.text = change.text.text;
      stored.entities = change.text.entities;
      stored.rawText = str(p, key) ?? '';
      const pm = str(p, 'parse_mode');
      if (pm) stored.parseMode = pm;
      else delete stored.parseMode;
      message[key] = change.text.text;
      const entKey = key === 'text' ? 'entities' : 'caption_entities';
      if (change.text.entities.length) message[entKey] = change.text.entities;
      else delete message[entKey];
    }
    if (newMarkup) {
      stored.replyMarkup = newMarkup;
      message.reply_markup = newMarkup as InlineKeyboardMarkup;
    } else {
      delete stored.replyMarkup;
      delete message.reply_markup;
    }
    stored.message = message;
    stored.editCount++;
    stored.editedAt = Date.now();
    this.messageEvent('edited', stored);
    return message;
  }

  /** Marks a message deleted (it stays, for tests, with `includeDeleted`). False when there is none to delete. */
  delete(state: ChatState, messageId: number): boolean {
    const stored = state.messages.get(messageId);
    if (!stored || stored.deleted) return false;
    stored.deleted = true;
    this.messageEvent('deleted', stored);
    return true;
  }

  private trim(state: ChatState): void {
    if (state.messages.size <= this.maxMessagesPerChat) return;
    const oldest = state.messages.keys().next().value;
    if (oldest === undefined) return;
    const dropped = state.messages.get(oldest);
    state.messages.delete(oldest);
    if (dropped?.from === 'bot' && state.botMessages[0] === dropped) state.botMessages.shift();
  }
}
