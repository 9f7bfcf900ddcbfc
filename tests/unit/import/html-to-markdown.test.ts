import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToPlainText } from '../../../src/lib/import/html-to-markdown.ts';
import { markdownProblems } from '../../../src/lib/markup/markdown-problems.ts';
import { renderMarkdown } from '../../../src/lib/markup/render-markdown.ts';

const HOSTILE = [
  '<script>alert(1)</script>Text',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)><circle/></svg>',
  '<style>body{display:none}</style>Visible',
  '<p style="color:red" onclick="x()">Styled</p>',
  '<table><tr><td>cell</td></tr></table>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<div><!-- comment --><b>bold</b></div>',
  '<math><mi>x</mi></math>',
  '<form action="https://evil.example"><input name="q"></form>',
];

describe('htmlToMarkdown()', () => {
  it('converts the formatting a summary can hold', () => {
    expect(
      htmlToMarkdown('<p>Talks in <b>Minsk</b> and <i>Moscow</i>.</p><ul><li>one</li><li>two</li></ul>').markdown,
    ).toBe('Talks in **Minsk** and _Moscow_.\n\n- one\n- two');
    expect(htmlToMarkdown('<p>A <a href="https://example.org/a?b=1">plan</a>.</p>').markdown).toBe(
      'A [plan](https://example.org/a?b=1).',
    );
  });

  it.each(HOSTILE)('never lets markup the site refuses through: %s', (html) => {
    const { markdown } = htmlToMarkdown(html);
    expect(markdownProblems(markdown)).toEqual([]);
    // Shown on a page, it is text: escaped markup may read "<script>", but as characters, never as an element.
    const shown = renderMarkdown(markdown);
    expect(shown).not.toMatch(/<(script|img|iframe|svg|style|table|math|form|input)|\son\w+=|javascript:|data:text/i);
  });

  it('keeps the words of a link whose address is unsafe, without the link', () => {
    expect(htmlToMarkdown('<p>A <a href="javascript:alert(1)">bad link</a>.</p>').markdown).toBe('A bad link.');
  });

  it('lists the media it cannot embed, for the editor', () => {
    const { media } = htmlToMarkdown(
      '<img src="https://example.org/a.jpg"><iframe src="https://example.org/v"></iframe>',
    );
    expect(media).toEqual(['https://example.org/a.jpg', 'https://example.org/v']);
  });

  it('escapes text that Markdown would read as markup', () => {
    expect(htmlToMarkdown('5 * 3 and _a_ and [b]').markdown).toBe('5 \\* 3 and \\_a\\_ and \\[b]');
  });
});

describe('htmlToPlainText()', () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToPlainText('Talks in <i>Minsk</i> &amp; Moscow<script>x()</script>')).toBe('Talks in Minsk & Moscow');
  });
});
