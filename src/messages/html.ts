/** Telegram HTML parse mode: escaping and splitting under the 4,096-character limit. */

export const TELEGRAM_MAX_CHARS = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Tagged template that escapes every interpolated value: html`<b>${name}</b>`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += (v instanceof Raw ? v.value : escapeHtml(String(v ?? ''))) + (strings[i + 1] ?? '');
  }
  return out;
}

/** Marks already-escaped HTML so that `html` does not escape it again. */
export class Raw {
  constructor(readonly value: string) {}
}
export const raw = (value: string) => new Raw(value);

const TAG = /<\/?([a-z-]+)(?:\s[^>]*)?>/gi;

/** Length as Telegram counts it: the text after entity parsing (tags removed, entities decoded). */
export function visibleLength(htmlText: string): number {
  return htmlText
    .replace(TAG, '')
    .replace(/&(amp|lt|gt|quot|#\d+);/g, 'x')
    .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, 'xx').length;
}

/** Tags still open at the end of a chunk, innermost last. */
function openTags(chunk: string): string[] {
  const stack: string[] = [];
  for (const m of chunk.matchAll(TAG)) {
    const name = (m[1] ?? '').toLowerCase();
    if (m[0].startsWith('</')) {
      const i = stack.lastIndexOf(name);
      if (i >= 0) stack.splice(i, 1);
    } else {
      stack.push(name);
    }
  }
  return stack;
}

/**
 * Splits HTML into messages under the limit: at blank lines, then at line ends, then inside a line (only where
 * no entity or tag is cut). Tags open at a cut are closed and reopened, so every part parses on its own.
 */
export function splitHtml(text: string, limit = TELEGRAM_MAX_CHARS - 96): string[] {
  if (visibleLength(text) <= limit) return [text];
  const pieces: string[] = [];
  for (const para of text.split(/(\n\n)/)) {
    if (visibleLength(para) <= limit) {
      pieces.push(para);
      continue;
    }
    for (const line of para.split(/(\n)/)) {
      if (visibleLength(line) <= limit) pieces.push(line);
      else pieces.push(...hardSplit(line, limit));
    }
  }
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (visibleLength(current + piece) > limit && current.trim() !== '') {
      parts.push(current);
      current = '';
    }
    current += piece;
  }
  if (current.trim() !== '') parts.push(current);
  // Rebalance tags across part boundaries.
  const out: string[] = [];
  let carry: string[] = [];
  for (const part of parts) {
    const opened = carry.map((t) => `<${t}>`).join('');
    const body = opened + part;
    const open = openTags(body);
    out.push(
      (
        body +
        open
          .slice()
          .reverse()
          .map((t) => `</${t}>`)
          .join('')
      ).trim(),
    );
    carry = open;
  }
  return out.filter((p) => p.length > 0);
}

function hardSplit(line: string, limit: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (visibleLength(rest) > limit) {
    let cut = Math.min(rest.length, limit);
    // Never cut inside a tag or an entity.
    const lastLt = rest.lastIndexOf('<', cut);
    const lastGt = rest.lastIndexOf('>', cut);
    if (lastLt > lastGt) cut = lastLt;
    const lastAmp = rest.lastIndexOf('&', cut);
    const lastSemi = rest.lastIndexOf(';', cut);
    if (lastAmp > lastSemi && cut - lastAmp < 10) cut = lastAmp;
    // Keep surrogate pairs whole.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const space = rest.lastIndexOf(' ', cut);
    if (space > cut * 0.6) cut = space + 1;
    if (cut <= 0) cut = Math.min(rest.length, limit);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}
