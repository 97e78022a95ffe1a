import type { Chat, Message, MessageEntity, Update, User, UserFromGetMe } from 'grammy/types';
import type { ReplyMarkup } from './markup.ts';

export type LocalBotApiOptions = {
  /** Bot token the server accepts; requests with another token get 401. Default: a fixed test token. */
  token?: string;
  /** Overrides for the bot's `getMe` answer (id comes from the token). */
  botInfo?: Partial<UserFromGetMe>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Keep a log of every bot call in `calls` (default true). Turn off for benchmarks. */
  recordCalls?: boolean;
  /** Keep the log of message events `messageEvents` (default: same as recordCalls). */
  recordMessages?: boolean;
  /** Keep at most this many messages per chat (oldest dropped; default unlimited). For long benchmarks. */
  maxMessagesPerChat?: number;
  /** Delay added before every answer, in ms (default 0). Also `setLatency`. */
  latencyMs?: number;
  /** First webhook retry delay in ms (doubles per failure, capped at 5 s). Default 200. */
  webhookRetryMs?: number;
};

/** A user as tests and the terminal name them: an id, or a partial Telegram user. */
export type UserLike = number | (Partial<User> & { id: number });

export type StoredFile = {
  fileId: string;
  fileUniqueId: string;
  filename: string;
  mimeType: string;
  /** Missing when the bot sent a URL instead of bytes. */
  bytes?: Uint8Array;
  url?: string;
  filePath: string;
  width?: number;
  height?: number;
  /** Seconds, for voice notes and audio files. */
  duration?: number;
};

export type MessageKind = 'text' | 'document' | 'photo' | 'voice' | 'audio';

/** A file a user sends to the bot (`sendVoiceFromUser`, `sendAudioFromUser`, `sendPhotoFromUser`...). */
export type UserFile = {
  bytes: Uint8Array | string;
  /** Default: the kind's usual name (voice.oga, photo.jpg...). */
  filename?: string;
  /** Default: from the kind or the file name (audio/ogg for voice notes). */
  mimeType?: string;
  caption?: string;
};

/** A message in a chat as the server keeps it (current state: edits applied). */
export type StoredMessage = {
  /** Position in the server's message-event log when it was sent. */
  seq: number;
  chatId: number;
  messageId: number;
  /** `bot` for what the bot sent, `user` for what `sendText`/`sendCommand`/... sent. */
  from: 'bot' | 'user';
  kind: MessageKind;
  /** Plain text after entity parsing (the caption for documents and photos; '' without one). */
  text: string;
  entities: MessageEntity[];
  /** The text or caption exactly as the bot sent it, and its parse_mode. */
  rawText?: string;
  parseMode?: string;
  replyMarkup?: ReplyMarkup;
  file?: StoredFile;
  /** ms since epoch */
  sentAt: number;
  editedAt?: number;
  editCount: number;
  deleted: boolean;
  /** The Telegram `Message` object as the bot last saw it. */
  message: Message;
};

export type MessageEventType = 'sent' | 'edited' | 'deleted';

export type MessageEvent = { seq: number; type: MessageEventType; message: StoredMessage };

export type ApiCall = {
  method: string;
  params: Record<string, unknown>;
  /** ms since epoch when the request arrived */
  time: number;
  ok: boolean;
  errorCode?: number;
  description?: string;
};

export type CallbackAnswer = {
  queryId: string;
  chatId: number | undefined;
  messageId: number | undefined;
  data: string;
  text?: string;
  showAlert: boolean;
  url?: string;
  time: number;
};

export type Fault = {
  error_code: number;
  description: string;
  retry_after?: number;
  /** Any other `parameters` field (e.g. migrate_to_chat_id). */
  parameters?: Record<string, unknown>;
};

export type RateLimits = {
  /** Sends per second over all chats (Telegram: about 30). */
  globalPerSec?: number;
  /** Sends per second per chat (Telegram: about 1). */
  perChatPerSec?: number;
  /** Bucket sizes; default one second's worth (at least 1). */
  globalBurst?: number;
  perChatBurst?: number;
  /** Methods that count as sends. Default: every send* method except sendChatAction, plus copy/forward. */
  methods?: string[];
};

export type WebhookInfoState = {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
  lastErrorDate?: number;
  lastErrorMessage?: string;
};

export type ChatState = {
  chat: Chat;
  user?: User;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  /** bot messages in order */
  botMessages: StoredMessage[];
  replyKeyboard?: { keyboard: ReplyMarkup; oneTime: boolean };
  /** message-event seq at the last user input into this chat */
  inputSeq: number;
  lastChatAction?: { action: string; time: number };
};

export type Stats = {
  calls: number;
  errors: number;
  tooManyRequests: number;
  updatesEnqueued: number;
  updatesDelivered: number;
  byMethod: Record<string, number>;
};

export type { Update };
