/**
 * The whole product's tables. Instants are UTC milliseconds (integer); training days are the runner's local
 * `YYYY-MM-DD` strings (design.md, principle 5). Durable queues (inbox, outbox) carry unique keys, status,
 * attempts and a lease so that retries and restarts are safe (principle 4).
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;

export const users = sqliteTable(
  'users',
  {
    /** The Telegram user id: identity always comes from the update. */
    telegramId: integer('telegram_id').primaryKey(),
    chatId: integer('chat_id').notNull(),
    name: text('name'),
    username: text('username'),
    languageCode: text('language_code'),
    /** The language the runner chose with /language (en es de fr it pt ru uk); null: follow languageCode. */
    language: text('language'),
    timezone: text('timezone').notNull().default('UTC'),
    morningTime: text('morning_time').notNull().default('06:30'),
    eveningTime: text('evening_time').notNull().default('20:00'),
    units: text('units', { enum: ['km', 'mi'] })
      .notNull()
      .default('km'),
    daysPerWeek: integer('days_per_week').notNull().default(4),
    weeklyKm: real('weekly_km').notNull().default(20),
    longRunDay: text('long_run_day', { enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] })
      .notNull()
      .default('sun'),
    recentRaceDistance: text('recent_race_distance', { enum: ['5k', '10k', 'half', 'marathon'] }),
    recentRaceTimeSec: integer('recent_race_time_sec'),
    /** Heart rate the runner told us, in bpm (training/zones/heart-rate.ts); null when unknown. */
    maxHr: integer('max_hr'),
    restingHr: integer('resting_hr'),
    lthrHr: integer('lthr_hr'),
    /** False after Telegram answers 403 (the runner blocked the bot); scheduled messages stop. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Whether the guided setup has been completed or skipped. */
    onboarded: integer('onboarded', { mode: 'boolean' }).notNull().default(false),
    /** Free-form per-user state for multi-step flows (e.g. guided /log), small JSON. */
    pendingFlow: text('pending_flow', { mode: 'json' }),
    /** Next scheduled sends as UTC instants, so due users come from an index, not a scan of every zone. */
    nextMorningAt: integer('next_morning_at'),
    nextEveningAt: integer('next_evening_at'),
    nextWeeklyAt: integer('next_weekly_at'),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
    /**
     * What the runner told us keeps them from normal training (src/coach/conversation/health.ts): illness or injury for some
     * days, or a hold on running after pain of 5/10 or more; small JSON, null when all is well.
     */
    health: text('health', { mode: 'json' }),
    /** Scheduled message kinds the runner paused ("stop sending me morning messages"); null: none. */
    pausedMessages: text('paused_messages', { mode: 'json' }).$type<('morning' | 'evening' | 'weekly')[]>(),
  },
  (t) => [
    index('users_next_morning').on(t.active, t.nextMorningAt),
    index('users_next_evening').on(t.active, t.nextEveningAt),
    index('users_next_weekly').on(t.active, t.nextWeeklyAt),
  ],
);

export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    goal: text('goal', { enum: ['5k', '10k', 'half', 'marathon'] }).notNull(),
    distanceKm: real('distance_km').notNull(),
    raceDate: text('race_date').notNull(),
    goalTimeSec: integer('goal_time_sec'),
    startDate: text('start_date').notNull(),
    vdot: real('vdot'),
    /** Pace zones in seconds per km, as the plan JSON has them. */
    paces: text('paces', { mode: 'json' }),
    warnings: text('warnings', { mode: 'json' }).notNull().default(sql`'[]'`),
    /** Weeks without their workouts: index, phase, startDate. */
    weeks: text('weeks', { mode: 'json' }).notNull(),
    /** What the plan was built from, as the engine's adaptation rules need it (weekly km, long run...). */
    baseline: text('baseline', { mode: 'json' }),
    /** Finish time predicted from the VDOT, H:MM:SS. */
    predictedTime: text('predicted_time'),
    /** The inputs the plan was generated from, so it can be regenerated or adapted. */
    request: text('request', { mode: 'json' }).notNull(),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [
    index('plans_user_status').on(t.userId, t.status),
    // One active plan per runner.
    uniqueIndex('plans_one_active').on(t.userId).where(sql`status = 'active'`),
  ],
);

export const workouts = sqliteTable(
  'workouts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    weekIndex: integer('week_index').notNull(),
    type: text('type', {
      enum: ['easy', 'recovery', 'long', 'tempo', 'intervals', 'marathon_pace', 'hills', 'race'],
    }).notNull(),
    distanceKm: real('distance_km').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** Structured steps: warm-up, repetitions with pace targets and recoveries, cool-down. */
    steps: text('steps', { mode: 'json' }),
    status: text('status', { enum: ['planned', 'done', 'partial', 'skipped', 'missed'] })
      .notNull()
      .default('planned'),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [
    // The engine schedules at most one workout a day; this keeps it so.
    uniqueIndex('workouts_plan_date').on(t.planId, t.date),
    index('workouts_user_date').on(t.userId, t.date),
  ],
);

export const runs = sqliteTable(
  'runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    startedAt: integer('started_at'),
    distanceKm: real('distance_km').notNull(),
    durationSec: integer('duration_sec').notNull(),
    /** Where the run came from; what each source allows is `src/runs/source-policy.ts`. */
    source: text('source', { enum: ['manual', 'strava', 'file', 'intervals'] }).notNull(),
    /**
     * The source's id (a Strava or intervals.icu activity id, a file's SHA-256); manual runs use a generated one,
     * so retries stay idempotent.
     */
    externalId: text('external_id').notNull(),
    rpe: integer('rpe'),
    notes: text('notes'),
    /** The plan day this run was matched to, and how it counted. */
    workoutDate: text('workout_date'),
    matchStatus: text('match_status', { enum: ['done', 'partial', 'extra'] }),
    /** Strava activity title and sport type: raw Strava data, purged after STRAVA_RETENTION_DAYS. */
    title: text('title'),
    sportType: text('sport_type'),
    raw: text('raw', { mode: 'json' }),
    rawPurgedAt: integer('raw_purged_at'),
    createdAt: integer('created_at').notNull().default(now),
    /** Average heart rate (bpm) when the source has it (activity files, intervals.icu). */
    avgHr: integer('avg_hr'),
  },
  (t) => [
    uniqueIndex('runs_source_external').on(t.source, t.externalId),
    index('runs_user_date').on(t.userId, t.date),
    index('runs_source_created').on(t.source, t.createdAt),
  ],
);

export const feedback = sqliteTable(
  'feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    // Null when the runner gave no effort ("knee hurts a bit, 3/10" rates the pain): an effort is never invented.
    rpe: integer('rpe'),
    feeling: text('feeling', { enum: ['great', 'good', 'ok', 'tired', 'exhausted'] }),
    painLocation: text('pain_location'),
    painSeverity: integer('pain_severity'),
    notes: text('notes'),
    runId: integer('run_id').references(() => runs.id, { onDelete: 'set null' }),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('feedback_user_date').on(t.userId, t.date)],
);

/** The conversation with the model: whole turns (all parts, thought signatures included). */
export const history = sqliteTable(
  'history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'model', 'summary'] }).notNull(),
    /** A Gemini Content object (role + parts) or, for summaries, a text. */
    content: text('content', { mode: 'json' }).notNull(),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [index('history_user_id').on(t.userId, t.id)],
);

/** Model usage per runner per UTC day: turn caps and token accounting. */
export const usage = sqliteTable(
  'usage',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    turns: integer('turns').notNull().default(0),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    totalTokens: integer('total_tokens').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export const stravaAccounts = sqliteTable(
  'strava_accounts',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    athleteId: integer('athlete_id').notNull(),
    /** AES-256-GCM with a key derived from APP_SECRET. */
    accessTokenEnc: text('access_token_enc').notNull(),
    refreshTokenEnc: text('refresh_token_enc').notNull(),
    expiresAt: integer('expires_at').notNull(),
    scope: text('scope').notNull(),
    createdAt: integer('created_at').notNull().default(now),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('strava_accounts_athlete').on(t.athleteId)],
);

/** Single-use OAuth `state` nonces and link tokens. */
export const oauthStates = sqliteTable('oauth_states', {
  nonce: text('nonce').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.telegramId, { onDelete: 'cascade' }),
  purpose: text('purpose').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
});

/** Webhook events, stored before they are acknowledged and processed afterwards. */
export const inbox = sqliteTable(
  'inbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    /** e.g. strava:activity:123:create:1700000000 — a duplicate delivery hits this key. */
    key: text('key').notNull(),
    payload: text('payload', { mode: 'json' }).notNull(),
    status: text('status', { enum: ['pending', 'processing', 'done', 'ignored', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull().default(now),
    leaseUntil: integer('lease_until'),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull().default(now),
    processedAt: integer('processed_at'),
  },
  (t) => [uniqueIndex('inbox_key').on(t.key), index('inbox_due').on(t.status, t.nextAttemptAt)],
);

/** Messages to send, written before any send: (user, kind, local date) keys make jobs idempotent. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    chatId: integer('chat_id').notNull(),
    kind: text('kind').notNull(),
    /** What to send: text with parse mode and keyboard, or a photo/document with caption. */
    payload: text('payload', { mode: 'json' }).notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed', 'dropped'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull().default(now),
    leaseUntil: integer('lease_until'),
    lastError: text('last_error'),
    telegramMessageId: integer('telegram_message_id'),
    createdAt: integer('created_at').notNull().default(now),
    sentAt: integer('sent_at'),
  },
  (t) => [uniqueIndex('outbox_key').on(t.key), index('outbox_due').on(t.status, t.nextAttemptAt)],
);

/** One row per job execution; the key (job + slot) makes a repeated tick harmless. */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    job: text('job').notNull(),
    key: text('key').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    status: text('status', { enum: ['running', 'ok', 'failed'] })
      .notNull()
      .default('running'),
    enqueued: integer('enqueued').notNull().default(0),
    error: text('error'),
  },
  (t) => [uniqueIndex('job_runs_key').on(t.key), index('job_runs_job_started').on(t.job, t.startedAt)],
);

/** Small operator state (e.g. the Strava subscription id). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull().default(now),
});

/**
 * A Strava link waiting for the runner's "Yes" in the chat that asked for it (issue 15: login CSRF). Tokens are
 * encrypted as in strava_accounts; no run flows until the link is confirmed, and an unconfirmed one expires.
 */
export const stravaPendingLinks = sqliteTable('strava_pending_links', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.telegramId, { onDelete: 'cascade' }),
  athleteId: integer('athlete_id').notNull(),
  /** "Ana R.": what the runner is asked to confirm. */
  athleteName: text('athlete_name').notNull(),
  accessTokenEnc: text('access_token_enc').notNull(),
  refreshTokenEnc: text('refresh_token_enc').notNull(),
  tokenExpiresAt: integer('token_expires_at').notNull(),
  scope: text('scope').notNull(),
  expiresAt: integer('expires_at').notNull(),
  createdAt: integer('created_at').notNull().default(now),
});
/** The runner's private calendar feed: `/calendar/TOKEN.ics`. A renewed token replaces the row (old link 404s). */
export const calendarFeeds = sqliteTable(
  'calendar_feeds',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    token: text('token').notNull(),
    createdAt: integer('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('calendar_feeds_token').on(t.token)],
);

/** A runner's intervals.icu link: athlete id and API key (AES-256-GCM with a key derived from APP_SECRET). */
export const intervalsAccounts = sqliteTable('intervals_accounts', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.telegramId, { onDelete: 'cascade' }),
  athleteId: text('athlete_id').notNull(),
  apiKeyEnc: text('api_key_enc').notNull(),
  createdAt: integer('created_at').notNull().default(now),
  updatedAt: integer('updated_at').notNull().default(now),
});

/** The workouts we put on a runner's intervals.icu calendar: one event per plan day, with what it was made from. */
export const intervalsEvents = sqliteTable(
  'intervals_events',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.telegramId, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    eventId: integer('event_id').notNull(),
    /** A fingerprint of the event as sent: a workout that changed is sent again. */
    hash: text('hash').notNull(),
    updatedAt: integer('updated_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.date] })],
);
