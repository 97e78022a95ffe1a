import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  BotCommand,
  CallbackQuery,
  Chat,
  InaccessibleMessage,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from 'grammy/types';
import { ApiError, badRequest, conflict, forbidden, notFound, unauthorized } from './errors.ts';
import { FaultQueue, faultError, RateLimiter } from './faults.ts';
import { EntityParseError, parseHtml } from './html.ts';
import { inlineButtons, type ReplyMarkup, replyKeyboardTexts, validateMarkup } from './markup.ts';
import { boundaryOf, MultipartError, parseMultipart, type UploadedFile } from './multipart.ts';
import { bool, chatId, int, normalizeParams, obj, type Params, str } from './params.ts';
import type {
  ApiCall,
  CallbackAnswer,
  ChatState,
  Fault,
  LocalBotApiOptions,
  MessageEvent,
  MessageEventType,
  MessageKind,
  RateLimits,
  Stats,
  StoredFile,
  StoredMessage,
  UserFile,
  UserLike,
  WebhookInfoState,
} from './types.ts';

export const DEFAULT_TOKEN = '123456789:AAHlocal-bot-api-test-token-0000000';

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_BODY = 60 * 1024 * 1024;
const MAX_DOCUMENT = 50 * 1024 * 1024;
const MAX_PHOTO = 10 * 1024 * 1024;
/** getFile refuses bigger files: "For the moment, bots can download files of up to 20MB in size" (Bot API, getFile). */
const MAX_DOWNLOAD = 20 * 1024 * 1024;
/** The longer side of the sizes Telegram makes of a photo (thumbnail, small, medium; the largest is the original). */
const PHOTO_SIDES = [90, 320, 800];
const DEFAULT_ALLOWED = new Set(['message_reaction', 'message_reaction_count', 'chat_member']);
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

type Handler = (p: Params, files: Record<string, UploadedFile>, res: ServerResponse | undefined) => unknown;
type Waiter = { limit: number; resolve: (r: Update[] | ApiError) => void; timer: NodeJS.Timeout | undefined };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function toUser(u: UserLike): User {
  if (typeof u === 'number') return { id: u, is_bot: false, first_name: `User ${u}` };
  const user: User = { id: u.id, is_bot: false, first_name: u.first_name ?? `User ${u.id}` };
  if (u.last_name) user.last_name = u.last_name;
  if (u.username) user.username = u.username;
  if (u.language_code) user.language_code = u.language_code;
  return user;
}

function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const re = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s|[.,!?;:])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    entities.push({ type: 'bot_command', offset: m.index + (m[1]?.length ?? 0), length: m[2]!.length });
  }
  return entities;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  if (!isPng) return jpegSize(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Width and height from a JPEG's start-of-frame marker (0 × 0 when there is none). */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return { width: 0, height: 0 };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return { width: 0, height: 0 };
    const marker = bytes[i + 1]!;
    const length = view.getUint16(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    }
    i += 2 + length;
  }
  return { width: 0, height: 0 };
}

/** Telegram's file_id prefixes and file_path folders per kind of file. */
const FILE_KINDS = {
  document: { idPrefix: 'BQACAgIAAxk', folder: 'documents' },
  photo: { idPrefix: 'AgACAgIAAxk', folder: 'photos' },
  voice: { idPrefix: 'AwACAgIAAxk', folder: 'voice' },
  audio: { idPrefix: 'CQACAgIAAxk', folder: 'music' },
} as const;
type FileKind = keyof typeof FILE_KINDS;

function mimeOf(filename: string, fallback: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const known: Record<string, string> = {
    json: 'application/json',
    txt: 'text/plain',
    csv: 'text/csv',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    pdf: 'application/pdf',
    gpx: 'application/gpx+xml',
    tcx: 'application/vnd.garmin.tcx+xml',
    svg: 'image/svg+xml',
    webp: 'image/webp',
    oga: 'audio/ogg',
    ogg: 'audio/ogg',
    opus: 'audio/ogg',
    mp3: 'audio/mpeg',
    m4a: 'audio/mp4',
    wav: 'audio/wav',
    flac: 'audio/flac',
  };
  return known[ext] ?? (fallback === 'application/octet-stream' ? fallback : fallback || 'application/octet-stream');
}

/**
 * A local Telegram Bot API server: real HTTP on 127.0.0.1, Telegram's wire format at `/bot<token>/<method>`,
 * plus a programmatic user side (send texts and commands, press buttons), a log of the bot's calls, waiting
 * helpers for tests, and fault injection (errors, blocked chats, latency, rate limits).
 *
 * Events: `message` (StoredMessage, MessageEventType), `update` (Update), `call` (ApiCall),
 * `callbackAnswer` (CallbackAnswer), `chatAction` ({ chatId, action }).
 */
export class LocalBotApi extends EventEmitter {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every bot call, in order (empty when `recordCalls` is false). */
  readonly calls: ApiCall[] = [];
  /** Every message event (sent/edited/deleted), in order (empty when `recordMessages` is false). */
  readonly messageEvents: MessageEvent[] = [];
  recordMessages: boolean;
  private eventSeq = 0;
  private readonly maxMessagesPerChat: number;
  readonly callbackAnswers = new Map<string, CallbackAnswer>();
  recordCalls: boolean;

  private server: Server | undefined;
  private apiRootUrl = '';
  private latencyMs: number;
  private readonly webhookRetryMs: number;
  private readonly handlers: Record<string, Handler>;
  private readonly methodNames = new Map<string, string>();

  private nextUpdateId = 10_000;
  private readonly queue: Update[] = [];
  private queueHead = 0;
  private waiter: Waiter | undefined;
  private wakeScheduled = false;
  private allowedUpdates: Set<string> | undefined; // undefined: Telegram's default
  private webhook: WebhookInfoState | undefined;
  private readonly webhookQueue: Update[] = [];
  private readonly webhookBusyChats = new Set<number>();
  private webhookInFlight = 0;
  private webhookFailures = 0;
  private webhookTimer: NodeJS.Timeout | undefined;

  private readonly chats = new Map<number, ChatState>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private nextFileId = 1;
  private readonly openQueries = new Map<string, { chatId?: number; messageId?: number; data: string }>();
  private nextQueryId = 1;
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly menuButtons = new Map<string, unknown>();
  private readonly faults = new FaultQueue();
  private readonly blocked = new Set<number>();
  private readonly rates = new RateLimiter();
  private inFlight = 0;
  private lastCallAt = 0;
  private inputSeq = 0;
  private readonly counters: Stats = {
    calls: 0,
    errors: 0,
    tooManyRequests: 0,
    updatesEnqueued: 0,
    updatesDelivered: 0,
    byMethod: {},
  };

  constructor(options: LocalBotApiOptions = {}) {
    super();
    this.setMaxListeners(0);
    this.token = options.token ?? DEFAULT_TOKEN;
    const id = Number(this.token.split(':')[0]);
    this.botInfo = {
      id: Number.isFinite(id) ? id : 123456789,
      is_bot: true,
      first_name: 'runcoach',
      username: 'runcoach_local_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      ...options.botInfo,
    } as UserFromGetMe;
    this.recordCalls = options.recordCalls ?? true;
    this.recordMessages = options.recordMessages ?? this.recordCalls;
    this.maxMessagesPerChat = options.maxMessagesPerChat ?? Number.POSITIVE_INFINITY;
    this.latencyMs = options.latencyMs ?? 0;
    this.webhookRetryMs = options.webhookRetryMs ?? 200;
    this.host = options.host ?? '127.0.0.1';
    this.port = options.port ?? 0;
    this.handlers = this.createHandlers();
    for (const name of Object.keys(this.handlers)) this.methodNames.set(name.toLowerCase(), name);
  }

  private readonly host: string;
  private readonly port: number;

  // ---------------------------------------------------------------- lifecycle

  async start(): Promise<{ apiRoot: string; port: number }> {
    if (this.server) return { apiRoot: this.apiRootUrl, port: (this.server.address() as AddressInfo).port };
    const server = createServer((req, res) => {
      this.handleHttp(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.respond(res, new ApiError(500, `Internal Server Error: ${String(err)}`));
      });
    });
    server.keepAliveTimeout = 120_000;
    server.headersTimeout = 125_000;
    server.requestTimeout = 0;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, this.host, () => resolve());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.apiRootUrl = `http://${this.host}:${port}`;
    return { apiRoot: this.apiRootUrl, port };
  }

  /** `http://127.0.0.1:<port>` once started (what grammY takes as `client.apiRoot`). */
  get apiRoot(): string {
    if (!this.apiRootUrl) throw new Error('LocalBotApi is not started');
    return this.apiRootUrl;
  }

  async stop(): Promise<void> {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      if (w.timer) clearTimeout(w.timer);
      w.resolve([]);
    }
    if (this.webhookTimer) clearTimeout(this.webhookTimer);
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  // ---------------------------------------------------------------- user side

  /** The user sends a text message (split into several messages above 4096 characters, like the apps do). */
  sendText(from: UserLike, text: string): Message {
    const user = toUser(from);
    const chunks: string[] = [];
    for (let i = 0; i < Math.max(text.length, 1); i += MAX_TEXT) chunks.push(text.slice(i, i + MAX_TEXT));
    let last: Message | undefined;
    for (const chunk of chunks) {
      const entities = commandEntities(chunk);
      last = this.userMessage(user, { text: chunk, ...(entities.length ? { entities } : {}) }, 'text');
    }
    return last!;
  }

  /** The user sends `/command args` (with its bot_command entity). */
  sendCommand(from: UserLike, command: string, args?: string): Message {
    const name = command.replace(/^\//, '');
    return this.sendText(from, args ? `/${name} ${args}` : `/${name}`);
  }

  /**
   * The user uploads a document (`message.document`; the bot can `getFile` it and download it from
   * `/file/bot<token>/<file_path>` when it is at most 20 MB, like from Telegram).
   */
  sendDocumentFromUser(
    from: UserLike,
    doc: { filename: string; bytes: Uint8Array | string; mimeType?: string; caption?: string },
  ): Message {
    const file = this.storeUserFile('document', doc, doc.filename);
    const document = {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: file.filename,
      mime_type: file.mimeType,
      file_size: file.bytes!.length,
    };
    return this.userMessage(toUser(from), this.withCaption({ document }, doc.caption), 'document', file);
  }

  /** The user records a voice note (`message.voice`: OGG/Opus, `audio/ogg`, with its duration in seconds). */
  sendVoiceFromUser(from: UserLike, voice: UserFile & { duration: number }): Message {
    const file = this.storeUserFile('voice', voice, 'voice.oga', voice.duration);
    const fields = {
      voice: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        duration: Math.round(voice.duration),
        mime_type: file.mimeType,
        file_size: file.bytes!.length,
      },
    };
    return this.userMessage(toUser(from), this.withCaption(fields, voice.caption), 'voice', file);
  }

  /** The user sends a music or audio file (`message.audio`, e.g. an .mp3 or .m4a). */
  sendAudioFromUser(
    from: UserLike,
    audio: UserFile & { duration: number; title?: string; performer?: string },
  ): Message {
    const file = this.storeUserFile('audio', audio, 'audio.mp3', audio.duration);
    const fields = {
      audio: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        duration: Math.round(audio.duration),
        file_name: file.filename,
        mime_type: file.mimeType,
        file_size: file.bytes!.length,
        ...(audio.title ? { title: audio.title } : {}),
        ...(audio.performer ? { performer: audio.performer } : {}),
      },
    };
    return this.userMessage(toUser(from), this.withCaption(fields, audio.caption), 'audio', file);
  }

  /**
   * The user sends a photo (`message.photo`: an array of sizes, smallest first, the original last, as Telegram
   * sends them). Width and height come from the PNG or JPEG header unless given. The fake does not resize: the
   * smaller sizes are separate files (own file_id and file_path) that carry the original bytes.
   */
  sendPhotoFromUser(from: UserLike, photo: UserFile & { width?: number; height?: number }): Message {
    const bytes = typeof photo.bytes === 'string' ? new TextEncoder().encode(photo.bytes) : photo.bytes;
    const detected = pngSize(bytes);
    const width = photo.width ?? detected.width;
    const height = photo.height ?? detected.height;
    const longer = Math.max(width, height);
    const sides = [...PHOTO_SIDES.filter((side) => side < longer), longer];
    const sizes = sides.map((side) => {
      const scale = longer > 0 ? side / longer : 1;
      const file = this.storeUserFile('photo', { ...photo, bytes }, 'photo.jpg');
      file.width = Math.round(width * scale);
      file.height = Math.round(height * scale);
      return {
        file,
        size: {
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          width: file.width,
          height: file.height,
          file_size: bytes.length,
        },
      };
    });
    const original = sizes[sizes.length - 1]!.file;
    const fields = { photo: sizes.map((s) => s.size) };
    return this.userMessage(toUser(from), this.withCaption(fields, photo.caption), 'photo', original);
  }

  private storeUserFile(kind: FileKind, upload: UserFile, defaultName: string, duration?: number): StoredFile {
    const bytes = typeof upload.bytes === 'string' ? new TextEncoder().encode(upload.bytes) : upload.bytes;
    const filename = upload.filename ?? defaultName;
    const defaultType = kind === 'voice' ? 'audio/ogg' : mimeOf(filename, 'application/octet-stream');
    const file = this.storeFile({ filename, contentType: upload.mimeType ?? defaultType, bytes }, kind);
    if (upload.mimeType) file.mimeType = upload.mimeType;
    if (duration !== undefined) file.duration = duration;
    return file;
  }

  private withCaption<T extends object>(fields: T, caption: string | undefined): Partial<Message> {
    return (caption ? { ...fields, caption } : fields) as Partial<Message>;
  }

  /**
   * The user presses an inline button: a callback_query update that references the bot's message
   * (an inaccessible-message stub when it does not exist). Any data is accepted, so forged data can be tested.
   * Returns the callback query id.
   */
  pressButton(chatId: number, messageId: number, data: string, from?: UserLike): string {
    const state = this.chatState(chatId);
    const user = from !== undefined ? toUser(from) : (state.user ?? toUser(chatId));
    const stored = state.messages.get(messageId);
    const id = `${this.botInfo.id}${String(this.nextQueryId++).padStart(8, '0')}`;
    const message: Message | InaccessibleMessage =
      stored && !stored.deleted ? stored.message : { chat: state.chat, message_id: messageId, date: 0 };
    const query: CallbackQuery = {
      id,
      from: user,
      message: message as CallbackQuery['message'],
      chat_instance: String(Math.abs(chatId) * 7919),
      data,
    };
    this.openQueries.set(id, { chatId, messageId, data });
    this.blocked.delete(user.id);
    state.inputSeq = this.eventSeq;
    this.inputSeq = state.inputSeq;
    this.enqueue({ update_id: this.nextUpdateId++, callback_query: query });
    return id;
  }

  /**
   * Presses the button labelled `label` on the newest bot message of the chat that has one.
   * Throws, listing the buttons on offer, when there is none. Returns the callback query id.
   */
  clickButton(chatId: number, label: string | RegExp, from?: UserLike): string {
    const state = this.chatState(chatId);
    const matches = (t: string) => (typeof label === 'string' ? t === label : label.test(t));
    for (let i = state.botMessages.length - 1; i >= 0; i--) {
      const m = state.botMessages[i]!;
      if (m.deleted) continue;
      const button = inlineButtons(m.replyMarkup).find((b) => matches(b.text));
      if (button && 'callback_data' in button && button.callback_data !== undefined) {
        return this.pressButton(chatId, m.messageId, button.callback_data, from);
      }
    }
    const offered = state.botMessages.flatMap((m) => inlineButtons(m.replyMarkup).map((b) => b.text));
    throw new Error(`No button ${String(label)} in chat ${chatId}; buttons: ${offered.join(', ') || 'none'}`);
  }

  /** The reply keyboard the chat currently shows, as button texts (empty when none). */
  replyKeyboard(chatId: number): string[][] {
    const kb = this.chats.get(chatId)?.replyKeyboard?.keyboard;
    if (!kb || !('keyboard' in kb)) return [];
    return kb.keyboard.map((row) => row.map((b) => (typeof b === 'string' ? b : b.text)));
  }

  /** Enqueues any update (update_id is filled in). */
  pushUpdate(update: Omit<Update, 'update_id'>): Update {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.enqueue(full);
    return full;
  }

  // ---------------------------------------------------------------- inspection

  /** Messages of a chat in order (bot and user; `from` tells them apart), or of all chats. */
  messages(chatId?: number, opts: { from?: 'bot' | 'user'; includeDeleted?: boolean } = {}): StoredMessage[] {
    const states = chatId === undefined ? [...this.chats.values()] : [this.chats.get(chatId)].filter((s) => !!s);
    const out: StoredMessage[] = [];
    for (const s of states) {
      for (const m of s!.messages.values()) {
        if (opts.from && m.from !== opts.from) continue;
        if (m.deleted && !opts.includeDeleted) continue;
        out.push(m);
      }
    }
    return chatId === undefined ? out.sort((a, b) => a.seq - b.seq) : out;
  }

  /** What the bot sent to a chat (current state, deleted ones left out). */
  botMessages(chatId: number): StoredMessage[] {
    return (this.chats.get(chatId)?.botMessages ?? []).filter((m) => !m.deleted);
  }

  lastBotMessage(chatId: number): StoredMessage | undefined {
    const list = this.chats.get(chatId)?.botMessages ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.deleted) return list[i];
    return undefined;
  }

  getMessage(chatId: number, messageId: number): StoredMessage | undefined {
    return this.chats.get(chatId)?.messages.get(messageId);
  }

  getFile(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Commands set with setMyCommands (default scope and language unless given). */
  myCommands(scope: unknown = { type: 'default' }, languageCode = ''): BotCommand[] {
    return this.commands.get(this.commandsKey(scope, languageCode)) ?? [];
  }

  lastChatAction(chatId: number): { action: string; time: number } | undefined {
    return this.chats.get(chatId)?.lastChatAction;
  }

  /** Updates waiting to be fetched or delivered. */
  get pendingUpdates(): number {
    return this.queue.length - this.queueHead + this.webhookQueue.length + this.webhookInFlight;
  }

  /** True while a getUpdates long poll is waiting (the bot is polling and idle). */
  get isPolling(): boolean {
    return this.waiter !== undefined;
  }

  get webhookInfo(): WebhookInfoState | undefined {
    return this.webhook;
  }

  /** Message-event seq now (pass as `since` to wait only for what comes next). */
  get seq(): number {
    return this.eventSeq;
  }

  get stats(): Stats {
    return { ...this.counters, byMethod: { ...this.counters.byMethod } };
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Forgets the call log and message events (chats, files and settings stay). */
  clearLog(): void {
    this.calls.length = 0;
  }

  // ---------------------------------------------------------------- waiting

  /**
   * Resolves with the first message event (sent or edited) after `since` whose message satisfies the
   * predicate. `since` defaults to the last user input (sendText/sendCommand/pressButton...), so
   * "send, then wait for the answer" has no race.
   */
  waitFor(
    predicate: (m: StoredMessage, type: MessageEventType) => boolean,
    timeoutMs = 5000,
    opts: { since?: number; types?: MessageEventType[] } = {},
  ): Promise<StoredMessage> {
    const since = opts.since ?? this.inputSeq;
    const types = opts.types ?? ['sent', 'edited'];
    let first = this.messageEvents.length;
    while (first > 0 && this.messageEvents[first - 1]!.seq > since) first--;
    for (let i = first; i < this.messageEvents.length; i++) {
      const e = this.messageEvents[i]!;
      if (types.includes(e.type) && predicate(e.message, e.type)) return Promise.resolve(e.message);
    }
    return new Promise((resolve, reject) => {
      const onMessage = (m: StoredMessage, type: MessageEventType) => {
        if (!types.includes(type) || !predicate(m, type)) return;
        cleanup();
        resolve(m);
      };
      const timer = setTimeout(() => {
        cleanup();
        const recent = this.messageEvents
          .slice(-5)
          .map((e) => `  [chat ${e.message.chatId} ${e.type}] ${e.message.text.slice(0, 200)}`)
          .join('\n');
        reject(new Error(`waitFor timed out after ${timeoutMs} ms; last messages:\n${recent || '  (none)'}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('message', onMessage);
      };
      this.on('message', onMessage);
    });
  }

  /** Waits for the bot to send (or edit) a message in the chat matching the text, after the chat's last input. */
  waitForMessage(
    chatId: number,
    match: RegExp | string | ((m: StoredMessage) => boolean) = () => true,
    timeoutMs = 5000,
  ): Promise<StoredMessage> {
    const test =
      typeof match === 'function'
        ? match
        : typeof match === 'string'
          ? (m: StoredMessage) => m.text.includes(match)
          : (m: StoredMessage) => match.test(m.text);
    const since = this.chats.get(chatId)?.inputSeq ?? 0;
    return this.waitFor((m) => m.chatId === chatId && m.from === 'bot' && test(m), timeoutMs, { since });
  }

  /** Waits for the bot to answer a callback query (pressButton's id). */
  waitForCallbackAnswer(queryId: string, timeoutMs = 5000): Promise<CallbackAnswer> {
    const known = this.callbackAnswers.get(queryId);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const on = (a: CallbackAnswer) => {
        if (a.queryId !== queryId) return;
        clearTimeout(timer);
        this.off('callbackAnswer', on);
        resolve(a);
      };
      const timer = setTimeout(() => {
        this.off('callbackAnswer', on);
        reject(new Error(`callback query ${queryId} not answered within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('callbackAnswer', on);
    });
  }

  /** Waits for a bot call to `method` (arriving after now) whose params satisfy the predicate. */
  waitForCall(method: string, predicate: (c: ApiCall) => boolean = () => true, timeoutMs = 5000): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      const on = (c: ApiCall) => {
        if (c.method !== method || !predicate(c)) return;
        clearTimeout(timer);
        this.off('call', on);
        resolve(c);
      };
      const timer = setTimeout(() => {
        this.off('call', on);
        reject(new Error(`no ${method} call within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('call', on);
    });
  }

  /**
   * Resolves once every update has been fetched and confirmed (or delivered to the webhook), no call is in
   * flight and the bot has made no call for `quietMs`. Rejects after `timeoutMs`.
   */
  async waitForIdle(opts: { quietMs?: number; timeoutMs?: number } = {}): Promise<void> {
    const quietMs = opts.quietMs ?? 50;
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (;;) {
      const now = Date.now();
      const unconfirmed = this.queue.length - this.queueHead + this.webhookQueue.length + this.webhookInFlight;
      // An undelivered update with a waiting long poll means the poller has not taken it yet.
      if (unconfirmed === 0 && this.inFlight === 0 && now - this.lastCallAt >= quietMs) return;
      if (now > deadline) throw new Error(`waitForIdle: still busy after ${opts.timeoutMs ?? 10_000} ms`);
      await sleep(Math.min(quietMs, 20));
    }
  }

  /** True while updates are unconfirmed, calls are in flight, or a call came within `quietMs`. */
  isBusy(quietMs = 50): boolean {
    const unconfirmed = this.queue.length - this.queueHead + this.webhookQueue.length + this.webhookInFlight;
    return unconfirmed > 0 || this.inFlight > 0 || Date.now() - this.lastCallAt < quietMs;
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `count` calls to `method` ('*' for any) fail with this error. */
  failNext(method: string, fault: Fault, count = 1): void {
    this.faults.push(method, fault, count);
  }

  /** The next `count` calls to `method` ('*' for any) lose their connection (a network error for the bot). */
  dropNext(method: string, count = 1): void {
    this.faults.push(method, 'drop', count);
  }

  /**
   * Sends to the chat answer 403 "Forbidden: bot was blocked by the user" until `unblockChat` or the user
   * writes again. With `notify`, a `my_chat_member` update (status "kicked") is queued too, as Telegram does.
   */
  blockChat(chatId: number, opts: { notify?: boolean } = {}): void {
    this.blocked.add(chatId);
    if (opts.notify) this.chatMemberUpdate(chatId, 'member', 'kicked');
  }

  private chatMemberUpdate(chatId: number, from: 'member' | 'kicked', to: 'member' | 'kicked'): void {
    const state = this.chatState(chatId);
    const user = state.user ?? toUser(chatId);
    const member = (status: 'member' | 'kicked') =>
      status === 'kicked' ? { status, user: this.botInfo, until_date: 0 } : { status, user: this.botInfo };
    this.pushUpdate({
      my_chat_member: {
        chat: state.chat,
        from: user,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member(from),
        new_chat_member: member(to),
      },
    } as Omit<Update, 'update_id'>);
  }

  unblockChat(chatId: number, opts: { notify?: boolean } = {}): void {
    this.blocked.delete(chatId);
    if (opts.notify) this.chatMemberUpdate(chatId, 'kicked', 'member');
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Answers 429 with `parameters.retry_after` when sends exceed these rates (token buckets). `null` turns it off. */
  enforceRates(limits: RateLimits | null): void {
    this.rates.configure(limits);
  }

  // ---------------------------------------------------------------- HTTP

  private respond(res: ServerResponse, body: ApiError | { ok: true; result: unknown }): void {
    const status = body instanceof ApiError ? body.errorCode : 200;
    const json = JSON.stringify(body instanceof ApiError ? body.toJSON() : body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) throw new ApiError(413, 'Request Entity Too Large');
      chunks.push(chunk as Buffer);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }

  private async parseRequest(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ params: Params; files: Record<string, UploadedFile> }> {
    const raw: Record<string, unknown> = {};
    for (const [k, v] of url.searchParams) raw[k] = v;
    let files: Record<string, UploadedFile> = {};
    const body = await this.readBody(req);
    if (body.length > 0) {
      const type = (req.headers['content-type'] ?? '').toLowerCase();
      if (type.startsWith('application/json')) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          throw badRequest("can't parse JSON object");
        }
        if (typeof parsed === 'object' && parsed !== null) Object.assign(raw, parsed);
      } else if (type.startsWith('multipart/form-data')) {
        const boundary = boundaryOf(req.headers['content-type'] ?? '');
        if (!boundary) throw badRequest('multipart boundary is missing');
        try {
          const mp = parseMultipart(body, boundary);
          Object.assign(raw, mp.fields);
          files = mp.files;
        } catch (err) {
          if (err instanceof MultipartError) throw badRequest(`can't parse multipart body: ${err.message}`);
          throw err;
        }
      } else {
        for (const [k, v] of new URLSearchParams(body.toString('utf8'))) raw[k] = v;
      }
    }
    return { params: normalizeParams(raw), files };
  }

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path.startsWith('/file/bot')) {
      this.serveFile(path, res);
      return;
    }
    const m = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(path);
    if (!m) {
      this.respond(res, notFound());
      return;
    }
    const time = Date.now();
    const method = this.methodNames.get(m[2]!.toLowerCase()) ?? m[2]!;
    this.inFlight++;
    this.lastCallAt = time;
    let params: Params = {};
    let outcome: ApiError | { ok: true; result: unknown };
    try {
      if (decodeURIComponent(m[1]!) !== this.token) throw unauthorized();
      const parsed = await this.parseRequest(req, url);
      params = parsed.params;
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      const handler = this.handlers[method];
      if (!handler) throw notFound();
      const fault = this.faults.take(method);
      if (fault === 'drop') {
        this.inFlight--;
        req.socket.destroy();
        this.record(method, params, time, new ApiError(599, 'connection dropped'));
        return;
      }
      if (fault) throw faultError(fault);
      if (typeof params.chat_id === 'number' && this.blocked.has(params.chat_id) && method !== 'getChat') {
        throw forbidden('bot was blocked by the user');
      }
      this.rates.check(method, params.chat_id);
      let result = handler(params, parsed.files, res);
      if (result instanceof Promise) {
        this.inFlight--; // a long poll is not "work in flight"
        try {
          result = await result;
        } finally {
          this.inFlight++;
        }
      }
      outcome = { ok: true, result };
    } catch (err) {
      if (err instanceof ApiError) outcome = err;
      else if (err instanceof EntityParseError) outcome = badRequest(`can't parse entities: ${err.message}`);
      else outcome = new ApiError(500, `Internal Server Error: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.inFlight--;
    this.lastCallAt = Date.now();
    this.record(method, params, time, outcome instanceof ApiError ? outcome : undefined);
    if (!res.destroyed) this.respond(res, outcome);
  }

  private record(method: string, params: Params, time: number, error?: ApiError): void {
    const c = this.counters;
    c.calls++;
    c.byMethod[method] = (c.byMethod[method] ?? 0) + 1;
    if (error) {
      c.errors++;
      if (error.errorCode === 429) c.tooManyRequests++;
    }
    const call: ApiCall = error
      ? { method, params, time, ok: false, errorCode: error.errorCode, description: error.description }
      : { method, params, time, ok: true };
    if (this.recordCalls) this.calls.push(call);
    if (this.listenerCount('call') > 0) this.emit('call', call);
  }

  private serveFile(path: string, res: ServerResponse): void {
    const m = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (!m || decodeURIComponent(m[1]!) !== this.token) {
      this.respond(res, m ? unauthorized() : notFound());
      return;
    }
    const file = this.filesByPath.get(decodeURIComponent(m[2]!));
    if (!file?.bytes) {
      this.respond(res, notFound());
      return;
    }
    res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length });
    res.end(file.bytes);
  }

  // ---------------------------------------------------------------- updates

  private enqueue(update: Update): void {
    this.counters.updatesEnqueued++;
    const kind = Object.keys(update).find((k) => k !== 'update_id') ?? 'message';
    const allowed = this.webhook?.allowedUpdates ? new Set(this.webhook.allowedUpdates) : this.allowedUpdates;
    if (allowed ? !allowed.has(kind) : DEFAULT_ALLOWED.has(kind)) return; // Telegram does not keep them
    if (this.listenerCount('update') > 0) this.emit('update', update);
    if (this.webhook) {
      this.webhookQueue.push(update);
      this.pumpWebhook();
      return;
    }
    this.queue.push(update);
    if (this.waiter && !this.wakeScheduled) {
      this.wakeScheduled = true;
      setImmediate(() => {
        this.wakeScheduled = false;
        const w = this.waiter;
        if (!w || this.queue.length === this.queueHead) return;
        this.waiter = undefined;
        if (w.timer) clearTimeout(w.timer);
        w.resolve(this.take(w.limit));
      });
    }
  }

  private take(limit: number): Update[] {
    const end = Math.min(this.queue.length, this.queueHead + limit);
    const batch = this.queue.slice(this.queueHead, end);
    this.counters.updatesDelivered += batch.length;
    return batch;
  }

  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) {
      this.queueHead = Math.max(this.queueHead, this.queue.length + offset);
    } else {
      while (this.queueHead < this.queue.length && this.queue[this.queueHead]!.update_id < offset) this.queueHead++;
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
  }

  private getUpdates(p: Params, res: ServerResponse | undefined): Update[] | Promise<Update[]> {
    if (this.webhook)
      throw conflict(
        "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const limit = Math.min(100, Math.max(1, int(p, 'limit') ?? 100));
    const timeout = Math.max(0, int(p, 'timeout') ?? 0);
    const allowed = obj<string[]>(p, 'allowed_updates', 'allowed updates');
    if (Array.isArray(allowed)) this.allowedUpdates = allowed.length ? new Set(allowed) : undefined;
    this.confirm(int(p, 'offset'));
    if (this.waiter) {
      const old = this.waiter;
      this.waiter = undefined;
      if (old.timer) clearTimeout(old.timer);
      old.resolve(conflict('terminated by other getUpdates request; make sure that only one bot instance is running'));
    }
    if (this.queue.length > this.queueHead || timeout === 0) return this.take(limit);
    return new Promise<Update[]>((resolve, reject) => {
      const waiter: Waiter = {
        limit,
        timer: undefined,
        resolve: (r) => (r instanceof ApiError ? reject(r) : resolve(r)),
      };
      waiter.timer = setTimeout(() => {
        if (this.waiter === waiter) this.waiter = undefined;
        resolve(this.take(limit));
      }, timeout * 1000);
      this.waiter = waiter;
      // The poller went away (aborted fetch, bot.stop()): forget it so it does not swallow a batch.
      res?.once('close', () => {
        if (this.waiter !== waiter) return;
        this.waiter = undefined;
        clearTimeout(waiter.timer);
        resolve([]);
      });
    });
  }

  private pumpWebhook(): void {
    const hook = this.webhook;
    if (!hook || this.webhookTimer) return;
    for (let i = 0; i < this.webhookQueue.length && this.webhookInFlight < hook.maxConnections; ) {
      const update = this.webhookQueue[i]!;
      const chat = this.updateChatId(update);
      if (chat !== undefined && this.webhookBusyChats.has(chat)) {
        i++;
        continue;
      }
      this.webhookQueue.splice(i, 1);
      if (chat !== undefined) this.webhookBusyChats.add(chat);
      this.webhookInFlight++;
      void this.postWebhook(hook, update).then((ok) => {
        this.webhookInFlight--;
        if (chat !== undefined) this.webhookBusyChats.delete(chat);
        if (ok) {
          this.webhookFailures = 0;
          this.counters.updatesDelivered++;
        } else if (this.webhook === hook) {
          this.webhookQueue.unshift(update);
          this.webhookFailures++;
          const delay = Math.min(5000, this.webhookRetryMs * 2 ** (this.webhookFailures - 1));
          this.webhookTimer ??= setTimeout(() => {
            this.webhookTimer = undefined;
            this.pumpWebhook();
          }, delay);
          return;
        } else {
          this.queue.push(update); // webhook removed meanwhile: keep it for getUpdates
        }
        this.pumpWebhook();
      });
    }
  }

  private async postWebhook(hook: WebhookInfoState, update: Update): Promise<boolean> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secretToken) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
    try {
      const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update) });
      const text = await res.text();
      if (!res.ok) {
        hook.lastErrorDate = Math.floor(Date.now() / 1000);
        hook.lastErrorMessage = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
        return false;
      }
      // A webhook reply: the answer body may itself be a method call.
      if (text.startsWith('{')) {
        try {
          const reply = JSON.parse(text) as { method?: unknown };
          if (typeof reply.method === 'string') this.invokeLocal(reply.method, reply as Params);
        } catch {
          // not JSON: ignored, like Telegram
        }
      }
      return true;
    } catch (err) {
      hook.lastErrorDate = Math.floor(Date.now() / 1000);
      hook.lastErrorMessage = `Connection refused: ${err instanceof Error ? err.message : String(err)}`;
      return false;
    }
  }

  /** Runs a method as if called over HTTP (used for webhook replies). */
  private invokeLocal(method: string, raw: Params): void {
    const name = this.methodNames.get(method.toLowerCase());
    const params = normalizeParams(raw);
    delete params.method;
    const time = Date.now();
    try {
      if (!name) throw notFound();
      const result = this.handlers[name]!(params, {}, undefined);
      if (result instanceof Promise) void result.catch(() => undefined);
      this.record(name, params, time);
    } catch (err) {
      this.record(name ?? method, params, time, err instanceof ApiError ? err : badRequest(String(err)));
    }
  }

  private updateChatId(u: Update): number | undefined {
    return (
      u.message?.chat.id ?? u.edited_message?.chat.id ?? u.callback_query?.message?.chat.id ?? u.callback_query?.from.id
    );
  }

  // ---------------------------------------------------------------- chats and messages

  private chatState(chatId: number): ChatState {
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

  private userMessage(user: User, fields: Partial<Message>, kind: MessageKind, file?: StoredFile): Message {
    const state = this.chatState(user.id);
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
    this.trimChat(state);
    this.blocked.delete(user.id); // writing to the bot again unblocks it
    if (state.replyKeyboard?.oneTime) state.replyKeyboard = undefined;
    state.inputSeq = this.eventSeq;
    this.inputSeq = state.inputSeq;
    this.enqueue({ update_id: this.nextUpdateId++, message } as Update);
    return message;
  }

  private parseText(p: Params, textKey: 'text' | 'caption'): { text: string; entities: MessageEntity[] } {
    const raw = str(p, textKey) ?? '';
    const parseMode = str(p, 'parse_mode');
    let text = raw;
    let entities: MessageEntity[] = [];
    if (parseMode && parseMode.toLowerCase() === 'html') {
      const parsed = parseHtml(raw);
      text = parsed.text;
      entities = parsed.entities;
    } else if (!parseMode) {
      const given = obj<MessageEntity[]>(p, textKey === 'text' ? 'entities' : 'caption_entities', 'entities');
      if (Array.isArray(given)) entities = given;
    } else if (!/^markdown(v2)?$/i.test(parseMode)) {
      throw badRequest(`unsupported parse_mode`);
    }
    return { text, entities };
  }

  private sendChatGuard(p: Params): ChatState {
    const id = chatId(p);
    return this.chatState(id);
  }

  private addBotMessage(
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
    this.trimChat(state);
    this.messageEvent('sent', stored);
    return stored.message;
  }

  private trimChat(state: ChatState): void {
    if (state.messages.size <= this.maxMessagesPerChat) return;
    const oldest = state.messages.keys().next().value;
    if (oldest === undefined) return;
    const dropped = state.messages.get(oldest);
    state.messages.delete(oldest);
    if (dropped?.from === 'bot' && state.botMessages[0] === dropped) state.botMessages.shift();
  }

  private messageEvent(type: MessageEventType, message: StoredMessage): void {
    this.eventSeq++;
    if (this.recordMessages) this.messageEvents.push({ seq: this.eventSeq, type, message });
    this.emit('message', message, type);
  }

  private findEditable(p: Params): { state: ChatState; stored: StoredMessage } {
    if (p.inline_message_id !== undefined) throw badRequest('MESSAGE_ID_INVALID');
    const state = this.sendChatGuard(p);
    const id = int(p, 'message_id');
    if (id === undefined) throw badRequest('message identifier is not specified');
    const stored = state.messages.get(id);
    if (!stored || stored.deleted) throw badRequest('message to edit not found');
    if (stored.from !== 'bot') throw badRequest("message can't be edited");
    return { state, stored };
  }

  private applyEdit(
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

  private storeFile(
    upload: UploadedFile | { url: string; filename: string; contentType: string },
    kind: FileKind = 'document',
  ): StoredFile {
    const n = this.nextFileId++;
    const filename = upload.filename.replace(/[\\/]/g, '_') || `file_${n}`;
    const ext = filename.includes('.') ? filename.slice(filename.lastIndexOf('.')) : '';
    const { idPrefix, folder } = FILE_KINDS[kind];
    const file: StoredFile = {
      fileId: `${idPrefix}${String(n).padStart(6, '0')}LOCAL${this.botInfo.id}`,
      fileUniqueId: `AgAD${String(n).padStart(6, '0')}`,
      filename,
      mimeType: mimeOf(filename, upload.contentType),
      filePath: `${folder}/file_${n}${ext}`,
    };
    if ('bytes' in upload) file.bytes = upload.bytes;
    else file.url = upload.url;
    this.files.set(file.fileId, file);
    this.filesByPath.set(file.filePath, file);
    return file;
  }

  private resolveInputFile(
    p: Params,
    files: Record<string, UploadedFile>,
    field: string,
    maxBytes: number,
    kind: FileKind = 'document',
  ): StoredFile {
    const value = p[field];
    let upload: UploadedFile | undefined;
    if (typeof value === 'string' && value.startsWith('attach://')) upload = files[value.slice('attach://'.length)];
    else if (files[field]) upload = files[field];
    if (upload) {
      if (upload.bytes.length > maxBytes) throw badRequest('file is too big');
      if (upload.bytes.length === 0) throw badRequest('file must be non-empty');
      return this.storeFile(upload, kind);
    }
    if (typeof value === 'string' && value !== '') {
      const known = this.files.get(value);
      if (known) return known;
      if (/^https?:\/\//i.test(value)) {
        const name = decodeURIComponent(new URL(value).pathname.split('/').pop() || field);
        return this.storeFile({ url: value, filename: name, contentType: 'application/octet-stream' });
      }
      throw badRequest('wrong file identifier/HTTP URL specified');
    }
    throw badRequest(`there is no ${field} in the request`);
  }

  private commandsKey(scope: unknown, languageCode: string): string {
    return `${JSON.stringify(scope ?? { type: 'default' })}|${languageCode}`;
  }

  // ---------------------------------------------------------------- methods

  private createHandlers(): Record<string, Handler> {
    const ok = () => true;
    return {
      getMe: () => this.botInfo,
      getUpdates: (p, _f, res) => this.getUpdates(p, res),
      logOut: ok,
      close: ok,

      setWebhook: (p) => {
        const url = str(p, 'url') ?? '';
        const secret = str(p, 'secret_token');
        if (secret !== undefined && secret !== '' && !SECRET_TOKEN.test(secret)) {
          throw badRequest('secret token contains unallowed characters');
        }
        if (url === '') return this.handlers.deleteWebhook!(p, {}, undefined);
        if (!/^https?:\/\//i.test(url)) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
        const allowed = obj<string[]>(p, 'allowed_updates', 'allowed updates');
        const maxConnections = Math.min(100, Math.max(1, int(p, 'max_connections') ?? 40));
        this.webhook = { url, maxConnections };
        if (secret) this.webhook.secretToken = secret;
        if (Array.isArray(allowed) && allowed.length) this.webhook.allowedUpdates = allowed;
        if (this.waiter) {
          const w = this.waiter;
          this.waiter = undefined;
          if (w.timer) clearTimeout(w.timer);
          w.resolve(conflict('terminated by setWebhook request'));
        }
        const pending = this.queue.splice(this.queueHead);
        this.queue.length = 0;
        this.queueHead = 0;
        if (!bool(p, 'drop_pending_updates')) this.webhookQueue.push(...pending);
        else this.webhookQueue.length = 0;
        this.webhookFailures = 0;
        this.pumpWebhook();
        return true;
      },
      deleteWebhook: (p) => {
        const hadHook = this.webhook !== undefined;
        this.webhook = undefined;
        if (this.webhookTimer) {
          clearTimeout(this.webhookTimer);
          this.webhookTimer = undefined;
        }
        if (bool(p, 'drop_pending_updates')) {
          this.queue.length = 0;
          this.queueHead = 0;
          this.webhookQueue.length = 0;
        } else if (hadHook) {
          this.queue.push(...this.webhookQueue.splice(0));
        }
        return true;
      },
      getWebhookInfo: () => {
        const h = this.webhook;
        const pending = this.pendingUpdates;
        if (!h) return { url: '', has_custom_certificate: false, pending_update_count: pending };
        return {
          url: h.url,
          has_custom_certificate: false,
          pending_update_count: pending,
          max_connections: h.maxConnections,
          ip_address: '127.0.0.1',
          ...(h.allowedUpdates ? { allowed_updates: h.allowedUpdates } : {}),
          ...(h.lastErrorDate ? { last_error_date: h.lastErrorDate, last_error_message: h.lastErrorMessage } : {}),
        };
      },

      sendMessage: (p) => {
        const state = this.sendChatGuard(p);
        if ((str(p, 'text') ?? '') === '') throw badRequest('message text is empty');
        const parsed = this.parseText(p, 'text');
        if (parsed.text.trim() === '') throw badRequest('message text is empty');
        if (parsed.text.length > MAX_TEXT) throw badRequest('message is too long');
        return this.addBotMessage(state, 'text', parsed, p, 'text', {});
      },
      sendDocument: (p, files) => {
        const state = this.sendChatGuard(p);
        const parsed = this.parseText(p, 'caption');
        if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
        const file = this.resolveInputFile(p, files, 'document', MAX_DOCUMENT);
        const document = {
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          file_name: file.filename,
          mime_type: file.mimeType,
          ...(file.bytes ? { file_size: file.bytes.length } : {}),
        };
        return this.addBotMessage(state, 'document', parsed, p, 'caption', { document }, file);
      },
      sendPhoto: (p, files) => {
        const state = this.sendChatGuard(p);
        const parsed = this.parseText(p, 'caption');
        if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
        const file = this.resolveInputFile(p, files, 'photo', MAX_PHOTO, 'photo');
        if (file.bytes && file.width === undefined) Object.assign(file, pngSize(file.bytes));
        const photo = [
          {
            file_id: file.fileId,
            file_unique_id: file.fileUniqueId,
            width: file.width ?? 0,
            height: file.height ?? 0,
            ...(file.bytes ? { file_size: file.bytes.length } : {}),
          },
        ];
        return this.addBotMessage(state, 'photo', parsed, p, 'caption', { photo }, file);
      },
      editMessageText: (p) => {
        const { stored } = this.findEditable(p);
        if (stored.kind !== 'text') throw badRequest('there is no text in the message to edit');
        if ((str(p, 'text') ?? '') === '') throw badRequest('message text is empty');
        const parsed = this.parseText(p, 'text');
        if (parsed.text.trim() === '') throw badRequest('message text is empty');
        if (parsed.text.length > MAX_TEXT) throw badRequest('MESSAGE_TOO_LONG');
        return this.applyEdit(stored, p, { text: { ...parsed, key: 'text' }, markup: false });
      },
      editMessageCaption: (p) => {
        const { stored } = this.findEditable(p);
        if (stored.kind === 'text') throw badRequest('there is no caption in the message to edit');
        const parsed = this.parseText(p, 'caption');
        if (parsed.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
        return this.applyEdit(stored, p, { text: { ...parsed, key: 'caption' }, markup: false });
      },
      editMessageReplyMarkup: (p) => {
        const { stored } = this.findEditable(p);
        return this.applyEdit(stored, p, { markup: true });
      },
      deleteMessage: (p) => {
        const state = this.sendChatGuard(p);
        const stored = state.messages.get(int(p, 'message_id') ?? -1);
        if (!stored || stored.deleted) throw badRequest('message to delete not found');
        stored.deleted = true;
        this.messageEvent('deleted', stored);
        return true;
      },
      deleteMessages: (p) => {
        const state = this.sendChatGuard(p);
        const ids = obj<number[]>(p, 'message_ids', 'message identifiers') ?? [];
        for (const id of ids) {
          const stored = state.messages.get(Number(id));
          if (stored && !stored.deleted) {
            stored.deleted = true;
            this.messageEvent('deleted', stored);
          }
        }
        return true;
      },
      answerCallbackQuery: (p) => {
        const id = str(p, 'callback_query_id') ?? '';
        const query = this.openQueries.get(id);
        if (!query) throw badRequest('query is too old and response timeout expired or query ID is invalid');
        this.openQueries.delete(id);
        const text = str(p, 'text');
        if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
        const answer: CallbackAnswer = {
          queryId: id,
          chatId: query.chatId,
          messageId: query.messageId,
          data: query.data,
          showAlert: bool(p, 'show_alert'),
          time: Date.now(),
          ...(text !== undefined ? { text } : {}),
          ...(str(p, 'url') ? { url: str(p, 'url') } : {}),
        };
        this.callbackAnswers.set(id, answer);
        this.emit('callbackAnswer', answer);
        return true;
      },
      sendChatAction: (p) => {
        const state = this.sendChatGuard(p);
        const action = str(p, 'action') ?? '';
        if (!CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
        state.lastChatAction = { action, time: Date.now() };
        this.emit('chatAction', { chatId: state.chat.id, action });
        return true;
      },
      getChat: (p) => ({ ...this.sendChatGuard(p).chat }),
      getFile: (p) => {
        const file = this.files.get(str(p, 'file_id') ?? '');
        if (!file) throw badRequest('invalid file_id');
        if (file.bytes && file.bytes.length > MAX_DOWNLOAD) throw badRequest('file is too big');
        return {
          file_id: file.fileId,
          file_unique_id: file.fileUniqueId,
          ...(file.bytes ? { file_size: file.bytes.length, file_path: file.filePath } : {}),
        };
      },

      setMyCommands: (p) => {
        const commands = obj<BotCommand[]>(p, 'commands', 'commands');
        if (!Array.isArray(commands)) throw badRequest('commands must be an Array');
        if (commands.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
        for (const c of commands) {
          const command = String(c?.command ?? '').replace(/^\//, '');
          if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
          const d = String(c?.description ?? '');
          if (d.length < 1 || d.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
        }
        const key = this.commandsKey(obj(p, 'scope', 'scope'), str(p, 'language_code') ?? '');
        this.commands.set(
          key,
          commands.map((c) => ({ command: c.command.replace(/^\//, ''), description: c.description })),
        );
        return true;
      },
      getMyCommands: (p) =>
        this.commands.get(this.commandsKey(obj(p, 'scope', 'scope'), str(p, 'language_code') ?? '')) ?? [],
      deleteMyCommands: (p) => {
        this.commands.delete(this.commandsKey(obj(p, 'scope', 'scope'), str(p, 'language_code') ?? ''));
        return true;
      },
      setChatMenuButton: (p) => {
        const button = obj(p, 'menu_button', 'menu button') ?? { type: 'default' };
        this.menuButtons.set(p.chat_id === undefined ? 'default' : String(chatId(p)), button);
        return true;
      },
      getChatMenuButton: (p) =>
        this.menuButtons.get(p.chat_id === undefined ? 'default' : String(chatId(p))) ??
        this.menuButtons.get('default') ?? { type: 'commands' },
      setMyDescription: ok,
      setMyShortDescription: ok,
      setMyName: ok,
    };
  }
}

export type { ReplyMarkup };
export { inlineButtons, replyKeyboardTexts };
