/**
 * A local Telegram Bot API server for `npm run chat`, integration tests and benchmarks.
 *
 *   const api = new LocalBotApi();
 *   const { apiRoot } = await api.start();
 *   const bot = new Bot(api.token, { client: { apiRoot }, botInfo: api.botInfo });
 *   void bot.start();
 *   api.sendCommand({ id: 42, first_name: 'Alice' }, 'plan');
 *   const reply = await api.waitForMessage(42, /plan/);
 *   api.clickButton(42, 'Done');
 *   await bot.stop(); await api.stop();
 */
export { ApiError } from './errors.ts';
export { EntityParseError, escapeHtml, parseHtml, unescapeHtml } from './html.ts';
export { inlineButtons, type ReplyMarkup, replyKeyboardTexts, validateMarkup } from './markup.ts';
export { boundaryOf, parseMultipart } from './multipart.ts';
export { DEFAULT_TOKEN, LocalBotApi } from './server.ts';
export type * from './types.ts';
