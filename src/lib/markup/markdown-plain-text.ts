import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse-markdown.ts';
import { smartenPunctuation } from './smart-punctuation.ts';

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell']);

/**
 * Editors' Markdown as plain text on one line, punctuated as the rendered HTML is, for places that take no markup:
 * meta descriptions, alt text, image captions. Raw HTML is dropped, never passed on.
 * @example markdownPlainText('The **new** bridge.\n\nIt\'s [open](https://example.org).') // 'The new bridge. It’s open.'
 */
export function markdownPlainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  smartenPunctuation(tree);
  const blocks: string[] = [];
  const walk = (node: Nodes): void => {
    if (TEXT_BLOCKS.has(node.type)) blocks.push(toString(node, { includeHtml: false }));
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}
