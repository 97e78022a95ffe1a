import type { MessageEntity } from 'grammy/types';
import { badRequest } from '../errors.ts';
import { parseHtml } from '../html.ts';
import { obj, type Params, str } from '../params.ts';

/** A message's text or caption and its entities, from `parse_mode` HTML or given entities (Markdown kept as is). */
export function parseText(p: Params, textKey: 'text' | 'caption'): { text: string; entities: MessageEntity[] } {
  const raw = str(p, textKey) ?? '';
  const parseMode = str(p, 'parse_mode');
  let text = raw;
  let entities: MessageEntity[] = [];
  if (parseMode && parseMode.toLowerCase() === 'html') {
    const parsed = parseHtml(raw);
    text = parsed.text;
    entities = parsed.entities;
  } else if (!parseMode) {
    const given = obj<MessageEntity[]>(p, textKey === 'text' ? 'entities' : 'caption_entities', 'entities');
    if (Array.isArray(given)) entities = given;
  } else if (!/^markdown(v2)?$/i.test(parseMode)) {
    throw badRequest(`unsupported parse_mode`);
  }
  return { text, entities };
}
