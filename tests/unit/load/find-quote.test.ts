import { describe, expect, it } from 'vitest';
import { countWords, findQuote, isSamePassage } from '../../../src/lib/load/find-quote.ts';

describe('findQuote()', () => {
  const text = 'Bayramov said:  “We don’t accept such a precondition … for a number of reasons” – he said.';

  it('finds an exact excerpt and returns its range in the original text', () => {
    const range = findQuote(text, 'Bayramov said');
    expect(range).toEqual({ start: 0, end: 13 });
  });

  it('forgives straight for typographic quotes and apostrophes, and hyphens for dashes', () => {
    const range = findQuote(text, `"We don't accept such a precondition … for a number of reasons" - he said.`);
    expect(range).toBeDefined();
    expect(text.slice(range!.start, range!.end)).toBe(
      '“We don’t accept such a precondition … for a number of reasons” – he said.',
    );
  });

  it('forgives runs of whitespace and line breaks', () => {
    expect(findQuote(text, 'Bayramov   said:\n“We')).toEqual({ start: 0, end: 19 });
  });

  it('does not forgive a changed letter, a missing word or a different case', () => {
    expect(findQuote(text, 'We do not accept')).toBeUndefined();
    expect(findQuote(text, 'bayramov said')).toBeUndefined();
    expect(findQuote(text, 'such precondition')).toBeUndefined();
  });

  it('matches at word boundaries only: a quote never starts or ends inside a word', () => {
    const talks = 'The ceasefires held; the ceasefire talks went on.';
    expect(findQuote(talks, 'ceasefire')).toEqual({ start: 25, end: 34 });
    expect(findQuote('The ceasefires held.', 'ceasefire')).toBeUndefined();
    expect(findQuote('The ceasefires held.', 'easefires held')).toBeUndefined();
    expect(findQuote('He said: “yes”.', 'said: "yes"')).toEqual({ start: 3, end: 14 });
    expect(findQuote('Ağdam, Şuşa and Füzuli', 'Ağdam, Şuş')).toBeUndefined();
  });

  it('counts the words of a quote, not its dashes or ellipses', () => {
    expect(countWords('“Yes” – he said.')).toBe(3);
    expect(countWords('such a precondition … for')).toBe(4);
    expect(countWords('  ')).toBe(0);
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(text, '   ')).toBeUndefined();
  });

  it('tells whether two strings are the same passage', () => {
    expect(isSamePassage('“yes” — no', '"yes" - no')).toBe(true);
    expect(isSamePassage('yes', 'Yes')).toBe(false);
  });
});
