import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse-markdown.ts';
import { smartenPunctuation } from './smart-punctuation.ts';

/**
 * Editors' Markdown as plain text on one line, punctuated as the rendered HTML is, for places that take no markup:
 * meta descriptions, alt text, image captions. Raw HTML is dropped, never passed on.
 * @example markdownPlainText('The **new** bridge.\n\nIt\'s [open](https://example.org).') // 'The new bridge. It’s open.'
 */
export function markdownPlainText(markdown: string): string {
  const tree = parseMarkdown(markdown);
  smartenPunctuation(tree);
  return tree.children
    .map((block) => toString(block, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
