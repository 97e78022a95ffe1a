/** Pausing and resuming the scheduled messages (morning workout, evening check-in, weekly summary). */

import { runnerOf } from './common.ts';
import { MESSAGE_KINDS } from './schemas.ts';
import { defineTool, fail, ok } from './tool.ts';

export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface MessagesSet {
  /** The kinds this call changed. */
  kinds: MessageKind[];
  paused: boolean;
  /** Every kind paused now, after the change. */
  pausedNow: MessageKind[];
}

export const setMessages = defineTool<'set_messages', MessagesSet>({
  name: 'set_messages',
  description:
    'Pauses or resumes scheduled messages: the morning workout, the evening check-in, the weekly summary (all three when kinds is left out). The scheduler honours it at once.',
  run(ctx, args) {
    const user = runnerOf(ctx);
    if (!user) return fail('err-not-started');
    const kinds = args.kinds ?? [...MESSAGE_KINDS];
    const current = new Set(user.pausedMessages ?? []);
    for (const k of kinds) {
      if (args.paused) current.add(k);
      else current.delete(k);
    }
    const pausedNow = MESSAGE_KINDS.filter((k) => current.has(k));
    ctx.store.users.update(ctx.userId, { pausedMessages: pausedNow.length ? pausedNow : null });
    return ok({ kinds, paused: args.paused, pausedNow });
  },
  forModel: (d) => d,
});
