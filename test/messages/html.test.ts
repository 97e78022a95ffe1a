import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../local-bot-api/html.ts';
import { escapeHtml, html, raw, splitHtml, TELEGRAM_MAX_CHARS, visibleLength } from '../../src/messages/html.ts';

describe('html', () => {
  it('escapes the characters Telegram HTML reserves', () => {
    expect(escapeHtml('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
  });

  it('escapes every value of the html template, except raw ones', () => {
    const name = '<script>';
    expect(html`<b>${name}</b> ${raw('<i>ok</i>')} ${undefined}`).toBe('<b>&lt;script&gt;</b> <i>ok</i> ');
  });

  it('counts the length Telegram counts: tags out, entities as one character, emoji as two', () => {
    expect(visibleLength('<b>abc</b> &amp; 🏃')).toBe(8);
  });

  it('leaves a short text whole', () => {
    expect(splitHtml('<b>short</b>')).toEqual(['<b>short</b>']);
  });

  it('splits a long text at paragraphs, under the limit, each part valid HTML on its own', () => {
    const para = `<b>${'word '.repeat(300)}</b>`;
    const text = Array.from({ length: 6 }, () => para).join('\n\n');
    const parts = splitHtml(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(visibleLength(part)).toBeLessThanOrEqual(TELEGRAM_MAX_CHARS - 96);
      expect(() => parseHtml(part)).not.toThrow();
    }
    expect(parts.join(' ').replace(/<\/?b>|\s+/g, '')).toBe(text.replace(/<\/?b>|\s+/g, ''));
  });

  it('cuts one long line inside a tag by closing and reopening it, never inside an entity', () => {
    const text = `<i>${'a&amp;b '.repeat(1500)}</i>`;
    const parts = splitHtml(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(visibleLength(part)).toBeLessThanOrEqual(1000);
      expect(part.startsWith('<i>')).toBe(true);
      expect(part.endsWith('</i>')).toBe(true);
      expect(() => parseHtml(part)).not.toThrow();
    }
  });
});
