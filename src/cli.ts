/**
 * The operator CLI (contracts.md): stdout is the result, stderr is for humans; exit 0 on success, 2 on bad
 * input with a clear message, 1 on failure.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerDataCommands } from './cli/data.ts';
import { registerDbCommands } from './cli/db.ts';
import type { CliDeps } from './cli/deps.ts';
import { type CliIo, processIo } from './cli/io.ts';
import { registerJobsCommands } from './cli/jobs.ts';
import { registerPlanCommand } from './cli/plan.ts';
import { registerStravaCommands } from './cli/strava.ts';
import { ConfigError } from './config.ts';
import { localDate } from './time/local.ts';

export type { CliDeps } from './cli/deps.ts';

export function buildProgram(deps: CliDeps): Command {
  const program = new Command();
  program
    .name('runcoach')
    .description('runcoach operator CLI')
    .exitOverride()
    .showHelpAfterError(true)
    .configureOutput({ writeOut: (s) => deps.io.out(s), writeErr: (s) => deps.io.err(s) });
  // `plan --start` defaults to today on the operator's own calendar.
  registerPlanCommand(program, deps.io, () => localDate(deps.now(), Intl.DateTimeFormat().resolvedOptions().timeZone));
  registerDbCommands(program, deps);
  registerJobsCommands(program, deps);
  registerStravaCommands(program, deps);
  registerDataCommands(program, deps);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns its exit code (never throws). */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const program = buildProgram(deps);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return exitCodeFor(err, deps.io);
  }
}

function exitCodeFor(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // Help and version are successes; every other commander error is bad input (message already printed).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      return 0;
    }
    return 2;
  }
  if (err instanceof ConfigError) {
    io.err(`runcoach: ${err.message}`);
    return 2;
  }
  if (err && typeof err === 'object' && 'exitCode' in err && typeof err.exitCode === 'number') {
    io.err(`runcoach: ${err instanceof Error ? err.message : String(err)}`);
    return err.exitCode;
  }
  io.err(`runcoach: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { loadDotenvFile } = await import('./config.ts');
  loadDotenvFile();
  const code = await runCli(process.argv.slice(2), { io: processIo, env: process.env, now: () => new Date() });
  process.exitCode = code;
}
