/** What every CLI command gets: its input and output, the environment and the clock (tests pass their own). */
import type { CliIo } from './io.ts';

export interface CliDeps {
  io: CliIo;
  env: Record<string, string | undefined>;
  /** The clock, for commands whose defaults depend on today. */
  now: () => Date;
}
