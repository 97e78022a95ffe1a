/** The engine's plan warnings in English, as the CLI prints them: for assertions on what a warning says. */
import { ENGLISH, warningText } from '../../src/coach/replies/engine-words.ts';
import type { PlanWarning } from '../../src/training/notes.ts';

export function english(warnings: readonly PlanWarning[]): string {
  return warnings.map((w) => warningText(ENGLISH, w)).join(' ');
}
