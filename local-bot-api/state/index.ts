/** Everything the fake Telegram holds, apart from how it is reached (wire.ts) and what tests do with it (server.ts). */
import type { EventEmitter } from 'node:events';
import type { UserFromGetMe } from 'grammy/types';
import type { Stats } from '../types.ts';
import type { ChatStore } from './chats.ts';
import type { FileStore } from './files.ts';
import type { BotSettings } from './settings.ts';
import type { UpdateQueue } from './updates.ts';

export interface BotApiState {
  readonly botInfo: UserFromGetMe;
  readonly chats: ChatStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly settings: BotSettings;
  readonly counters: Stats;
  /** The LocalBotApi's events (`message`, `update`, `call`, `callbackAnswer`, `chatAction`). */
  readonly events: EventEmitter;
}
