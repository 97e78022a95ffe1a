import { runCli } from '../../src/cli.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(
  argv: string[],
  env: Record<string, string | undefined>,
  now = new Date(),
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    io: {
      out: (t) => {
        stdout += t.endsWith('\n') ? t : `${t}\n`;
      },
      err: (t) => {
        stderr += t.endsWith('\n') ? t : `${t}\n`;
      },
    },
    env,
    now: () => now,
  });
  return { code, stdout, stderr };
}
