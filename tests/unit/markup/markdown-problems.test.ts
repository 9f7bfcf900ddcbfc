import { describe, expect, it } from 'vitest';
import {
  markdownProblems,
  OPTIONAL_HTML_ELEMENTS,
  type MarkupPolicy,
} from '../../../src/lib/markup/markdown-problems.ts';
import { HOSTILE_MARKDOWN } from './hostile-markdown.ts';

const EVERY_OPTIONAL_ELEMENT: MarkupPolicy = { allowHtml: OPTIONAL_HTML_ELEMENTS };

describe('markdownProblems()', () => {
  it.each(HOSTILE_MARKDOWN)('rejects $name, with or without allowHtml', ({ markdown }) => {
    expect(markdownProblems(markdown)).not.toEqual([]);
    expect(markdownProblems(markdown, EVERY_OPTIONAL_ELEMENT)).not.toEqual([]);
  });

  it('accepts plain Markdown: emphasis, lists, quotes, code, headings, http(s), mailto and relative links', () => {
    const markdown = [
      'The **new** bridge, _opened_ in 2022; see [the council](https://example.org/council?a=1&b=2#x),',
      '[an event](/events/bridge-opens/), [a section](#sources), [mail](mailto:desk@example.org) and <https://example.org>.',
      '',
      '- one',
      '- two',
      '',
      '> A quoted line with `<script>alert(1)</script>` as code.',
      '',
      '## A heading',
      '',
      '![A local map](/images/map.png) ~~struck~~ www.example.org',
    ].join('\n');
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('accepts character references: they are text, shown as written', () => {
    expect(markdownProblems('Fish &amp; chips, &lt;script&gt;alert(1)&lt;/script&gt;, &#60;b&#62; and &copy;')).toEqual(
      [],
    );
  });

  it('quotes the offending raw HTML and points to allowHtml', () => {
    expect(markdownProblems('x <img src=x onerror=alert(1)> y')).toEqual([
      'raw HTML is not allowed: "<img src=x onerror=alert(1)>" (write Markdown; see allowHtml in the README)',
    ]);
  });

  it('names an unsafe link by its decoded URL and quotes what the editor typed when that differs', () => {
    expect(markdownProblems('[click](javascript:alert(1))')).toEqual([
      'unsafe link "javascript:alert(1)": only http(s), mailto and relative links are allowed',
    ]);
    expect(markdownProblems('[x](jav&#x61;script:alert(1))')).toEqual([
      'unsafe link "javascript:alert(1)" (written "[x](jav&#x61;script:alert(1))"): only http(s), mailto and relative links are allowed',
    ]);
  });

  it('makes control characters visible in the quoted markup', () => {
    expect(markdownProblems('[x](<java\u0001script:alert(1)>)')[0]).toContain('"java\\u0001script:alert(1)"');
  });

  it('rejects images from another host, however the address is written', () => {
    for (const url of ['https://evil.example/p.png', 'http://evil.example/p.png', '//evil.example/p.png']) {
      expect(markdownProblems(`![p](${url})`)).toEqual([
        `remote image "${url}": images may only come from this site (a relative URL such as /images/map.png)`,
      ]);
    }
  });

  it('shortens long markup to one readable line', () => {
    const [problem] = markdownProblems(`<script>\n${'alert(1);\n'.repeat(40)}</script>`);
    expect(problem).toMatch(/^raw HTML is not allowed: "<script> alert\(1\); .{40,}…" \(write Markdown/);
    expect(problem!.length).toBeLessThan(160);
  });

  it('quotes an inline element whole, from its opening to its closing tag', () => {
    expect(markdownProblems('Works began <script>alert("x")</script>; then <b>**bold**</b> <br>.')).toEqual([
      'raw HTML is not allowed: "<script>alert("x")</script>" (write Markdown; see allowHtml in the README)',
      'raw HTML is not allowed: "<b>**bold**</b>" (write Markdown; see allowHtml in the README)',
      'raw HTML is not allowed: "<br>" (write Markdown; see allowHtml in the README)',
    ]);
  });

  it('reports every problem of a text, not only the first', () => {
    const problems = markdownProblems('<b>x</b> [a](javascript:1) ![b](https://evil.example/b.png) <i>y</i>');
    expect(problems).toHaveLength(4);
  });

  it('refuses HTML comments, which would silently hide text', () => {
    expect(markdownProblems('Text <!-- for the desk --> more')).toEqual([
      'HTML comments are not allowed: "<!-- for the desk -->" (they would not be published; delete them)',
    ]);
  });

  it('refuses Markdown the pages cannot show: tables, footnotes, task lists', () => {
    expect(markdownProblems('| a |\n| - |\n| b |')).toEqual(['tables are not supported: "| a | | - | | b |"']);
    expect(markdownProblems('x[^1]\n\n[^1]: note')).toHaveLength(2);
    expect(markdownProblems('- [x] done')).toEqual(['task list items are not supported: "- [x] done"']);
  });

  describe('with allowHtml', () => {
    const policy: MarkupPolicy = { allowHtml: ['abbr', 'q', 'time', 'br', 'sup'] };

    it('accepts the allowed elements with their documented attributes', () => {
      const markdown =
        '<abbr title="Organization for Security and Co-operation in Europe">OSCE</abbr> said <q cite="https://example.org/s">yes</q> on <time datetime="2023-07-29">29 July</time>,<br>km<sup>2</sup>';
      expect(markdownProblems(markdown, policy)).toEqual([]);
    });

    it('rejects an event handler or any other attribute on an allowed element', () => {
      expect(markdownProblems('<abbr title=x onclick=y>NATO</abbr>', policy)).toEqual([
        'attribute "onclick" is not allowed on <abbr>: "<abbr title=x onclick=y>" (allowed: title)',
      ]);
      expect(markdownProblems('x<sup style="color:red">2</sup>', policy)).toEqual([
        'attribute "style" is not allowed on <sup>: "<sup style="color:red">" (it takes no attributes)',
      ]);
    });

    it('rejects elements outside the list, naming the list', () => {
      expect(markdownProblems('a <mark>x</mark> b', policy)).toEqual([
        'HTML element <mark> is not allowed: "<mark>x</mark>" (allowHtml allows abbr, q, time, br, sup)',
      ]);
      expect(markdownProblems('<div>\n<abbr title="a">A</abbr> <script>alert(1)</script>\n</div>', policy)).toEqual([
        'HTML element <div> is not allowed: "<div> <abbr title="a">A</abbr> <script>alert(1)</script> </div>" (allowHtml allows abbr, q, time, br, sup)',
        'HTML element <script> is not allowed: "<script>alert(1)</script>" (allowHtml allows abbr, q, time, br, sup)',
      ]);
    });

    it('checks only the HTML between two tags, not Markdown code that looks like HTML', () => {
      expect(markdownProblems('<abbr title="x">A `<script>` B</abbr>', policy)).toEqual([]);
      expect(markdownProblems('<abbr title="x">A <script>alert(1)</script> B</abbr>', policy)).toEqual([
        'HTML element <script> is not allowed: "<script>alert(1)</script>" (allowHtml allows abbr, q, time, br, sup)',
      ]);
    });

    it('rejects a cite URL that is not http(s), even hidden behind a character reference', () => {
      expect(markdownProblems('<q cite="javascript:alert(1)">x</q>', policy)).toHaveLength(1);
      expect(markdownProblems('<q cite="https&#58;//example.org">x</q>', policy)).toHaveLength(1);
    });

    it('leaves markup that is not a well-formed tag alone: Markdown shows it as text', () => {
      expect(markdownProblems('<abbr title="unclosed\n\nText', policy)).toEqual([]);
      expect(markdownProblems('<br/ onload=x>', policy)).toEqual([]);
    });
  });
});
