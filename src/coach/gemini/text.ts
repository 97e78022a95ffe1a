/**
 * Model text → safe Telegram HTML. The text is escaped first; then the light markdown the model may emit
 * (**bold**, *italic*, _italic_, `code`, "# heading", "* item") becomes tags. Every inserted tag pair is built
 * from a match that contains no other tag boundary, so the result is always well-formed.
 */
import { escapeHtml } from '../../messages/html.ts';

export function modelTextToHtml(text: string): string {
  let out = escapeHtml(text.replace(/\r\n?/g, '\n').trim());
  // Collapse runs of blank lines: Telegram shows them as big gaps.
  out = out.replace(/\n{3,}/g, '\n\n');
  // Inline code first, so that markdown inside it stays literal.
  const codes: string[] = [];
  out = out.replace(/`([^`\n]+)`/g, (_m, code: string) => {
    codes.push(code);
    return `\uE000${codes.length - 1}\uE000`;
  });
  // Headings become bold lines; list markers become bullets.
  out = out.replace(/^#{1,6}\s+(.+)$/gm, (_m, title: string) => `**${title.replace(/\*\*/g, '')}**`);
  out = out.replace(/^(\s*)[*-]\s+/gm, '$1• ');
  out = out.replace(/\*\*\*([^*\n<>]+?)\*\*\*/g, '<b><i>$1</i></b>');
  out = out.replace(/\*\*([^*\n<>]+?)\*\*/g, '<b>$1</b>');
  out = out.replace(/__([^_\n<>]+?)__/g, '<b>$1</b>');
  out = out.replace(/(^|[^\w*])\*([^*\s<>](?:[^*\n<>]*[^*\s<>])?)\*(?![\w*])/g, '$1<i>$2</i>');
  out = out.replace(/(^|[^\w])_([^_\s<>](?:[^_\n<>]*[^_\s<>])?)_(?!\w)/g, '$1<i>$2</i>');
  out = out.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => `<code>${codes[Number(i)] ?? ''}</code>`);
  return out;
}

/** The model's answer as plain text (thought parts excluded). */
export function textOfParts(parts: { text?: string; thought?: boolean }[]): string {
  return parts
    .filter((p) => typeof p.text === 'string' && p.thought !== true)
    .map((p) => p.text)
    .join('')
    .trim();
}
