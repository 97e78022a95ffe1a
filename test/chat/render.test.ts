import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../local-bot-api/html.ts';
import { renderButtons, renderEntities } from '../../src/chat/render.ts';

const render = (html: string, color = false) => {
  const { text, entities } = parseHtml(html);
  return renderEntities(text, entities, color);
};

describe('renderEntities', () => {
  it('shows plain text with links spelled out when there is no colour', () => {
    expect(render('<b>Easy</b> run, see <a href="https://x.test/p">the plan</a> &amp; more')).toBe(
      'Easy run, see the plan (https://x.test/p) & more',
    );
  });

  it('does not repeat a link that is its own text', () => {
    expect(render('<a href="https://x.test">https://x.test</a>')).toBe('https://x.test');
  });

  it('uses ANSI codes for nested styles on a colour terminal', () => {
    expect(render('<b>a<i>b</i></b>c', true)).toBe('\x1b[1ma\x1b[1;3mb\x1b[0mc\x1b[0m');
    expect(render('<b>a<i>b</i>c</b>', true)).toBe('\x1b[1ma\x1b[1;3mb\x1b[0m\x1b[1mc\x1b[0m\x1b[0m');
  });

  it('marks blockquotes with a bar on every line', () => {
    expect(render('x\n<blockquote>one\ntwo</blockquote>')).toBe('x\n│ one\n│ two');
  });

  it('numbers buttons across rows', () => {
    expect(renderButtons([[{ text: 'Done' }, { text: 'Skip' }], [{ text: 'Site', url: 'https://x.test' }]])).toEqual([
      '[1] Done  [2] Skip',
      '[3] Site (https://x.test)',
    ]);
  });
});
