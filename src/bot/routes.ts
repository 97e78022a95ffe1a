/**
 * The features in order, with each update sent straight to the first feature that can answer it.
 *
 * Why: grammY runs every handler a Composer registers as a filter (a `lazy` that builds a Composer per update), and
 * every filter an update passes stays suspended, awaiting the rest of the chain, until the reply is on the wire.
 * /today passed eleven of them and a button tap twenty-odd. With hundreds of updates in flight that cost more in
 * garbage collection than the answer itself (issue 18's update bench: CPU per /today 1,290–1,510 µs through the
 * whole chain, 1,060–1,170 µs from the commands feature on, same run).
 *
 * The order is unchanged: an update starts at the first feature that may answer it and goes on through every later
 * one, as before. Skipping the earlier features is safe only because they would have passed it on, which
 * test/bot/routes.test.ts checks for every command, button and kind of message.
 */
import { type CommandContext, Composer, Context, type MiddlewareFn, type NextFunction } from 'grammy';
import type { BotContext } from './context.ts';

export interface Feature {
  /** A name for logs and tests. */
  name: string;
  composer: Composer<BotContext>;
  /** The commands it answers (matched as grammY's `command` matches them: `/cmd`, `/cmd@thisbot`). */
  commands?: readonly string[];
  /** The button actions it answers: the callback data before its first `:` (`lang`, `set`...), or `*` for any. */
  callbacks?: readonly string[];
  /** It answers text that is none of the features' commands (free text, unknown commands, flows). */
  text?: boolean;
}

type CommandTest = (ctx: Context) => boolean;

/** Where an update starts: the index of the first feature that may answer it. */
export function routeStart(features: readonly Feature[]): (ctx: Context) => number {
  const commandTests: Array<[number, CommandTest]> = [];
  features.forEach((f, i) => {
    if (f.commands?.length) commandTests.push([i, Context.has.command([...f.commands])]);
  });
  const firstAnyCallback = features.findIndex((f) => f.callbacks?.includes('*'));
  const callbackStart = new Map<string, number>();
  features.forEach((f, i) => {
    for (const action of f.callbacks ?? []) {
      if (action === '*' || callbackStart.has(action)) continue;
      callbackStart.set(action, firstAnyCallback >= 0 ? Math.min(i, firstAnyCallback) : i);
    }
  });
  const firstText = features.findIndex((f) => f.text);
  return (ctx) => {
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) {
      const action = data.slice(0, data.includes(':') ? data.indexOf(':') : data.length);
      return callbackStart.get(action) ?? Math.max(firstAnyCallback, 0);
    }
    if (ctx.message?.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) {
      // A command message's own test may set ctx.match; the feature's filter sets it again to the same value.
      for (const [i, test] of commandTests) if (test(ctx)) return i;
    }
    if (ctx.message?.text !== undefined) return Math.max(firstText, 0);
    return 0;
  };
}

/**
 * The features as one middleware: each update runs from its first possible feature through the rest, in order.
 * Chained by hand rather than as a Composer of the rest: a Composer's middleware is a left-nested fold, so reaching
 * its first feature already passes one suspended layer per later feature; here a feature costs a layer only when
 * the one before it passes the update on.
 */
export function featureRoutes(features: readonly Feature[]): MiddlewareFn<BotContext> {
  const handlers = features.map((f) => f.composer.middleware());
  const runFrom = async (i: number, ctx: BotContext, next: NextFunction): Promise<void> => {
    const handler = handlers[i];
    if (!handler) return next();
    await handler(ctx, () => runFrom(i + 1, ctx, next));
  };
  const start = routeStart(features);
  return (ctx, next) => runFrom(start(ctx), ctx, next);
}

export type CommandHandler = (ctx: CommandContext<BotContext>) => Promise<unknown>;

/**
 * A feature's commands as one table: one grammY `command` test for all of them, then the handler by name. A
 * Composer with a `command` filter per command is a left-nested fold: the first command passes every later filter's
 * layer, each left suspended while the reply is on the wire (featureRoutes above).
 */
export function commandTable(table: Readonly<Record<string, CommandHandler>>): Composer<BotContext> {
  // grammY's own command test (it sets ctx.match as `command` does), without the Composer `command` builds for
  // every update it sees.
  const isCommand = Context.has.command(Object.keys(table));
  const composer = new Composer<BotContext>();
  composer.use((ctx, next) => {
    if (!isCommand(ctx)) return next();
    // `/name` or `/name@thisbot` at the start: the handler is the name's.
    const entity = ctx.message?.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
    const name = ctx.message?.text?.slice(1, entity?.length).split('@')[0] ?? '';
    return table[name]?.(ctx as CommandContext<BotContext>);
  });
  return composer;
}
