/**
 * The first sentence of a text, for a one-sentence standfirst: up to the first full stop, question or exclamation
 * mark that ends a word and is followed by a space and a capital letter (or an opening quote). Abbreviations like
 * "U.S. officials" or "c. 1990" do not end it: a lower-case word or a digit follows them. The whole text when no
 * sentence ends before its end.
 * @example firstSentence('Talks began in 1994. They stalled.') // 'Talks began in 1994.'
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const end = /[.!?][’”"')\]]?(?= [A-Z“‘"'(])/u.exec(trimmed);
  return end === null ? trimmed : trimmed.slice(0, end.index + end[0].length);
}

/** The text after its first sentence (empty when there is none). */
export function afterFirstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.slice(firstSentence(trimmed).length).trim();
}
