import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse-markdown.ts';
import { readRawHtml } from './raw-html-tags.ts';
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

  visit(tree as Root, (node: Nodes) => {
    switch (node.type) {
      case 'html':
        problems.push(...rawHtmlProblems(node.value, policy));
        break;
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
        if (typeof node.checked === 'boolean') problems.push(`task list items are not supported: ${quote(source(node))}`);
        break;
    }
  });
  return problems;
}

function rawHtmlProblems(html: string, policy: MarkupPolicy): string[] {
  const pieces = readRawHtml(html).filter((piece) => piece.type !== 'text');
  if (pieces.length > 0 && pieces.every((piece) => piece.type === 'comment')) {
    return [`HTML comments are not allowed: ${quote(html)} (they would not be published; delete them)`];
  }
  if (policy.allowHtml.length === 0) return [`raw HTML is not allowed: ${quote(html)} ${HTML_RULE}`];
  const allowed = new Set<string>(policy.allowHtml);
  const problems: string[] = [];
  for (const piece of pieces) {
    if (piece.type !== 'tag') {
      problems.push(`raw HTML is not allowed: ${quote(piece.source)} ${HTML_RULE}`);
    } else if (!allowed.has(piece.name)) {
      problems.push(
        `HTML element <${piece.name}> is not allowed: ${quote(piece.source)} (allowHtml allows ${policy.allowHtml.join(', ')})`,
      );
    } else {
      const attributes = OPTIONAL_HTML_ATTRIBUTES[piece.name as OptionalHtmlElement] ?? [];
      for (const attribute of piece.attributes) {
        if (!attributes.includes(attribute.name)) {
          const may = attributes.length === 0 ? 'it takes no attributes' : `allowed: ${attributes.join(', ')}`;
          problems.push(`attribute "${attribute.name}" is not allowed on <${piece.name}>: ${quote(piece.source)} (${may})`);
        } else if (attribute.name === 'cite' && !isHttpUrl(attribute.value)) {
          problems.push(`unsafe cite URL ${quote(attribute.value)} in ${quote(piece.source)}: only http(s) URLs are allowed`);
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
  const remote = kind.kind === 'other-host' || (kind.kind === 'scheme' && (kind.scheme === 'http' || kind.scheme === 'https'));
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
