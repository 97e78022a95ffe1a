/** Inline buttons: a label from the locale files and an action encoded as callback data (callback-data.ts). */
import type { Button } from '../coach/types.ts';
import { type ButtonAction, encode } from './callback-data.ts';
import { type MessageArgs, t } from './i18n.ts';
import type { Language } from './languages.ts';

/** A callback button whose label is the message `key` in `lang`. */
export function button(lang: Language, key: string, action: ButtonAction, args?: MessageArgs): Button {
  return { text: t(lang, key, args), data: encode(action) };
}

/** A link button whose label is the message `key` in `lang`. */
export function linkButton(lang: Language, key: string, url: string, args?: MessageArgs): Button {
  return { text: t(lang, key, args), url };
}
