/**
 * `seed --users N ...` (contracts.md): demo runners with profiles and plans, for demos and load tests. Fast at
 * 100,000: the plan is generated once (same inputs, same plan: design rule 12) and its rows are cloned per runner
 * with INSERT ... SELECT, in transactions of a few thousand runners.
 */
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { buildPlan } from '../coach/engine.ts';
import { ENGLISH, planErrorText } from '../coach/replies/engine-words.ts';
import { parseConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createStore, type Store } from '../db/store/index.ts';
import { computeNextSends } from '../jobs/schedule.ts';
import { addDays, isValidTimezone } from '../time/local.ts';
import { GOAL_DISTANCES, type GoalDistance, type PlanRequest } from '../training/types.ts';
import type { CliDeps } from './deps.ts';
import { UsageError } from './io.ts';

export const SEED_GOALS = GOAL_DISTANCES;
/** Default plan length by goal (weeks), comfortably over the engine's minimum. */
export const SEED_WEEKS: Record<GoalDistance, number> = { '5k': 8, '10k': 10, half: 12, marathon: 16 };
/** Demo ids start far above today's Telegram user ids, so they never collide with real runners. */
export const SEED_FIRST_ID = 100_000_000_000;

export interface SeedOptions {
  users: number;
  firstId?: number;
  /** One zone, or several used in turn (runner i gets zone i mod n). */
  timezones?: string[];
  morningTime?: string;
  eveningTime?: string;
  goal?: GoalDistance;
  /** Plan start, YYYY-MM-DD (default: today, UTC). */
  start?: string;
  /** Race date (default: start + the goal's usual weeks). */
  raceDate?: string;
  weeks?: number;
  weeklyKm?: number;
  daysPerWeek?: number;
  /** The clock the next-send instants are computed from. */
  now: Date;
  /** Runners per transaction. */
  batchSize?: number;
}

export interface SeedResult {
  created: number;
  /** Ids already taken (left as they were). */
  skipped: number;
  firstId: number;
  lastId: number;
  timezones: string[];
  goal: GoalDistance;
  startDate: string;
  raceDate: string;
  planWeeks: number;
  workoutsPerRunner: number;
  ms: number;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;
}

/** Checks the options; throws UsageError with the reason. */
export function validateSeed(o: SeedOptions): void {
  if (!Number.isSafeInteger(o.users) || o.users < 1 || o.users > 1_000_000) {
    throw new UsageError('--users must be a whole number from 1 to 1,000,000');
  }
  if (o.firstId !== undefined && (!Number.isSafeInteger(o.firstId) || o.firstId < 1)) {
    throw new UsageError('--first-id must be a positive whole number');
  }
  for (const tz of o.timezones ?? []) {
    if (!isValidTimezone(tz)) throw new UsageError(`--timezone: unknown IANA time zone "${tz}"`);
  }
  if (o.morningTime !== undefined && !HHMM.test(o.morningTime)) throw new UsageError('--morning must be HH:MM');
  if (o.eveningTime !== undefined && !HHMM.test(o.eveningTime)) throw new UsageError('--evening must be HH:MM');
  if (o.goal !== undefined && !SEED_GOALS.includes(o.goal)) {
    throw new UsageError(`--goal must be one of ${SEED_GOALS.join(', ')}`);
  }
  if (o.start !== undefined && !isIsoDate(o.start)) throw new UsageError('--start must be a date, YYYY-MM-DD');
  if (o.raceDate !== undefined && !isIsoDate(o.raceDate))
    throw new UsageError('--race-date must be a date, YYYY-MM-DD');
  if (o.weeks !== undefined && (!Number.isInteger(o.weeks) || o.weeks < 1 || o.weeks > 52)) {
    throw new UsageError('--weeks must be a whole number from 1 to 52');
  }
}

export function seedUsers(store: Store, o: SeedOptions): SeedResult {
  validateSeed(o);
  const t0 = performance.now();
  const goal = o.goal ?? 'half';
  const timezones = o.timezones?.length ? o.timezones : ['UTC'];
  const startDate = o.start ?? DateTime.fromJSDate(o.now, { zone: 'utc' }).toISODate()!;
  const raceDate = o.raceDate ?? addDays(startDate, 7 * (o.weeks ?? SEED_WEEKS[goal]) - 1);
  const morningTime = o.morningTime ?? '06:30';
  const eveningTime = o.eveningTime ?? '20:00';
  const request: PlanRequest = {
    goal,
    raceDate,
    startDate,
    weeklyKm: o.weeklyKm ?? 30,
    daysPerWeek: o.daysPerWeek ?? 4,
    longRunDay: 'sun',
  };
  const outcome = buildPlan(request);
  if (!outcome.ok) throw new UsageError(`cannot build the demo plan: ${planErrorText(ENGLISH, outcome.error)}`);
  const plan = outcome.plan;
  const firstId = o.firstId ?? SEED_FIRST_ID;
  const nowMs = o.now.getTime();
  const next = new Map(
    timezones.map((tz) => [tz, computeNextSends({ timezone: tz, morningTime, eveningTime }, nowMs)]),
  );

  let templatePlanId: number | null = null;
  let created = 0;
  let skipped = 0;
  const batch = o.batchSize ?? 5000;
  for (let from = 0; from < o.users; from += batch) {
    const to = Math.min(o.users, from + batch);
    store.transaction(() => {
      for (let i = from; i < to; i++) {
        const id = firstId + i;
        const tz = timezones[i % timezones.length] as string;
        const n = next.get(tz)!;
        const inserted = store.seed.insertUser({
          id,
          name: `Runner ${i + 1}`,
          timezone: tz,
          morningTime,
          eveningTime,
          daysPerWeek: request.daysPerWeek,
          weeklyKm: request.weeklyKm,
          nextMorningAt: n.nextMorningAt,
          nextEveningAt: n.nextEveningAt,
          nextWeeklyAt: n.nextWeeklyAt,
        });
        if (!inserted) {
          skipped++;
          continue;
        }
        if (templatePlanId === null) {
          // The first runner's plan goes through the store (the one writer of plan rows); the rest are copies.
          templatePlanId = store.plans.create(id, plan, request).id;
        } else {
          store.seed.copyPlan(id, templatePlanId);
        }
        created++;
      }
    });
  }
  return {
    created,
    skipped,
    firstId,
    lastId: firstId + o.users - 1,
    timezones,
    goal,
    startDate,
    raceDate,
    planWeeks: plan.weeks.length,
    workoutsPerRunner: plan.weeks.reduce((s, w) => s + w.workouts.length, 0),
    ms: Math.round(performance.now() - t0),
  };
}

const int = (name: string) => (v: string) => {
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a whole number`);
  return Number(v);
};

export function registerSeedCommand(program: Command, deps: CliDeps): void {
  program
    .command('seed')
    .description('create demo runners with profiles and plans (demos and load tests)')
    .requiredOption('--users <n>', 'how many runners', int('--users'))
    .option('--first-id <id>', `the first Telegram id (default ${SEED_FIRST_ID})`, int('--first-id'))
    .option('--timezone <tz>', 'IANA zone; several separated by commas are used in turn (default UTC)')
    .option('--morning <HH:MM>', 'morning message time (default 06:30)')
    .option('--evening <HH:MM>', 'evening check-in time (default 20:00)')
    .option('--goal <goal>', '5k, 10k, half or marathon (default half)')
    .option('--start <YYYY-MM-DD>', 'plan start (default today)')
    .option('--race-date <YYYY-MM-DD>', "race date (default: start plus the goal's usual weeks)")
    .option('--weeks <n>', 'plan length in weeks when --race-date is not given', int('--weeks'))
    .action(
      (opts: {
        users: number;
        firstId?: number;
        timezone?: string;
        morning?: string;
        evening?: string;
        goal?: string;
        start?: string;
        raceDate?: string;
        weeks?: number;
      }) => {
        const options: SeedOptions = {
          users: opts.users,
          now: deps.now(),
          ...(opts.firstId !== undefined ? { firstId: opts.firstId } : {}),
          ...(opts.timezone
            ? {
                timezones: opts.timezone
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }
            : {}),
          ...(opts.morning ? { morningTime: opts.morning } : {}),
          ...(opts.evening ? { eveningTime: opts.evening } : {}),
          ...(opts.goal ? { goal: opts.goal as GoalDistance } : {}),
          ...(opts.start ? { start: opts.start } : {}),
          ...(opts.raceDate ? { raceDate: opts.raceDate } : {}),
          ...(opts.weeks !== undefined ? { weeks: opts.weeks } : {}),
        };
        validateSeed(options);
        const config = parseConfig(deps.env);
        const store = createStore(openDatabase(config.databasePath, { migrate: true }));
        try {
          const result = seedUsers(store, options);
          deps.io.out(JSON.stringify(result));
          deps.io.err(
            `seeded ${result.created} runners (${result.skipped} ids already taken) with ${result.planWeeks}-week ${result.goal} plans in ${result.ms} ms`,
          );
        } finally {
          store.close();
        }
      },
    );
}
