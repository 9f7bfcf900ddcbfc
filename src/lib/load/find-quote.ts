import type { QuoteRange } from '../timeline-model.ts';

/**
 * Finding a quoted passage in an article's text. Editors copy quotes by hand, so the match forgives what copying
 * changes without changing the words: runs of whitespace, and typographic variants of quotes, apostrophes and
 * dashes. Nothing else: a changed letter is a different quote.
 */

// Each variant maps to one plain character. Ordinary letters are left alone.
const EQUIVALENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** A text reduced to what a quote must match, with a map back to the original's character offsets. */
interface FoldedText {
  readonly text: string;
  /** offsets[i] is the index in the original of folded character i; one extra entry marks the end. */
  readonly offsets: readonly number[];
}

function fold(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (/\s/u.test(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (pendingSpace) {
      text += ' ';
      offsets.push(i);
      pendingSpace = false;
    }
    text += EQUIVALENTS[ch] ?? ch;
    offsets.push(i);
  }
  offsets.push(original.length);
  return { text, offsets };
}

/**
 * Find a quote in a text, forgiving whitespace and typographic variants. The quote must start and end at word
 * boundaries of the text: "ceasefire" is not found in "ceasefires". Returns the range of the first such match in
 * the original text (so the page can highlight the article's own characters), or undefined.
 * @example findQuote('He said “yes”  today.', 'said "yes" today') // { start: 3, end: 20 }
 */
export function findQuote(text: string, quote: string): QuoteRange | undefined {
  const needle = fold(quote).text;
  if (needle === '') return undefined;
  const haystack = fold(text);
  for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (splitsWord(haystack.text, at) || splitsWord(haystack.text, end)) continue;
    const start = haystack.offsets[at] as number;
    const lastChar = haystack.offsets[end - 1] as number;
    return { start, end: lastChar + 1 };
  }
  return undefined;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

// A cut at `index` splits a word when the characters on both sides of it are letters or digits.
function splitsWord(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  return before !== undefined && after !== undefined && WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after);
}

/**
 * How many words a quote has: runs of non-space characters holding at least one letter or digit (a lone dash or
 * ellipsis is not a word).
 * @example countWords('“Yes” – he said.') // 3
 */
export function countWords(quote: string): number {
  return quote.split(/\s+/u).filter((token) => WORD_CHARACTER.test(token)).length;
}

/** Whether two strings are the same passage, by the same forgiving rules. */
export function isSamePassage(a: string, b: string): boolean {
  return fold(a).text === fold(b).text;
}
