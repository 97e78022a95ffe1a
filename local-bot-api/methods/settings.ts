/** The bot's settings: commands, menu buttons, name and descriptions. */
import type { BotCommand } from 'grammy/types';
import { badRequest } from '../errors.ts';
import { chatId, obj, type Params, str } from '../params.ts';
import type { BotApiState } from '../state/index.ts';
import type { Methods } from './types.ts';

export function settingsMethods(s: BotApiState): Methods {
  const { settings } = s;
  const ok = () => true;
  const scopeOf = (p: Params) => obj(p, 'scope', 'scope');
  const languageOf = (p: Params) => str(p, 'language_code') ?? '';
  const menuKey = (p: Params) => (p.chat_id === undefined ? 'default' : String(chatId(p)));
  return {
    setMyCommands: (p) => {
      const commands = obj<BotCommand[]>(p, 'commands', 'commands');
      if (!Array.isArray(commands)) throw badRequest('commands must be an Array');
      if (commands.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
      for (const c of commands) {
        const command = String(c?.command ?? '').replace(/^\//, '');
        if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
        const d = String(c?.description ?? '');
        if (d.length < 1 || d.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
      settings.setCommands(
        scopeOf(p),
        languageOf(p),
        commands.map((c) => ({ command: c.command.replace(/^\//, ''), description: c.description })),
      );
      return true;
    },
    getMyCommands: (p) => settings.getCommands(scopeOf(p), languageOf(p)) ?? [],
    deleteMyCommands: (p) => {
      settings.deleteCommands(scopeOf(p), languageOf(p));
      return true;
    },
    setChatMenuButton: (p) => {
      const button = obj(p, 'menu_button', 'menu button') ?? { type: 'default' };
      settings.menuButtons.set(menuKey(p), button);
      return true;
    },
    getChatMenuButton: (p) =>
      settings.menuButtons.get(menuKey(p)) ?? settings.menuButtons.get('default') ?? { type: 'commands' },
    setMyDescription: ok,
    setMyShortDescription: ok,
    setMyName: ok,
  };
}
