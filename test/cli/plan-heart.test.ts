/** `cli plan --max-hr N --resting-hr N` (issue 13): heart-rate ranges under the printed plan, bad values refused. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.ts';
import { registerPlanCommand } from '../../src/cli/plan.ts';

function run(...args: string[]): { out: string[]; error: unknown } {
  const out: string[] = [];
  const program = new Command().name('runcoach').exitOverride();
  program.configureOutput({ writeOut: () => {}, writeErr: () => {} });
  registerPlanCommand(program, { out: (t) => out.push(t), err: () => {} }, () => '2026-06-22');
  let error: unknown = null;
  try {
    program.parse(['node', 'runcoach', 'plan', ...args]);
  } catch (e) {
    error = e;
  }
  return { out, error };
}

const HALF = ['--goal', 'half', '--race-date', '2026-10-25', '--weekly-km', '30'];

describe('cli plan with heart rate', () => {
  it('prints Karvonen ranges under the plan: max 188, resting 52 gives easy 132–153 bpm', () => {
    const { out, error } = run(...HALF, '--max-hr', '188', '--resting-hr', '52');
    expect(error).toBeNull();
    const text = out.join('\n');
    expect(text).toMatch(/Heart rate, by heart-rate reserve \(Karvonen\)/);
    expect(text).toMatch(/easy and long\s+132–153 bpm/);
    expect(text).toMatch(/threshold\s+165–172 bpm/);
  });

  it('with a maximum alone uses its share (Daniels: easy 65–79 %)', () => {
    const { out } = run(...HALF, '--max-hr', '200');
    expect(out.join('\n')).toMatch(/easy and long\s+130–158 bpm/);
  });

  it('without heart rate prints no heart-rate block, and --json is the plan JSON unchanged', () => {
    expect(run(...HALF).out.join('\n')).not.toMatch(/Heart rate/);
    const json = run(...HALF, '--max-hr', '188', '--json').out.join('');
    expect(() => JSON.parse(json)).not.toThrow();
  });

  it('refuses bad values with one clear line each', () => {
    const cases: [string[], RegExp][] = [
      [['--max-hr', '1880'], /^--max-hr must be from 120 to 230$/],
      [['--max-hr', 'fast'], /^--max-hr must be a whole number/],
      [['--max-hr', '188', '--resting-hr', '20'], /^--resting-hr must be from 30 to 100$/],
      [['--resting-hr', '52'], /^--resting-hr needs --max-hr too$/],
      [['--max-hr', '130', '--resting-hr', '100'], /too close/],
    ];
    for (const [flags, message] of cases) {
      const { error } = run(...HALF, ...flags);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(message);
    }
  });
});
