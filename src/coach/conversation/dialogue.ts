/**
 * Dialogue state: every question the coach asks registers the answer it expects, so the runner's next message
 * is read against it first ("How long did it take?" → "27 minutes"). Expectations are typed (zod), kept on the
 * user row (`users.pendingFlow`) and expire: a question asked yesterday does not swallow today's message.
 *
 * The registry (`QUESTIONS`) names every kind of question with an example answer and words for the Gemini
 * coach's per-turn facts, so a test can check that every question the bot can ask has an answer path.
 */
import { z } from 'zod';
import { GOALS, localDateSchema } from '../tools/schemas.ts';
import type { CoachContext } from '../types.ts';

/** How long an open question waits for its answer. */
export const EXPECT_TTL_MS = 12 * 3_600_000;
/** The guided setup may be finished on another day. */
export const SETUP_TTL_MS = 3 * 86_400_000;

const expiresAt = z.number().int().optional();

export const setupExpectation = z.object({
  kind: z.literal('setup'),
  goal: z.enum(GOALS).optional(),
  raceDate: localDateSchema.optional(),
  days: z.number().int().min(2).max(7).optional(),
  km: z.number().min(0).max(300).optional(),
  expiresAt,
});

/** A message that was missing one piece ("ran 5k, felt hard" without a time): its text, kept until answered. */
export const COMPLETIONS = ['duration', 'distance', 'race_date', 'pain'] as const;

export const expectationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('log'), expiresAt }),
  z.object({ kind: z.literal('feedback'), date: localDateSchema, expiresAt }),
  setupExpectation,
  z.object({ kind: z.literal('complete'), ask: z.enum(COMPLETIONS), text: z.string().max(1000), expiresAt }),
  z.object({ kind: z.literal('place'), next: z.enum(['morning', 'done']).optional(), expiresAt }),
  z.object({ kind: z.literal('morning_time'), expiresAt }),
  z.object({ kind: z.literal('cleared'), expiresAt }),
  // Rule 16: a race result slower than the runner's fitness waits for their word that it was all-out.
  z.object({
    kind: z.literal('race_confirm'),
    distance: z.enum(GOALS),
    time: z.string().max(16),
    date: localDateSchema.optional(),
    expiresAt,
  }),
]);

export type Expectation = z.infer<typeof expectationSchema>;
export type ExpectationKind = Expectation['kind'];
export type SetupExpectation = z.infer<typeof setupExpectation>;

/**
 * Every question the coach can ask, by what it expects: how the Gemini coach is told about it, and an answer a
 * runner would type (the registry test sends each one).
 */
export const QUESTIONS: Record<
  Exclude<ExpectationKind, 'complete'> | `complete:${(typeof COMPLETIONS)[number]}`,
  { forModel: string; example: string }
> = {
  log: { forModel: 'the run to log (distance and time)', example: '8k in 45:00' },
  feedback: { forModel: 'how the run felt (effort 1-10, feeling, pain)', example: 'felt heavy, 7/10' },
  setup: { forModel: 'the next answer of the guided plan setup', example: 'half marathon' },
  'complete:duration': { forModel: 'how long the run took', example: '27 minutes' },
  'complete:distance': { forModel: 'how far the run was', example: '8 km' },
  'complete:race_date': { forModel: 'the date of the goal race', example: 'April 11' },
  'complete:pain': { forModel: 'where it hurts and how bad (1-10)', example: 'knee, 4/10' },
  place: { forModel: 'their city or time zone', example: 'Berlin' },
  morning_time: { forModel: 'when the morning workout message should arrive (HH:MM)', example: '6:30' },
  cleared: {
    forModel: 'whether a doctor or physio has cleared them to run again (then call return_to_running)',
    example: "saw the physio, she says it's just tight, I can run easy again",
  },
  race_confirm: {
    forModel:
      'whether their slower race result was an all-out effort in fair conditions (yes: call update_profile with the same recentRace and confirmed true; no: keep the paces)',
    example: 'yes, it was all-out',
  },
};

export function questionKey(e: Expectation): keyof typeof QUESTIONS {
  return e.kind === 'complete' ? `complete:${e.ask}` : e.kind;
}

/** Registers what the next message should answer. */
export function expectAnswer(ctx: CoachContext, e: Expectation): void {
  const ttl = e.kind === 'setup' ? SETUP_TTL_MS : EXPECT_TTL_MS;
  ctx.store.users.update(ctx.userId, { pendingFlow: { ...e, expiresAt: ctx.now().getTime() + ttl } });
}

export function clearExpectation(ctx: CoachContext): void {
  ctx.store.users.update(ctx.userId, { pendingFlow: null });
}

/** The open question, if one is registered, well-formed and not expired (anything else is dropped). */
export function openExpectation(ctx: CoachContext): Expectation | null {
  const raw = (ctx.store.users.get(ctx.userId)?.pendingFlow ?? null) as unknown;
  if (raw === null || raw === undefined) return null;
  const parsed = expectationSchema.safeParse(raw);
  if (!parsed.success || (parsed.data.expiresAt !== undefined && parsed.data.expiresAt < ctx.now().getTime())) {
    clearExpectation(ctx);
    return null;
  }
  return parsed.data;
}

/** One line for the Gemini coach's facts: what the coach asked and is waiting for. */
export function expectationForModel(ctx: CoachContext): string | null {
  const e = openExpectation(ctx);
  if (!e) return null;
  const what = QUESTIONS[questionKey(e)].forModel;
  const context = e.kind === 'complete' ? ` (their earlier message: "${e.text.slice(0, 200)}")` : '';
  return `Open question: the coach just asked the runner for ${what}${context}. Read their message as the answer first.`;
}
