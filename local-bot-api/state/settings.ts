/** The bot's settings Telegram keeps: command lists per scope and language, and menu buttons per chat. */
import type { BotCommand } from 'grammy/types';

export class BotSettings {
  private readonly commands = new Map<string, BotCommand[]>();
  readonly menuButtons = new Map<string, unknown>();

  private key(scope: unknown, languageCode: string): string {
    return `${JSON.stringify(scope ?? { type: 'default' })}|${languageCode}`;
  }

  getCommands(scope: unknown, languageCode: string): BotCommand[] | undefined {
    return this.commands.get(this.key(scope, languageCode));
  }

  setCommands(scope: unknown, languageCode: string, commands: BotCommand[]): void {
    this.commands.set(this.key(scope, languageCode), commands);
  }

  deleteCommands(scope: unknown, languageCode: string): void {
    this.commands.delete(this.key(scope, languageCode));
  }
}
