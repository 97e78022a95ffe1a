/** Every Bot API method the fake serves, by group; the wire layer looks them up by name (case-insensitive). */
import type { BotApiState } from '../state/index.ts';
import { chatMethods } from './chats.ts';
import { messageMethods } from './messages.ts';
import { settingsMethods } from './settings.ts';
import type { Methods } from './types.ts';
import { updateMethods } from './updates.ts';

export type { CallContext, Method, Methods } from './types.ts';

export function createMethods(state: BotApiState): Methods {
  return {
    ...updateMethods(state),
    ...messageMethods(state),
    ...chatMethods(state),
    ...settingsMethods(state),
  };
}
