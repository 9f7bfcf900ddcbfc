import type { QuoteRange } from '../timeline-model.ts';
import { findQuote } from './find-quote.ts';

/** Where a quote is in an article's paragraphs, or why it is not there. */
export type QuoteLocation =
  | { readonly found: true; readonly blockIndex: number; readonly range: QuoteRange }
  | { readonly found: false; readonly message: string };

/**
 * Find a quote in one paragraph of an article (a quote never spans two). Shared by the build and the web editor's
 * pre-save check, so both say the same thing about the same quote.
 */
export function locateQuote(
  blocks: readonly { readonly id?: string | undefined; readonly text: string }[],
  quote: string,
  articleId: string,
): QuoteLocation {
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.id === undefined) continue;
    const range = findQuote(block.text, quote);
    if (range !== undefined) return { found: true, blockIndex, range };
  }
  const wholeText = blocks.map((block) => block.text).join(' ');
  const spans = findQuote(wholeText, quote) !== undefined;
  return {
    found: false,
    message: spans
      ? `spans more than one paragraph of article "${articleId}": quote from a single paragraph`
      : `not found in article "${articleId}"`,
  };
}
