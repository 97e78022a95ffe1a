/** The inline buttons of a message as the local Bot API keeps it: label and callback data (or link). */
import type { StoredMessage } from '../../../local-bot-api/types.ts';

export interface SeenButton {
  text: string;
  data?: string;
  url?: string;
  webApp?: string;
}

type InlineButton = { text: string; callback_data?: string; url?: string; web_app?: { url: string } };

export function buttonsOf(message: StoredMessage | undefined): SeenButton[][] {
  const markup = message?.replyMarkup as { inline_keyboard?: InlineButton[][] } | undefined;
  // keyboardOf closes every row with row(), which leaves a trailing empty one (Telegram draws nothing for it).
  return (markup?.inline_keyboard ?? [])
    .filter((row) => row.length > 0)
    .map((row) =>
      row.map((b) => ({
        text: b.text,
        ...(b.callback_data !== undefined ? { data: b.callback_data } : {}),
        ...(b.url !== undefined ? { url: b.url } : {}),
        ...(b.web_app ? { webApp: b.web_app.url } : {}),
      })),
    );
}

/** Callback data of every button, row by row flattened. */
export function dataOf(message: StoredMessage | undefined): (string | undefined)[] {
  return buttonsOf(message)
    .flat()
    .map((b) => b.data);
}
