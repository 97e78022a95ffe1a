/**
 * The Gemini coach behind a dynamic import: the SDK (@google/genai, ~20 MiB of RSS and ~0.7 s to load, measured
 * for issue 18) is only loaded by a process that has a key, and then in the background from the start, so the
 * first turn rarely waits for it. Without a key the composition root never touches this file's target.
 */
import type { Config } from '../../config.ts';
import type { Coach, CoachContext, CoachReply, MediaMessage } from '../types.ts';
import type { GeminiCoach, GeminiCoachOptions } from './coach.ts';

type Hooks = Pick<GeminiCoachOptions, 'onTurn' | 'onModelGone' | 'onModelSwitch'>;

export class LazyGeminiCoach implements Coach {
  private loaded: Promise<GeminiCoach> | undefined;

  constructor(
    private readonly config: Pick<Config, 'gemini' | 'maxMessageChars'>,
    private readonly hooks: Hooks = {},
  ) {
    // Start loading now (a failed load is reported by the first turn that needs it, not as an unhandled rejection).
    this.load().catch(() => undefined);
  }

  /** The Gemini coach, built once the SDK has loaded. */
  load(): Promise<GeminiCoach> {
    this.loaded ??= import('./coach.ts').then((m) => m.geminiCoachFromConfig(this.config, this.hooks));
    return this.loaded;
  }

  async reply(ctx: CoachContext, text: string): Promise<CoachReply> {
    return (await this.load()).reply(ctx, text);
  }

  /** A key is configured (this coach is only built with one), so Gemini hears and sees. */
  hearsAndSees(): boolean {
    return this.config.gemini.apiKey !== undefined && this.config.gemini.apiKey !== '';
  }

  async replyToMedia(ctx: CoachContext, media: MediaMessage): Promise<CoachReply> {
    return (await this.load()).replyToMedia(ctx, media);
  }
}
