import type { InlineKeyboardButton, MessageEntity } from 'grammy/types';

/** ANSI styles for the entity types a terminal can show; the rest render as plain text. */
const STYLE: Partial<Record<MessageEntity['type'], string>> = {
  bold: '1',
  italic: '3',
  underline: '4',
  strikethrough: '9',
  spoiler: '2',
  code: '36',
  pre: '36',
  text_link: '4',
};

const RESET = '\x1b[0m';

function styleOf(active: MessageEntity[]): string {
  const codes = active.map((e) => STYLE[e.type]).filter((c): c is string => c !== undefined);
  return codes.length ? `\x1b[${codes.join(';')}m` : '';
}

/**
 * Renders Telegram text + entities for a terminal: styles as ANSI codes when `color` is true, links as
 * "text (url)", blockquotes with a bar. Text is already unescaped (entities came out of HTML parsing).
 */
export function renderEntities(text: string, entities: readonly MessageEntity[] = [], color = false): string {
  if (entities.length === 0) return text;
  const opens = new Map<number, MessageEntity[]>();
  const closes = new Map<number, MessageEntity[]>();
  for (const e of entities) {
    if (e.length <= 0) continue;
    const o = opens.get(e.offset) ?? [];
    o.push(e);
    opens.set(e.offset, o);
    const end = e.offset + e.length;
    const c = closes.get(end) ?? [];
    c.push(e);
    closes.set(end, c);
  }
  const active: MessageEntity[] = [];
  let out = '';
  let quoteDepth = 0;
  for (let i = 0; i <= text.length; i++) {
    const closing = closes.get(i);
    const opening = opens.get(i);
    if (closing || opening) {
      let suffix = '';
      for (const e of closing ?? []) {
        const at = active.indexOf(e);
        if (at !== -1) active.splice(at, 1);
        if (e.type === 'text_link') {
          const label = text.slice(e.offset, e.offset + e.length);
          if (label !== e.url) suffix += ` (${e.url})`;
        }
        if (e.type === 'blockquote' || e.type === 'expandable_blockquote') quoteDepth--;
      }
      if (color && closing) out += RESET + styleOf(active);
      if (suffix) out += color ? `\x1b[2m${suffix}${RESET}${styleOf(active)}` : suffix;
      for (const e of opening ?? []) {
        active.push(e);
        if (e.type === 'blockquote' || e.type === 'expandable_blockquote') {
          quoteDepth++;
          out += color ? `\x1b[2m│${RESET} ` : '│ ';
        }
      }
      if (color && opening) out += styleOf(active);
    }
    if (i === text.length) break;
    const ch = text[i]!;
    out += ch;
    if (ch === '\n' && quoteDepth > 0) out += color ? `${RESET}\x1b[2m│${RESET} ${styleOf(active)}` : '│ ';
  }
  if (color && entities.some((e) => STYLE[e.type])) out += RESET;
  return out;
}

/** Buttons as numbered choices: `[1] Done  [2] Skip`, one keyboard row per line. */
export function renderButtons(rows: readonly (readonly { text: string; url?: string }[])[], start = 1): string[] {
  let n = start;
  return rows.map((row) =>
    row
      .map((b) => {
        const label = `[${n++}] ${b.text}`;
        return b.url ? `${label} (${b.url})` : label;
      })
      .join('  '),
  );
}

export function buttonUrl(b: InlineKeyboardButton): string | undefined {
  if ('url' in b && b.url) return b.url;
  if ('web_app' in b && b.web_app) return b.web_app.url;
  if ('login_url' in b && b.login_url) return b.login_url.url;
  return undefined;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
