import { countWords } from '../load/find-quote.ts';
import { MIN_QUOTE_WORDS } from '../load/content-schemas.ts';

/** What the quote picker makes of a mouse selection inside one paragraph. */
export type QuoteSelection =
  | { readonly ok: true; readonly quote: string; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: string };

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Widen a selection [start, end) of a paragraph's text to whole words (a selection that starts or ends inside a
 * word takes the whole word), trim the spaces at its ends, and keep it only when it has enough words to identify
 * a passage. The quote is a slice of the paragraph itself: its characters are the article's, never retyped.
 * @example selectQuote('The sides agreed to a ceasefire today.', 6, 30) // quote "sides agreed to a ceasefire"
 */
export function selectQuote(paragraph: string, start: number, end: number): QuoteSelection {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(paragraph.length, Math.max(start, end));
  while (from > 0 && WORD_CHARACTER.test(paragraph[from - 1] as string) && WORD_CHARACTER.test(paragraph[from] ?? ''))
    from -= 1;
  while (
    to < paragraph.length &&
    WORD_CHARACTER.test(paragraph[to - 1] ?? '') &&
    WORD_CHARACTER.test(paragraph[to] as string)
  )
    to += 1;
  while (from < to && /\s/u.test(paragraph[from] as string)) from += 1;
  while (to > from && /\s/u.test(paragraph[to - 1] as string)) to -= 1;
  const quote = paragraph.slice(from, to);
  const words = countWords(quote);
  if (words < MIN_QUOTE_WORDS) {
    return { ok: false, reason: `select at least ${MIN_QUOTE_WORDS} words (this selection has ${words})` };
  }
  return { ok: true, quote, start: from, end: to };
}
