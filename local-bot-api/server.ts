/**
 * The test controls of the local Telegram Bot API: what a test (or `npm run chat`) does as the user (send texts,
 * commands, files, press buttons), what it reads back (messages, calls, files, settings), how it waits for the bot,
 * and the faults it injects. The fake Telegram itself is apart: its state (state/), its methods (methods/) and its
 * wire format (wire.ts).
 */
import { EventEmitter } from 'node:events';
import type {
  BotCommand,
  CallbackQuery,
  InaccessibleMessage,
  Message,
  MessageEntity,
  Update,
  UserFromGetMe,
} from 'grammy/types';
import { pngSize } from './images.ts';
import { MAX_TEXT, PHOTO_SIDES } from './limits.ts';
import { inlineButtons, type ReplyMarkup, replyKeyboardTexts } from './markup.ts';
import { createMethods } from './methods/index.ts';
import { ChatStore, toUser } from './state/chats.ts';
import { FileStore } from './state/files.ts';
import type { BotApiState } from './state/index.ts';
import { BotSettings } from './state/settings.ts';
import { UpdateQueue } from './state/updates.ts';
import type {
  ApiCall,
  CallbackAnswer,
  Fault,
  LocalBotApiOptions,
  MessageEvent,
  MessageEventType,
  RateLimits,
  Stats,
  StoredFile,
  StoredMessage,
  UserFile,
  UserLike,
  WebhookInfoState,
} from './types.ts';
import { HttpWire } from './wire.ts';

export const DEFAULT_TOKEN = '123456789:AAHlocal-bot-api-test-token-0000000';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const re = /(^|\s)(\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s|[.,!?;:])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    entities.push({ type: 'bot_command', offset: m.index + (m[1]?.length ?? 0), length: m[2]!.length });
  }
  return entities;
}

function withCaption<T extends object>(fields: T, caption: string | undefined): Partial<Message> {
  return (caption ? { ...fields, caption } : fields) as Partial<Message>;
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
  readonly calls: ApiCall[];
  /** Every message event (sent/edited/deleted), in order (empty when `recordMessages` is false). */
  readonly messageEvents: MessageEvent[];
  readonly callbackAnswers: Map<string, CallbackAnswer>;
  private readonly state: BotApiState;
  private readonly wire: HttpWire;

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
    const recordCalls = options.recordCalls ?? true;
    const counters: Stats = {
      calls: 0,
      errors: 0,
      tooManyRequests: 0,
      updatesEnqueued: 0,
      updatesDelivered: 0,
      byMethod: {},
    };
    // The queue delivers to the webhook through the wire, made after it: a late-bound call.
    const updates = new UpdateQueue(
      counters,
      options.webhookRetryMs ?? 200,
      (update) => {
        if (this.listenerCount('update') > 0) this.emit('update', update);
      },
      (hook, update) => this.wire.deliver(hook, update),
    );
    const chats = new ChatStore(
      this.botInfo,
      updates,
      this,
      options.maxMessagesPerChat ?? Number.POSITIVE_INFINITY,
      options.recordMessages ?? recordCalls,
    );
    this.state = {
      botInfo: this.botInfo,
      chats,
      files: new FileStore(this.botInfo.id),
      updates,
      settings: new BotSettings(),
      counters,
      events: this,
    };
    this.wire = new HttpWire(this.state, createMethods(this.state), {
      token: this.token,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      latencyMs: options.latencyMs ?? 0,
      recordCalls,
    });
    this.calls = this.wire.calls;
    this.messageEvents = chats.messageEvents;
    this.callbackAnswers = chats.callbackAnswers;
  }

  /** Whether bot calls are logged in `calls`. */
  get recordCalls(): boolean {
    return this.wire.recordCalls;
  }

  set recordCalls(on: boolean) {
    this.wire.recordCalls = on;
  }

  /** Whether message events are logged in `messageEvents`. */
  get recordMessages(): boolean {
    return this.state.chats.recordMessages;
  }

  set recordMessages(on: boolean) {
    this.state.chats.recordMessages = on;
  }

  // ---------------------------------------------------------------- lifecycle

  start(): Promise<{ apiRoot: string; port: number }> {
    return this.wire.start();
  }

  /** `http://127.0.0.1:<port>` once started (what grammY takes as `client.apiRoot`). */
  get apiRoot(): string {
    if (!this.wire.apiRoot) throw new Error('LocalBotApi is not started');
    return this.wire.apiRoot;
  }

  async stop(): Promise<void> {
    this.state.updates.stop();
    await this.wire.stop();
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
      last = this.state.chats.userMessage(user, { text: chunk, ...(entities.length ? { entities } : {}) }, 'text');
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
    const file = this.state.files.storeFromUser('document', doc, doc.filename);
    const document = {
      file_id: file.fileId,
      file_unique_id: file.fileUniqueId,
      file_name: file.filename,
      mime_type: file.mimeType,
      file_size: file.bytes!.length,
    };
    return this.state.chats.userMessage(toUser(from), withCaption({ document }, doc.caption), 'document', file);
  }

  /** The user records a voice note (`message.voice`: OGG/Opus, `audio/ogg`, with its duration in seconds). */
  sendVoiceFromUser(from: UserLike, voice: UserFile & { duration: number }): Message {
    const file = this.state.files.storeFromUser('voice', voice, 'voice.oga', voice.duration);
    const fields = {
      voice: {
        file_id: file.fileId,
        file_unique_id: file.fileUniqueId,
        duration: Math.round(voice.duration),
        mime_type: file.mimeType,
        file_size: file.bytes!.length,
      },
    };
    return this.state.chats.userMessage(toUser(from), withCaption(fields, voice.caption), 'voice', file);
  }

  /** The user sends a music or audio file (`message.audio`, e.g. an .mp3 or .m4a). */
  sendAudioFromUser(
    from: UserLike,
    audio: UserFile & { duration: number; title?: string; performer?: string },
  ): Message {
    const file = this.state.files.storeFromUser('audio', audio, 'audio.mp3', audio.duration);
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
    return this.state.chats.userMessage(toUser(from), withCaption(fields, audio.caption), 'audio', file);
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
      const file = this.state.files.storeFromUser('photo', { ...photo, bytes }, 'photo.jpg');
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
    return this.state.chats.userMessage(toUser(from), withCaption(fields, photo.caption), 'photo', original);
  }

  /**
   * The user presses an inline button: a callback_query update that references the bot's message
   * (an inaccessible-message stub when it does not exist). Any data is accepted, so forged data can be tested.
   * Returns the callback query id.
   */
  pressButton(chatId: number, messageId: number, data: string, from?: UserLike): string {
    const chats = this.state.chats;
    const state = chats.chat(chatId);
    const user = from !== undefined ? toUser(from) : (state.user ?? toUser(chatId));
    const stored = state.messages.get(messageId);
    const id = chats.newQueryId();
    const message: Message | InaccessibleMessage =
      stored && !stored.deleted ? stored.message : { chat: state.chat, message_id: messageId, date: 0 };
    const query: CallbackQuery = {
      id,
      from: user,
      message: message as CallbackQuery['message'],
      chat_instance: String(Math.abs(chatId) * 7919),
      data,
    };
    chats.openQueries.set(id, { chatId, messageId, data });
    chats.blocked.delete(user.id);
    chats.markInput(state);
    this.state.updates.enqueue({ update_id: this.state.updates.nextId(), callback_query: query });
    return id;
  }

  /**
   * Presses the button labelled `label` on the newest bot message of the chat that has one.
   * Throws, listing the buttons on offer, when there is none. Returns the callback query id.
   */
  clickButton(chatId: number, label: string | RegExp, from?: UserLike): string {
    const state = this.state.chats.chat(chatId);
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
    const kb = this.state.chats.chats.get(chatId)?.replyKeyboard?.keyboard;
    if (!kb || !('keyboard' in kb)) return [];
    return kb.keyboard.map((row) => row.map((b) => (typeof b === 'string' ? b : b.text)));
  }

  /** Enqueues any update (update_id is filled in). */
  pushUpdate(update: Omit<Update, 'update_id'>): Update {
    const full = { ...update, update_id: this.state.updates.nextId() } as Update;
    this.state.updates.enqueue(full);
    return full;
  }

  // ---------------------------------------------------------------- inspection

  /** Messages of a chat in order (bot and user; `from` tells them apart), or of all chats. */
  messages(chatId?: number, opts: { from?: 'bot' | 'user'; includeDeleted?: boolean } = {}): StoredMessage[] {
    const states =
      chatId === undefined
        ? [...this.state.chats.chats.values()]
        : [this.state.chats.chats.get(chatId)].filter((s) => !!s);
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
    return (this.state.chats.chats.get(chatId)?.botMessages ?? []).filter((m) => !m.deleted);
  }

  lastBotMessage(chatId: number): StoredMessage | undefined {
    const list = this.state.chats.chats.get(chatId)?.botMessages ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (!list[i]!.deleted) return list[i];
    return undefined;
  }

  getMessage(chatId: number, messageId: number): StoredMessage | undefined {
    return this.state.chats.chats.get(chatId)?.messages.get(messageId);
  }

  getFile(fileId: string): StoredFile | undefined {
    return this.state.files.get(fileId);
  }

  /** Commands set with setMyCommands (default scope and language unless given). */
  myCommands(scope: unknown = { type: 'default' }, languageCode = ''): BotCommand[] {
    return this.state.settings.getCommands(scope, languageCode) ?? [];
  }

  lastChatAction(chatId: number): { action: string; time: number } | undefined {
    return this.state.chats.chats.get(chatId)?.lastChatAction;
  }

  /** Updates waiting to be fetched or delivered. */
  get pendingUpdates(): number {
    return this.state.updates.pending;
  }

  /** True while a getUpdates long poll is waiting (the bot is polling and idle). */
  get isPolling(): boolean {
    return this.state.updates.isPolling;
  }

  get webhookInfo(): WebhookInfoState | undefined {
    return this.state.updates.webhook;
  }

  /** Message-event seq now (pass as `since` to wait only for what comes next). */
  get seq(): number {
    return this.state.chats.eventSeq;
  }

  get stats(): Stats {
    const c = this.state.counters;
    return { ...c, byMethod: { ...c.byMethod } };
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
    const since = opts.since ?? this.state.chats.inputSeq;
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
    const since = this.state.chats.chats.get(chatId)?.inputSeq ?? 0;
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
      const unconfirmed = this.state.updates.pending;
      // An undelivered update with a waiting long poll means the poller has not taken it yet.
      if (unconfirmed === 0 && this.wire.inFlight === 0 && now - this.wire.lastCallAt >= quietMs) return;
      if (now > deadline) throw new Error(`waitForIdle: still busy after ${opts.timeoutMs ?? 10_000} ms`);
      await sleep(Math.min(quietMs, 20));
    }
  }

  /** True while updates are unconfirmed, calls are in flight, or a call came within `quietMs`. */
  isBusy(quietMs = 50): boolean {
    const unconfirmed = this.state.updates.pending;
    return unconfirmed > 0 || this.wire.inFlight > 0 || Date.now() - this.wire.lastCallAt < quietMs;
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `count` calls to `method` ('*' for any) fail with this error. */
  failNext(method: string, fault: Fault, count = 1): void {
    this.wire.faults.push(method, fault, count);
  }

  /** The next `count` calls to `method` ('*' for any) lose their connection (a network error for the bot). */
  dropNext(method: string, count = 1): void {
    this.wire.faults.push(method, 'drop', count);
  }

  /**
   * Sends to the chat answer 403 "Forbidden: bot was blocked by the user" until `unblockChat` or the user
   * writes again. With `notify`, a `my_chat_member` update (status "kicked") is queued too, as Telegram does.
   */
  blockChat(chatId: number, opts: { notify?: boolean } = {}): void {
    this.state.chats.blocked.add(chatId);
    if (opts.notify) this.chatMemberUpdate(chatId, 'member', 'kicked');
  }

  private chatMemberUpdate(chatId: number, from: 'member' | 'kicked', to: 'member' | 'kicked'): void {
    const state = this.state.chats.chat(chatId);
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
    this.state.chats.blocked.delete(chatId);
    if (opts.notify) this.chatMemberUpdate(chatId, 'kicked', 'member');
  }

  setLatency(ms: number): void {
    this.wire.latencyMs = ms;
  }

  /** Answers 429 with `parameters.retry_after` when sends exceed these rates (token buckets). `null` turns it off. */
  enforceRates(limits: RateLimits | null): void {
    this.wire.rates.configure(limits);
  }
}

export type { ReplyMarkup };
export { inlineButtons, replyKeyboardTexts };
