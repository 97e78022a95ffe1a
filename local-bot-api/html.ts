import type { MessageEntity } from 'grammy/types';

/**
 * Telegram's HTML parse mode, close enough to catch what the real server rejects: unsupported tags
 * (`<br>`, `<div>`, `<p>`), a bare `<`, unbalanced or crossed tags, `<span>` without `tg-spoiler`.
 * Returns the plain text and the entities (offsets in UTF-16 code units, like Telegram).
 */
export type ParsedText = { text: string; entities: MessageEntity[] };

export class EntityParseError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

type OpenTag = { name: string; start: number; entity: MessageEntity | null };

function tagEntity(name: string, attrs: Map<string, string>, at: () => number): MessageEntity | null {
  switch (name) {
    case 'b':
    case 'strong':
      return { type: 'bold', offset: 0, length: 0 };
    case 'i':
    case 'em':
      return { type: 'italic', offset: 0, length: 0 };
    case 'u':
    case 'ins':
      return { type: 'underline', offset: 0, length: 0 };
    case 's':
    case 'strike':
    case 'del':
      return { type: 'strikethrough', offset: 0, length: 0 };
    case 'tg-spoiler':
      return { type: 'spoiler', offset: 0, length: 0 };
    case 'span':
      if (attrs.get('class') !== 'tg-spoiler') {
        throw new EntityParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at()}`);
      }
      return { type: 'spoiler', offset: 0, length: 0 };
    case 'a': {
      const href = attrs.get('href');
      if (href === undefined || href === '') return null; // Telegram shows the text without a link
      return { type: 'text_link', offset: 0, length: 0, url: href };
    }
    case 'code': {
      const cls = attrs.get('class');
      const language = cls?.startsWith('language-') ? cls.slice('language-'.length) : undefined;
      // A language class on <code> inside <pre> is folded into the pre entity by the caller.
      return language
        ? ({ type: 'code', offset: 0, length: 0, language } as unknown as MessageEntity)
        : { type: 'code', offset: 0, length: 0 };
    }
    case 'pre':
      return { type: 'pre', offset: 0, length: 0 };
    case 'blockquote':
      return attrs.has('expandable')
        ? { type: 'expandable_blockquote', offset: 0, length: 0 }
        : { type: 'blockquote', offset: 0, length: 0 };
    case 'tg-emoji': {
      const id = attrs.get('emoji-id');
      if (!id)
        throw new EntityParseError(`Custom emoji entity must contain a valid emoji identifier at byte offset ${at()}`);
      return { type: 'custom_emoji', offset: 0, length: 0, custom_emoji_id: id };
    }
    default:
      throw new EntityParseError(`Unsupported start tag "${name}" at byte offset ${at()}`);
  }
}

function utf8Offset(s: string, index: number): number {
  return Buffer.byteLength(s.slice(0, index), 'utf8');
}

function decodeEntity(src: string, i: number): { value: string; end: number } | null {
  const semi = src.indexOf(';', i + 1);
  if (semi === -1 || semi - i > 12) return null;
  const body = src.slice(i + 1, semi);
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || !/^#(x[0-9a-f]+|[0-9]+)$/i.test(body)) return null;
    return { value: String.fromCodePoint(code), end: semi + 1 };
  }
  const named = NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { value: named, end: semi + 1 };
}

function parseAttributes(src: string, name: string, at: () => number): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = 0;
  while (i < src.length) {
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (i >= src.length) break;
    const m = /^[a-zA-Z_:-][a-zA-Z0-9_:.-]*/.exec(src.slice(i));
    if (!m)
      throw new EntityParseError(
        `Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${at()}`,
      );
    const key = m[0].toLowerCase();
    i += m[0].length;
    while (i < src.length && /\s/.test(src[i]!)) i++;
    if (src[i] !== '=') {
      attrs.set(key, '');
      continue;
    }
    i++;
    while (i < src.length && /\s/.test(src[i]!)) i++;
    let raw: string;
    const q = src[i];
    if (q === '"' || q === "'") {
      const end = src.indexOf(q, i + 1);
      if (end === -1) throw new EntityParseError(`Unclosed end tag at byte offset ${at()}`);
      raw = src.slice(i + 1, end);
      i = end + 1;
    } else {
      const m2 = /^[^\s"'<>`=]+/.exec(src.slice(i));
      raw = m2 ? m2[0] : '';
      i += raw.length;
    }
    attrs.set(key, unescapeHtml(raw));
  }
  return attrs;
}

/** Replaces the HTML entities Telegram understands; leaves anything else as written. */
export function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp === -1) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const dec = decodeEntity(s, amp);
    if (dec) {
      out += dec.value;
      i = dec.end;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

export function parseHtml(src: string): ParsedText {
  let text = '';
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '&') {
      const dec = decodeEntity(src, i);
      if (dec) {
        text += dec.value;
        i = dec.end;
      } else {
        text += '&';
        i++;
      }
      continue;
    }
    if (ch !== '<') {
      const next = src.slice(i).search(/[<&]/);
      const end = next === -1 ? src.length : i + next;
      text += src.slice(i, end);
      i = end;
      continue;
    }
    const tagStart = i;
    const at = () => utf8Offset(src, tagStart);
    const close = src.indexOf('>', i + 1);
    if (src[i + 1] === '/') {
      if (close === -1) throw new EntityParseError(`Unclosed end tag at byte offset ${at()}`);
      const name = src
        .slice(i + 2, close)
        .trim()
        .toLowerCase();
      const open = stack.pop();
      if (!open) throw new EntityParseError(`Unexpected end tag at byte offset ${at()}`);
      if (open.name !== name) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${at()}, expected "</${open.name}>", found "</${name}>"`,
        );
      }
      if (open.entity) {
        open.entity.offset = open.start;
        open.entity.length = text.length - open.start;
        if (open.entity.length > 0) entities.push(open.entity);
      }
      i = close + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(src.slice(i + 1));
    if (!nameMatch || close === -1) {
      throw new EntityParseError(
        `Unsupported start tag "${src.slice(i + 1, i + 20).split(/[\s>]/)[0]}" at byte offset ${at()}`,
      );
    }
    const name = nameMatch[0].toLowerCase();
    const attrSrc = src.slice(i + 1 + nameMatch[0].length, close).replace(/\/\s*$/, '');
    const attrs = parseAttributes(attrSrc, name, at);
    let entity = tagEntity(name, attrs, at);
    const parent = stack[stack.length - 1];
    if (entity && entity.type === 'code' && parent?.name === 'pre' && parent.entity?.type === 'pre') {
      const language = (entity as { language?: string }).language;
      if (language) parent.entity.language = language;
      entity = null; // <pre><code class="language-x"> is one pre entity
    } else if (entity && entity.type === 'code' && 'language' in entity) {
      entity = { type: 'code', offset: 0, length: 0 };
    }
    stack.push({ name, start: text.length, entity });
    i = close + 1;
  }
  const open = stack.pop();
  if (open) throw new EntityParseError(`Can't find end tag corresponding to start tag "${open.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

/** Escapes text for HTML parse mode (what a bot should do with user-provided text). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
