import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The longest description, in characters: what search results and link previews show before cutting. */
export const DESCRIPTION_LENGTH = 160;

/**
 * An event's page description (`description`, `og:description`): its date and the plain text of its Markdown
 * summary, cut at a word boundary with an ellipsis when longer than `max` characters. Markup, links and raw HTML
 * become their text (HTML tags are dropped), so nothing but words reaches the attribute.
 * @example describeEvent('10 November 2020', 'A *ceasefire* [statement](https://example.org) ends the war.')
 * // '10 November 2020: A ceasefire statement ends the war.'
 */
export function describeEvent(dateText: string, summary: string, max = DESCRIPTION_LENGTH): string {
  const tree: Root = unified().use(remarkParse).parse(summary);
  const text = textBlocks(tree).join(' ').replace(/\s+/g, ' ').trim();
  return truncateAtWord(text === '' ? dateText : `${dateText}: ${text}`, max);
}

// The text of each block (paragraph, heading, table cell, code), so that blocks do not run into each other.
function textBlocks(node: Nodes): string[] {
  if (node.type === 'html') return [];
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || !('children' in node)) {
    return [toString(node, { includeHtml: false })];
  }
  return node.children.flatMap((child) => textBlocks(child));
}

// At most `max` characters, ellipsis included, cut after the last whole word that fits.
function truncateAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  // A word longer than half the room is cut inside: better part of it than nothing.
  if (space < max / 2) return `${chars.slice(0, max - 1).join('')}…`;
  return `${head.slice(0, space).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
