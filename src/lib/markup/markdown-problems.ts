import type { Definition, Html, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse-markdown.ts';
import { readRawHtml, type RawHtmlPiece } from './raw-html-tags.ts';
import { isLocalImageUrl, isSafeLinkUrl, urlKind } from './url-kind.ts';

/**
 * The HTML elements a site may allow inside editors' Markdown (`allowHtml` in timeline.yaml): text-level elements
 * that Markdown has no syntax for and that can neither run code, load anything nor change the page around them.
 * Nothing else is ever allowed: no setting turns sanitising off. The list is documented in the README.
 */
export const OPTIONAL_HTML_ELEMENTS = [
  'abbr',
  'bdi',
  'br',
  'cite',
  'del',
  'dfn',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'sub',
  'sup',
  'time',
  'wbr',
] as const;

export type OptionalHtmlElement = (typeof OPTIONAL_HTML_ELEMENTS)[number];

/**
 * The only attributes an allowed element may carry (none for the others): no `on…` handler, no `style`, no `class`
 * or `id` that could reach the site's own styles and scripts. `cite` is a URL and must be http(s).
 */
export const OPTIONAL_HTML_ATTRIBUTES: { readonly [E in OptionalHtmlElement]?: readonly string[] } = {
  abbr: ['title'],
  dfn: ['title'],
  time: ['datetime'],
  del: ['datetime'],
  ins: ['datetime'],
  q: ['cite'],
};

/** What an editor's Markdown may contain beyond plain Markdown. */
export interface MarkupPolicy {
  readonly allowHtml: readonly OptionalHtmlElement[];
}

/** Plain Markdown, no raw HTML at all: the default. */
export const DEFAULT_MARKUP_POLICY: MarkupPolicy = { allowHtml: [] };

const LINK_RULE = 'only http(s), mailto and relative links are allowed';
const IMAGE_RULE = 'images may only come from this site (a relative URL such as /images/map.png)';
const HTML_RULE = '(write Markdown; see allowHtml in the README)';

/**
 * Every reason `markdown` cannot be published (raw HTML, unsafe links, remote images, Markdown the site cannot show),
 * each quoting the offending markup; empty when it is safe. The loader reports each as a `file: field: reason`
 * problem.
 * @example markdownProblems('[x](javascript:alert(1))') // ['unsafe link "javascript:alert(1)": only http(s), mailto and relative links are allowed']
 */
export function markdownProblems(markdown: string, policy: MarkupPolicy = DEFAULT_MARKUP_POLICY): string[] {
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const problems: string[] = [];
  const source = (node: Nodes): string =>
    markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? markdown.length);

  const covered = new Set<Nodes>();
  visit(tree as Root, (node: Nodes, index, parent) => {
    switch (node.type) {
      case 'html': {
        if (covered.has(node)) break;
        // Inline HTML comes as one node per tag: check `<b>text</b>` as one piece of markup, quoted whole.
        const siblings = (parent?.children ?? [node]) as Nodes[];
        const from = index ?? 0;
        const close = closingSibling(node, siblings.slice(from + 1));
        const inside = siblings.slice(from, close === undefined ? from + 1 : siblings.indexOf(close) + 1);
        for (const sibling of inside) covered.add(sibling);
        const start = node.position?.start.offset ?? 0;
        const written = markdown.slice(start, (close ?? node).position?.end.offset ?? markdown.length);
        // Markdown between the tags (a code span holding `<b>`) is not HTML: blank it out, keeping the offsets.
        let html = written;
        for (const sibling of inside) {
          if (sibling.type === 'html') continue;
          const [a = 0, b = 0] = [sibling.position?.start.offset, sibling.position?.end.offset].map(
            (o) => (o ?? 0) - start,
          );
          html = html.slice(0, a) + ' '.repeat(b - a) + html.slice(b);
        }
        problems.push(...rawHtmlProblems(html, written, policy));
        break;
      }
      case 'link':
      case 'definition':
        if (!isSafeLinkUrl(node.url)) problems.push(unsafeLink(node.url, source(node)));
        break;
      case 'image':
        if (!isLocalImageUrl(node.url)) problems.push(remoteImage(node.url, source(node)));
        break;
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition !== undefined && !isLocalImageUrl(definition.url)) {
          problems.push(remoteImage(definition.url, source(node)));
        }
        break;
      }
      case 'footnoteDefinition':
      case 'footnoteReference':
        problems.push(`footnotes are not supported: ${quote(source(node))} (put remarks in the note)`);
        break;
      case 'table':
        problems.push(`tables are not supported: ${quote(source(node))}`);
        break;
      case 'listItem':
        if (typeof node.checked === 'boolean')
          problems.push(`task list items are not supported: ${quote(source(node))}`);
        break;
    }
  });
  return problems;
}

// The node that closes an inline HTML element opened by `open` (`<b>` … `</b>`), if it is among the siblings after it.
function closingSibling(open: Html, after: readonly Nodes[]): Html | undefined {
  const pieces = readRawHtml(open.value);
  const [tag] = pieces;
  if (pieces.length !== 1 || tag?.type !== 'tag' || tag.closing) return undefined;
  return after.find(
    (node): node is Html => node.type === 'html' && node.value.trim().toLowerCase() === `</${tag.name}>`,
  );
}

/** The problems of raw HTML `html`, quoted from `written` (the same markup, with any Markdown between tags). */
function rawHtmlProblems(html: string, written: string, policy: MarkupPolicy): string[] {
  const pieces = readRawHtml(html);
  const markup = pieces.filter((piece) => piece.type !== 'text');
  if (markup.length > 0 && markup.every((piece) => piece.type === 'comment')) {
    return [`HTML comments are not allowed: ${quote(written)} (they would not be published; delete them)`];
  }
  if (policy.allowHtml.length === 0) return [`raw HTML is not allowed: ${quote(written)} ${HTML_RULE}`];
  const allowed = new Set<string>(policy.allowHtml);
  const problems: string[] = [];
  const reported = new Set<RawHtmlPiece>();
  let offset = 0;
  for (const [i, piece] of pieces.entries()) {
    const start = offset;
    offset += piece.source.length;
    if (piece.type === 'text' || reported.has(piece)) continue;
    if (piece.type !== 'tag') {
      problems.push(`raw HTML is not allowed: ${quote(written.slice(start, offset))} ${HTML_RULE}`);
    } else if (!allowed.has(piece.name)) {
      // Quote the element whole, up to its closing tag, and report that closing tag no more.
      const close = piece.closing
        ? undefined
        : pieces.slice(i + 1).find((p) => p.type === 'tag' && p.closing && p.name === piece.name);
      if (close !== undefined) reported.add(close);
      const end = close === undefined ? offset : html.indexOf(close.source, offset) + close.source.length;
      problems.push(
        `HTML element <${piece.name}> is not allowed: ${quote(written.slice(start, end))} (allowHtml allows ${policy.allowHtml.join(', ')})`,
      );
    } else {
      const attributes = OPTIONAL_HTML_ATTRIBUTES[piece.name as OptionalHtmlElement] ?? [];
      for (const attribute of piece.attributes) {
        if (!attributes.includes(attribute.name)) {
          const may = attributes.length === 0 ? 'it takes no attributes' : `allowed: ${attributes.join(', ')}`;
          problems.push(
            `attribute "${attribute.name}" is not allowed on <${piece.name}>: ${quote(piece.source)} (${may})`,
          );
        } else if (attribute.name === 'cite' && !isHttpUrl(attribute.value)) {
          problems.push(
            `unsafe cite URL ${quote(attribute.value)} in ${quote(piece.source)}: only http(s) URLs are allowed`,
          );
        }
      }
    }
  }
  return problems;
}

// A character reference in an attribute would be decoded by the browser after this check: refuse it.
function isHttpUrl(url: string): boolean {
  const kind = urlKind(url);
  return !url.includes('&') && kind.kind === 'scheme' && (kind.scheme === 'http' || kind.scheme === 'https');
}

function unsafeLink(url: string, markup: string): string {
  return `unsafe link ${quote(url)}${writtenAs(url, markup)}: ${LINK_RULE}`;
}

function remoteImage(url: string, markup: string): string {
  const kind = urlKind(url);
  const remote =
    kind.kind === 'other-host' || (kind.kind === 'scheme' && (kind.scheme === 'http' || kind.scheme === 'https'));
  const what = remote ? 'remote image' : 'unsafe image';
  return `${what} ${quote(url)}${writtenAs(url, markup)}: ${IMAGE_RULE}`;
}

// Where the parser decoded the URL (`jav&#x61;script:`), the message also quotes what the editor typed.
function writtenAs(url: string, markup: string): string {
  return markup.includes(url) ? '' : ` (written ${quote(markup)})`;
}

const QUOTE_LIMIT = 80;

/** The offending markup in double quotes, on one line, control characters made visible, cut to a readable length. */
function quote(markup: string): string {
  const visible = markup
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${visible.length > QUOTE_LIMIT ? `${visible.slice(0, QUOTE_LIMIT - 1)}…` : visible}"`;
}
