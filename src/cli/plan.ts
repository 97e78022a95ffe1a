/**
 * `runcoach plan`: previews a training plan (contracts.md, "CLI commands"). A readable table by default, the plan
 * JSON with --json. A bad request is a UsageError (exit 2, reason on stderr); with --json the reason is also
 * printed on stdout as {"error": "..."}.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { ENGLISH, planErrorText, warningText } from '../coach/replies/engine-words.ts';
import { durationSchema, GOALS, localDateSchema, WEEKDAYS } from '../coach/tools/schemas.ts';
import type { GoalDistance, PlanRequest } from '../training/index.ts';
import {
  DEFAULTS,
  formatPlanTable,
  generatePlan,
  isIsoDate,
  type PlanWarning,
  parseDuration,
  parseRaceTime,
} from '../training/index.ts';
import { type CliIo, UsageError } from './io.ts';
import { heartBlock, heartFromFlags } from './plan-heart.ts';

const numberFlag = (name: string, min: number, max: number, int: boolean) =>
  z
    .string()
    .trim()
    .regex(int ? /^\d+$/ : /^\d+(\.\d+)?$/, `${name} must be a ${int ? 'whole ' : ''}number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be from ${min} to ${max}`);

const flagsSchema = z.object({
  goal: z.enum(GOALS, { error: () => '--goal must be one of 5k, 10k, half, marathon' }),
  raceDate: localDateSchema,
  start: localDateSchema.optional(),
  weeklyKm: numberFlag('--weekly-km', 0, 300, false).optional(),
  days: numberFlag('--days', 2, 7, true).optional(),
  longRunDay: z
    .enum(WEEKDAYS, { error: () => '--long-run-day must be one of mon, tue, wed, thu, fri, sat, sun' })
    .optional(),
  recentRace: z
    .string()
    .regex(
      /^(5k|10k|half|marathon)=[^@\s]+(@\S+)?$/,
      '--recent-race must look like 10k=61:18@2026-10-04 (5k, 10k, half or marathon = H:MM:SS or MM:SS, @ the race date)',
    )
    .optional(),
  longestRun: numberFlag('--longest-run', 0, 100, false).optional(),
  goalTime: durationSchema.optional(),
  json: z.boolean().optional(),
});

const FLAG_NAMES: Record<string, string> = {
  goal: '--goal',
  raceDate: '--race-date',
  start: '--start',
  weeklyKm: '--weekly-km',
  days: '--days',
  longRunDay: '--long-run-day',
  recentRace: '--recent-race',
  goalTime: '--goal-time',
  longestRun: '--longest-run',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0] ?? '');
  const flag = FLAG_NAMES[key] ?? key;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${flag} is required`;
  return issue.message.startsWith('--') ? issue.message : `${flag}: ${issue.message}`;
}

function toRequest(raw: unknown, today: string): PlanRequest {
  const parsed = flagsSchema.safeParse(raw);
  // One line per bad value, so the runner sees every problem at once.
  if (!parsed.success) throw new UsageError(parsed.error.issues.map(describeIssue).join('\n'));
  const f = parsed.data;
  const req: PlanRequest = {
    goal: f.goal,
    raceDate: f.raceDate,
    startDate: f.start ?? today,
    weeklyKm: f.weeklyKm ?? DEFAULTS.weeklyKm,
    daysPerWeek: f.days ?? DEFAULTS.daysPerWeek,
    longRunDay: f.longRunDay ?? DEFAULTS.longRunDay,
  };
  if (f.recentRace) {
    const [distance, rest] = f.recentRace.split('=') as [GoalDistance, string];
    const [time, date] = rest.split('@') as [string, string | undefined];
    const timeSec = parseRaceTime(time);
    if (timeSec === null)
      throw new UsageError('--recent-race: the time must be H:MM:SS or MM:SS (minutes may pass 59), e.g. 10k=61:18');
    // The race's date: when it was run (today when left out); rule 16 ignores results older than 8 weeks.
    const raceDate = date ?? today;
    if (!isIsoDate(raceDate)) throw new UsageError(`--recent-race: "${date}" is not a date (use YYYY-MM-DD)`);
    if (raceDate > today) throw new UsageError(`--recent-race: the race date ${raceDate} is in the future`);
    req.recentRace = { distance, timeSec, date: raceDate };
  }
  if (f.longestRun !== undefined) req.longestRunKm = f.longestRun;
  if (f.goalTime) {
    const timeSec = parseDuration(f.goalTime);
    if (timeSec === null) throw new UsageError('--goal-time must be H:MM:SS or MM:SS');
    req.goalTimeSec = timeSec;
  }
  return req;
}

export function registerPlanCommand(program: Command, io: CliIo, today: () => string): void {
  program
    .command('plan')
    .description('preview a training plan (a table, or the plan JSON with --json)')
    .option('--goal <goal>', 'race distance: 5k, 10k, half or marathon')
    .option('--race-date <date>', 'race day, YYYY-MM-DD')
    .option('--start <date>', 'first day of the plan, YYYY-MM-DD (default: today)')
    .option('--weekly-km <n>', `current weekly km (default: ${DEFAULTS.weeklyKm})`)
    .option('--days <n>', `running days a week, 2-7 (default: ${DEFAULTS.daysPerWeek})`)
    .option('--long-run-day <day>', `mon..sun (default: ${DEFAULTS.longRunDay})`)
    .option(
      '--recent-race <dist=TIME[@DATE]>',
      'a recent race and when it was run, e.g. 10k=61:18@2026-10-04, to set paces',
    )
    .option('--longest-run <km>', 'your longest run of the last 30 days (the plan grows from it by at most 10 %)')
    .option('--goal-time <TIME>', 'target finish time, H:MM:SS or MM:SS')
    .option('--max-hr <bpm>', 'maximum heart rate: heart-rate ranges under the plan')
    .option('--resting-hr <bpm>', 'resting heart rate (with --max-hr: Karvonen heart-rate reserve)')
    .option('--json', 'print the plan JSON')
    .action((opts: Record<string, unknown>) => {
      const json = opts.json === true;
      try {
        const req = toRequest(opts, today());
        const heart = heartFromFlags(opts);
        const outcome = generatePlan(req);
        if (!outcome.ok) throw new UsageError(planErrorText(ENGLISH, outcome.error));
        const english = (w: PlanWarning) => warningText(ENGLISH, w);
        io.out(
          json
            ? JSON.stringify({ ...outcome.plan, warnings: outcome.plan.warnings.map(english) }, null, 2)
            : formatPlanTable(outcome.plan, english) + heartBlock(heart),
        );
      } catch (err) {
        if (json && err instanceof UsageError) io.out(JSON.stringify({ error: err.message }));
        throw err;
      }
    });
}
