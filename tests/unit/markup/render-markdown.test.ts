import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  OPTIONAL_HTML_ATTRIBUTES,
  OPTIONAL_HTML_ELEMENTS,
  type MarkupPolicy,
} from '../../../src/lib/markup/markdown-problems.ts';
import { renderMarkdown } from '../../../src/lib/markup/render-markdown.ts';
import { isLocalImageUrl, isSafeLinkUrl } from '../../../src/lib/markup/url-kind.ts';
import { HOSTILE_MARKDOWN } from './hostile-markdown.ts';

const EVERY_OPTIONAL_ELEMENT: MarkupPolicy = { allowHtml: OPTIONAL_HTML_ELEMENTS };
const MARKDOWN_ELEMENTS = 'p br em strong del code pre blockquote ul ol li a hr img h2 h3 h4 h5 h6'.split(' ');
const MARKDOWN_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  ol: ['start'],
};

/** Every way the HTML could run script, load from elsewhere or reach the page: empty when there is none. */
function unsafeParts(html: string, policy: MarkupPolicy): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const name = element.localName;
    const allowed = MARKDOWN_ELEMENTS.includes(name) || (policy.allowHtml as readonly string[]).includes(name);
    if (!allowed) found.push(`element <${name}>`);
    const attributes = [
      ...(MARKDOWN_ATTRIBUTES[name] ?? []),
      ...(OPTIONAL_HTML_ATTRIBUTES[name as keyof typeof OPTIONAL_HTML_ATTRIBUTES] ?? []),
    ];
    for (const { name: attribute, value } of element.attributes) {
      if (!attributes.includes(attribute)) found.push(`attribute ${attribute} on <${name}>`);
      if ((attribute === 'href' || attribute === 'cite') && !isSafeLinkUrl(value))
        found.push(`${attribute}="${value}"`);
      if (attribute === 'src' && !isLocalImageUrl(value)) found.push(`src="${value}"`);
    }
  }
  return found;
}

describe('renderMarkdown()', () => {
  it('renders a summary as the site did before: paragraphs, emphasis, links, typographic punctuation', () => {
    expect(
      renderMarkdown('The town council approved the **new** bridge -- "at last," said Azerbaijan\'s mayor...'),
    ).toBe('<p>The town council approved the <strong>new</strong> bridge – “at last,” said Azerbaijan’s mayor…</p>');
    expect(renderMarkdown('See [the minutes](https://example.org/m "Minutes").\n\nSecond paragraph.')).toBe(
      '<p>See <a href="https://example.org/m" title="Minutes">the minutes</a>.</p>\n<p>Second paragraph.</p>',
    );
  });

  it('leaves code as written, without typographic quotes', () => {
    expect(renderMarkdown('Type `"it\'s"` -- "x"')).toBe('<p>Type <code>"it\'s"</code> – “x”</p>');
  });

  it.each(HOSTILE_MARKDOWN)('neutralises $name, with or without allowHtml', ({ markdown }) => {
    expect(unsafeParts(renderMarkdown(markdown), { allowHtml: [] })).toEqual([]);
    expect(unsafeParts(renderMarkdown(markdown, EVERY_OPTIONAL_ELEMENT), EVERY_OPTIONAL_ELEMENT)).toEqual([]);
  });

  it('drops raw HTML entirely by default', () => {
    expect(renderMarkdown('Before <script>alert(1)</script> after')).toBe('<p>Before alert(1) after</p>');
    expect(renderMarkdown('x <img src=x onerror=alert(1)> y')).toBe('<p>x  y</p>');
    expect(renderMarkdown('<abbr title="x">NATO</abbr>')).toBe('<p>NATO</p>');
  });

  it('removes script and style elements with their content when HTML is parsed', () => {
    const html = renderMarkdown('a <script>alert(1)</script><style>p{}</style> b', EVERY_OPTIONAL_ELEMENT);
    expect(html).toBe('<p>a  b</p>');
  });

  it('keeps the text of a link whose URL is unsafe, and the alt text of an image from another host', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>');
    expect(renderMarkdown('[x](//evil.example/)')).toBe('<p><a>x</a></p>');
    expect(renderMarkdown('![a map](https://evil.example/map.png)')).toBe('<p>a map</p>');
    expect(renderMarkdown('![a map](/images/map.png)')).toBe('<p><img src="/images/map.png" alt="a map"></p>');
  });

  it('shows character references and malformed tags as text', () => {
    expect(renderMarkdown('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <br/ onload=x>')).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;br/ onload=x></p>',
    );
  });

  it('keeps the elements allowHtml allows, with only their documented attributes', () => {
    const policy: MarkupPolicy = { allowHtml: ['abbr', 'q', 'time'] };
    expect(
      renderMarkdown(
        '<abbr title="x" onclick="alert(1)" class="site-header">NATO</abbr> <time datetime="2023-07-29" style="x">then</time> <q cite="javascript:alert(1)">q</q> <q cite="https://example.org/">r</q> <mark>m</mark>',
        policy,
      ),
    ).toBe(
      '<p><abbr title="x">NATO</abbr> <time datetime="2023-07-29">then</time> <q>q</q> <q cite="https://example.org/">r</q> m</p>',
    );
  });

  it('gives no element an id or class, so text cannot reach the page around it', () => {
    const html = renderMarkdown(
      'x[^1] <b id="main" class="site-header">y</b>\n\n[^1]: note\n\n## Heading',
      EVERY_OPTIONAL_ELEMENT,
    );
    expect(html).not.toMatch(/\s(id|class|name)=/);
  });
});
