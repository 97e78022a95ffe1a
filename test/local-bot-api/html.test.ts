import { describe, expect, it } from 'vitest';
import { EntityParseError, escapeHtml, parseHtml } from '../../local-bot-api/html.ts';

describe('parseHtml (Telegram HTML parse mode)', () => {
  it('turns tags into entities with UTF-16 offsets', () => {
    expect(parseHtml('🏃 <b>Easy</b> <i>8 km</i>')).toEqual({
      text: '🏃 Easy 8 km',
      entities: [
        { type: 'bold', offset: 3, length: 4 },
        { type: 'italic', offset: 8, length: 4 },
      ],
    });
  });

  it('handles nesting, links, code blocks, spoilers, blockquotes and entities', () => {
    const r = parseHtml(
      '<b>a <i>b</i></b> <a href="https://x.test/?a=1&amp;b=2">link</a> <pre><code class="language-js">x &lt; 1</code></pre> <span class="tg-spoiler">s</span> <blockquote expandable>q</blockquote> &#128512; &quot;',
    );
    expect(r.text).toBe('a b link x < 1 s q 😀 "');
    expect(r.entities).toEqual([
      { type: 'bold', offset: 0, length: 3 },
      { type: 'italic', offset: 2, length: 1 },
      { type: 'text_link', offset: 4, length: 4, url: 'https://x.test/?a=1&b=2' },
      { type: 'pre', offset: 9, length: 5, language: 'js' },
      { type: 'spoiler', offset: 15, length: 1 },
      { type: 'expandable_blockquote', offset: 17, length: 1 },
    ]);
  });

  it('keeps a bare ampersand and unknown entities as text', () => {
    expect(parseHtml('Q&A &nbsp; a>b').text).toBe('Q&A &nbsp; a>b');
  });

  it.each([
    ['<br>', /Unsupported start tag "br"/],
    ['<div>x</div>', /Unsupported start tag "div"/],
    ['a < b', /Unsupported start tag/],
    ['<b>x', /Can't find end tag corresponding to start tag "b"/],
    ['<b><i>x</b></i>', /Unmatched end tag .* expected "<\/i>", found "<\/b>"/],
    ['x</b>', /Unexpected end tag/],
    ['<span>x</span>', /must have class "tg-spoiler"/],
  ])('rejects %s', (html, message) => {
    expect(() => parseHtml(html)).toThrow(EntityParseError);
    expect(() => parseHtml(html)).toThrow(message);
  });

  it('accepts everything escapeHtml produces', () => {
    const nasty = '<script>&"\'> 1 < 2 && ש ל ו ם 🏃‍♀️';
    expect(parseHtml(escapeHtml(nasty))).toEqual({ text: nasty, entities: [] });
  });
});
