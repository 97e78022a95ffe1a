/** What the brains (offline coach, Gemini coach) and the bot exchange. */

import type { Store, User } from '../db/store/index.ts';
import type { Logger } from '../log.ts';

/** An inline button: `data` is callback data (≤ 64 bytes), `url` opens a link, `webApp` opens the Mini App. */
export type Button = { text: string; data: string } | { text: string; url: string } | { text: string; webApp: string };

/** One message the bot sends: HTML (escaped), optional inline keyboard rows, optional document. */
export interface OutgoingMessage {
  html: string;
  buttons?: Button[][];
  document?: { filename: string; content: Buffer | string; caption?: string };
  photo?: { filename: string; content: Buffer; caption?: string };
  /** A reply-keyboard button that shares the runner's location (instead of inline buttons). */
  requestLocation?: string;
  /** Removes a reply keyboard shown earlier (after the location was shared). */
  removeKeyboard?: boolean;
}

export interface CoachReply {
  messages: OutgoingMessage[];
  /** Which brain answered, for logs and metrics. */
  via: 'offline' | 'gemini' | 'command' | 'button';
}

/** Everything a tool or a brain needs, with the identity taken from the update (principle 2). */
export interface CoachContext {
  userId: number;
  store: Store;
  now: () => Date;
  log: Logger;
  /** Called after settings that move scheduled messages change (time zone, morning/evening time). */
  onScheduleChanged?: (userId: number) => void;
  /**
   * The runner as loaded when the update arrived: read-only paths (questions, the day's card) may use it instead
   * of reading again. Anything that writes reads the store.
   */
  user?: User | undefined;
}

/** A voice note (or audio file) or a photo the runner sent, downloaded for one turn and never stored. */
export interface MediaMessage {
  kind: 'voice' | 'photo';
  /** As Gemini takes it: audio/ogg, audio/mp3, image/jpeg... */
  mimeType: string;
  data: Uint8Array;
  /** Voice: its length in seconds. */
  seconds?: number;
  caption?: string;
}

export interface Coach {
  /** Answers a runner's free text. Never throws: failures become a polite message. */
  reply(ctx: CoachContext, text: string): Promise<CoachReply>;
  /** True when this coach can hear voice notes and read photos (the Gemini coach with a key). */
  hearsAndSees?(): boolean;
  /** Answers a voice note or a photo. Never throws; when no model can take it, asks the runner to type it. */
  replyToMedia?(ctx: CoachContext, media: MediaMessage): Promise<CoachReply>;
}
