import type { Context } from 'grammy';
import type { Coach, CoachContext } from '../coach/types.ts';
import type { Config } from '../config.ts';
import type { Store, User } from '../db/store/index.ts';
import type { IntervalsService } from '../intervals/service.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics/registry.ts';

/** What createBot needs; everything injected so tests and the terminal chat build the very same bot. */
export interface BotDeps {
  token: string;
  apiRoot: string;
  store: Store;
  coach: Coach;
  now: () => Date;
  log: Logger;
  config: Pick<Config, 'publicUrl' | 'maxMessageChars'> & {
    stravaEnabled: boolean;
    /** Time zone of new runners until they tell theirs (the terminal chat uses the machine's). */
    defaultTimezone?: string;
  };
  /** Skips getMe at start (tests, the terminal chat). */
  botInfo?: import('grammy/types').UserFromGetMe;
  onScheduleChanged?: (userId: number) => void;
  metrics?: Metrics;
  /** How long an update that meets a locked database is tried again before the runner is told (default 10 min). */
  busyRetryWindowMs?: number;
  /** Builds the Strava connect answer when Strava is enabled (issue 7). */
  strava?: {
    /** `full`: the app is at STRAVA_ATHLETE_LIMIT and this runner has no link (no link is offered). */
    status(userId: number): { connected: boolean; athleteId?: number; full?: boolean; limit?: number };
    connectLink(userId: number): string;
    disconnect(userId: number): Promise<void>;
    /** The runner's Yes / No to "Link Strava athlete …?" (issue 15); the answer to send back. */
    answerLink?(userId: number, athleteId: number, yes: boolean): Promise<import('../coach/types.ts').OutgoingMessage>;
  };
  /** The intervals.icu link (when APP_SECRET is set, to keep API keys encrypted). */
  intervals?: IntervalsService;
}

export interface BotContextExtras {
  deps: BotDeps;
  /** The runner behind the update (created on first contact). */
  runner: User | undefined;
  coachCtx(): CoachContext;
}

export type BotContext = Context & BotContextExtras;
