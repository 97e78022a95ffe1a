/**
 * CRON_SCHEDULE as a predicate on wall-clock instants. node-cron parses the expression (its syntax: 5 fields, or 6
 * with seconds first; names, ranges, steps, `L` for the last day of the month); the matching is ours, so that the
 * scheduler can ask "did a matching second pass?" from a monotonic timer instead of arming timers on the wall
 * clock (src/jobs/scheduler.ts). Times are the process's local time, as node-cron's are.
 */
import cron from 'node-cron';

export interface CronMatcher {
  /** The expression as given. */
  expression: string;
  /** Whether the second that contains `ms` matches. */
  matches(ms: number): boolean;
}

const FULL = { dayOfMonth: 31, dayOfWeek: 7 } as const;

/** Parses the expression; throws an Error whose message says what is wrong (for one configuration line). */
export function parseCron(expression: string): CronMatcher {
  const check = cron.validateDetailed(expression);
  if (!check.valid || !check.fields) {
    const why = check.errors.map((e) => e.message).join('; ') || 'not a cron expression';
    throw new Error(`"${expression}" is not a valid cron expression (${why}); e.g. "* * * * *" ticks every minute`);
  }
  const f = check.fields;
  const unsupported = [...f.dayOfMonth, ...f.dayOfWeek].filter((v) => typeof v === 'string' && v !== 'L');
  if (unsupported.length > 0) {
    throw new Error(
      `"${expression}": ${unsupported.join(', ')} is not supported here; use plain days, ranges and steps`,
    );
  }
  const seconds = new Set(f.second);
  const minutes = new Set(f.minute);
  const hours = new Set(f.hour);
  const months = new Set(f.month);
  const daysOfMonth = new Set(f.dayOfMonth.filter((v): v is number => typeof v === 'number'));
  const lastDayOfMonth = f.dayOfMonth.includes('L');
  // Sunday may be 0 or 7.
  const daysOfWeek = new Set(f.dayOfWeek.filter((v): v is number => typeof v === 'number').map((d) => d % 7));
  const domRestricted = daysOfMonth.size + (lastDayOfMonth ? 1 : 0) < FULL.dayOfMonth;
  const dowRestricted = daysOfWeek.size < FULL.dayOfWeek;
  return {
    expression,
    matches(ms) {
      const t = new Date(ms);
      if (!seconds.has(t.getSeconds()) || !minutes.has(t.getMinutes()) || !hours.has(t.getHours())) return false;
      if (!months.has(t.getMonth() + 1)) return false;
      const last = new Date(t.getFullYear(), t.getMonth() + 1, 0).getDate();
      const domOk = daysOfMonth.has(t.getDate()) || (lastDayOfMonth && t.getDate() === last);
      const dowOk = daysOfWeek.has(t.getDay());
      // Classic cron: when both day fields are restricted, either may match.
      if (domRestricted && dowRestricted) return domOk || dowOk;
      return domOk && dowOk;
    },
  };
}
