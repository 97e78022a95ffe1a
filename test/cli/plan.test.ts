import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.ts';
import { registerPlanCommand } from '../../src/cli/plan.ts';
import type { Plan } from '../../src/training/index.ts';

function run(...args: string[]): { out: string[]; err: string[]; error: unknown } {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command().name('runcoach').exitOverride();
  program.configureOutput({ writeOut: () => {}, writeErr: () => {} });
  registerPlanCommand(program, { out: (t) => out.push(t), err: (t) => err.push(t) }, () => '2026-06-22');
  let error: unknown = null;
  try {
    program.parse(['node', 'runcoach', 'plan', ...args]);
  } catch (e) {
    error = e;
  }
  return { out, err, error };
}

const MARATHON = [
  '--goal',
  'marathon',
  '--race-date',
  '2026-10-25',
  '--weekly-km',
  '45',
  '--days',
  '5',
  '--recent-race',
  '10k=45:00',
];

describe('cli plan', () => {
  it('--json prints the plan JSON', () => {
    const { out, error } = run(...MARATHON, '--json');
    expect(error).toBeNull();
    expect(out).toHaveLength(1);
    const plan = JSON.parse(out[0] as string) as Plan;
    expect(plan.goal).toMatchObject({
      distance: 'marathon',
      distanceKm: 42.195,
      raceDate: '2026-10-25',
      goalTime: null,
    });
    expect(plan.startDate).toBe('2026-06-22');
    expect(plan.vdot).toBeCloseTo(45.3, 1);
    expect(plan.weeks).toHaveLength(18);
    expect(Object.keys(plan.paces ?? {})).toEqual(['easy', 'marathon', 'threshold', 'interval', 'repetition']);
    expect(plan.weeks[0]).toMatchObject({ index: 1, phase: 'base', startDate: '2026-06-22' });
    expect(plan.weeks[0]?.workouts[0]).toHaveProperty('status', 'planned');
  });

  it('prints a readable table by default', () => {
    const { out, error } = run(...MARATHON);
    expect(error).toBeNull();
    expect(out[0]).toMatch(/^Marathon on 2026-10-25/);
    expect(out[0]).toContain('Wk Phase  Starts');
  });

  it('takes --start, --long-run-day and --goal-time, and defaults the rest', () => {
    const { out } = run(
      '--goal',
      'half',
      '--race-date',
      '2026-12-06',
      '--start',
      '2026-09-07',
      '--long-run-day',
      'sat',
      '--goal-time',
      '1:45:00',
      '--json',
    );
    const plan = JSON.parse(out[0] as string) as Plan;
    expect(plan.startDate).toBe('2026-09-07');
    expect(plan.goal.goalTime).toBe('1:45:00');
    expect(plan.baseline).toMatchObject({ weeklyKm: 20, daysPerWeek: 4, longRunDay: 'sat' });
    const longs = plan.weeks.flatMap((w) => w.workouts).filter((w) => w.type === 'long');
    expect(longs.every((w) => new Date(`${w.date}T00:00:00Z`).getUTCDay() === 6)).toBe(true);
  });

  it.each([
    [['--goal', 'ultra', '--race-date', '2026-10-25'], /--goal must be one of/],
    [['--goal', 'marathon', '--race-date', '2026-06-01'], /in the past/],
    [['--goal', 'marathon', '--race-date', '2026-08-02'], /needs at least 12 weeks/],
    [['--goal', 'marathon'], /--race-date is required/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--days', '9'], /--days must be from 2 to 7/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--weekly-km', 'lots'], /--weekly-km must be a number/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--recent-race', '45:00'], /--recent-race must look like/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--goal-time', 'fast'], /--goal-time/],
    [['--goal', 'half', '--race-date', '2026-13-06'], /--race-date/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--long-run-day', 'funday'], /--long-run-day must be one of/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--longest-run', 'far'], /--longest-run must be a number/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--longest-run', '250'], /--longest-run must be from 0 to 100/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--recent-race', '10k=61:18@2026-02-30'], /is not a date/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--recent-race', '10k=61:18@2026-07-01'], /in the future/],
    [['--goal', 'half', '--race-date', '2026-12-06', '--recent-race', '10k=61:78'], /minutes may pass 59/],
  ])('bad input %o is a UsageError (exit 2) with the reason', (args, reason) => {
    const { out, error } = run(...args);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toMatch(reason);
    expect(out).toEqual([]);
  });

  it('several bad values: one clear line each', () => {
    const { error } = run(
      '--goal',
      'half',
      '--race-date',
      '2026-12-06',
      '--days',
      '9',
      '--weekly-km',
      'lots',
      '--longest-run',
      'far',
    );
    expect(error).toBeInstanceOf(UsageError);
    const lines = (error as UsageError).message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^--weekly-km must be a number$/);
    expect(lines[1]).toMatch(/^--days must be from 2 to 7$/);
    expect(lines[2]).toMatch(/^--longest-run must be a number$/);
  });

  it('--recent-race takes minutes past 59 and the race date; --longest-run sets where long runs grow from', () => {
    const { out, error } = run(
      '--goal',
      'half',
      '--race-date',
      '2026-12-06',
      '--weekly-km',
      '30',
      '--recent-race',
      '10k=61:18@2026-06-01',
      '--longest-run',
      '12',
      '--json',
    );
    expect(error).toBeNull();
    const plan = JSON.parse(out[0] as string) as Plan;
    // 10K in 1:01:18 is VDOT 31.5 (Daniels–Gilbert).
    expect(plan.vdot).toBeCloseTo(31.5, 0);
    const week1 = plan.weeks[0]?.workouts ?? [];
    // Rule 5: no run above 110 % of the 12 km longest run + 0.2 km.
    expect(week1.length).toBeGreaterThan(0);
    expect(Math.max(...week1.map((w) => w.distanceKm))).toBeLessThanOrEqual(13.4);
  });

  it('a race result older than 8 weeks does not set paces (rule 16)', () => {
    const { out, error } = run(
      '--goal',
      'half',
      '--race-date',
      '2026-12-06',
      '--recent-race',
      '10k=45:00@2026-03-01',
      '--json',
    );
    expect(error).toBeNull();
    const plan = JSON.parse(out[0] as string) as Plan;
    expect(plan.vdot).toBeNull();
    expect(plan.warnings.join(' ')).toMatch(/more than 8 weeks ago/);
  });

  it('with --json a bad request also prints {"error": ...} on stdout', () => {
    const { out, error } = run('--goal', 'marathon', '--race-date', '2026-06-01', '--json');
    expect(error).toBeInstanceOf(UsageError);
    expect(out).toHaveLength(1);
    const body = JSON.parse(out[0] as string) as { error: string };
    expect(body.error).toMatch(/in the past/);
    expect(body.error).toBe((error as UsageError).message);
  });
});
