import type { Element, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownProblems } from '../markup/markdown-problems.ts';
import { isSafeLinkUrl } from '../markup/url-kind.ts';

/** Imported HTML as an editor's Markdown, with what could not come along. */
export interface ConvertedHtml {
  /** Plain Markdown that passes markdownProblems() with the default policy. */
  readonly markdown: string;
  /** Addresses of images, video, audio and frames in the HTML: a summary cannot show them; the editor may link them. */
  readonly media: readonly string[];
}

// What a summary can say in Markdown; everything else is unwrapped to its text (or removed with its content).
const SCHEMA: SanitizeSchema = {
  tagNames: ['p', 'br', 'em', 'i', 'strong', 'b', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'iframe', 'object', 'svg', 'math', 'select'],
};

const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'source', 'embed', 'object']);

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, SCHEMA)
  .use(() => unwrapLinksWithoutAddress)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true })
  .freeze();

/**
 * HTML from another tool (TimelineJS slide text, a spreadsheet cell) as safe Markdown: converted by unified's
 * rehype-remark after rehype-sanitize has removed everything a summary may not hold. Links keep only http(s) and
 * mailto addresses; media are listed, not embedded.
 * @example htmlToMarkdown('<p>Talks in <b>Minsk</b><script>x()</script></p>').markdown // 'Talks in **Minsk**'
 */
export function htmlToMarkdown(html: string): ConvertedHtml {
  const tree = processor.parse(html) as HastRoot;
  const media: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!MEDIA.has(node.tagName)) return;
    const src = node.properties['src'] ?? node.properties['data'];
    if (typeof src === 'string' && isSafeLinkUrl(src) && !media.includes(src)) media.push(src);
  });
  const markdown = processor.stringify(processor.runSync(tree)).trim();
  // The converter's output is checked like an editor's text; were it ever refused, its plain words stand instead.
  const safe = markdownProblems(markdown).length === 0 ? markdown : plainText(tree);
  return { markdown: safe, media };
}

// Sanitising drops an unsafe href but keeps the <a>: its words stay, as text rather than a link to nowhere.
function unwrapLinksWithoutAddress(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || typeof node.properties['href'] === 'string' || parent === undefined) return;
    parent.children.splice(index!, 1, ...node.children);
    return index;
  });
}

function plainText(tree: HastRoot): string {
  const words: string[] = [];
  visit(tree, 'text', (node: { value: string }) => {
    words.push(node.value);
  });
  return words
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#]/g, '\\$&');
}

/**
 * The text of an HTML fragment (a TimelineJS headline or group), for fields that are plain text: tags dropped,
 * entities decoded, whitespace collapsed.
 * @example htmlToPlainText('Talks in <i>Minsk</i> &amp; Moscow') // 'Talks in Minsk & Moscow'
 */
export function htmlToPlainText(html: string): string {
  const tree = processor.runSync(processor.parse(html)) as HastRoot;
  const words: string[] = [];
  visit(tree, 'text', (node: { value: string }) => {
    words.push(node.value);
  });
  return words.join('').replace(/\s+/g, ' ').trim();
}
