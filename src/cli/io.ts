/** Where a CLI command writes: stdout is the result, stderr is for humans (contracts.md). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Bad input from the operator: exit 2 with the message on stderr. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** The command was understood but failed: exit 1. */
export class CommandFailed extends Error {
  readonly exitCode = 1;
}
