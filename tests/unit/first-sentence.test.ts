import { describe, expect, it } from 'vitest';
import { afterFirstSentence, firstSentence } from '../../src/lib/first-sentence.ts';

describe('firstSentence()', () => {
  it('ends at the first full stop followed by a capital', () => {
    expect(firstSentence('Talks began in 1994. They stalled.')).toBe('Talks began in 1994.');
    expect(afterFirstSentence('Talks began in 1994. They stalled.')).toBe('They stalled.');
  });

  it('is not fooled by abbreviations and numbers', () => {
    expect(firstSentence('U.S. officials met c. 1990 and e.g. 3.5 km away. Then more.')).toBe(
      'U.S. officials met c. 1990 and e.g. 3.5 km away.',
    );
  });

  it('keeps a closing quote and folds line breaks', () => {
    expect(firstSentence('He said “no.”\n  Then he left.')).toBe('He said “no.”');
  });

  it('returns the whole text when it is one sentence', () => {
    expect(firstSentence('  One sentence only.  ')).toBe('One sentence only.');
    expect(afterFirstSentence('One sentence only.')).toBe('');
  });
});
