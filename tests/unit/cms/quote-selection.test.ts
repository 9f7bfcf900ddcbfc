import { describe, expect, it } from 'vitest';
import { selectQuote } from '../../../src/lib/cms/quote-selection.ts';

const PARAGRAPH = 'The town council on Tuesday approved the “new” harbour bridge after a vote.';

describe('selectQuote', () => {
  it('widens a selection that cuts words to whole words, and keeps the paragraph’s own characters', () => {
    const start = PARAGRAPH.indexOf('ouncil');
    const end = PARAGRAPH.indexOf('idge') + 2;
    expect(selectQuote(PARAGRAPH, start, end)).toEqual({
      ok: true,
      quote: 'council on Tuesday approved the “new” harbour bridge',
      start: PARAGRAPH.indexOf('council'),
      end: PARAGRAPH.indexOf(' after'),
    });
  });

  it('trims spaces at the ends and accepts a backwards selection', () => {
    const start = PARAGRAPH.indexOf(' approved');
    const end = PARAGRAPH.indexOf(' bridge') + 1;
    expect(selectQuote(PARAGRAPH, end, start)).toMatchObject({ ok: true, quote: 'approved the “new” harbour' });
  });

  it('refuses fewer than four words', () => {
    expect(selectQuote(PARAGRAPH, 0, 8)).toEqual({
      ok: false,
      reason: 'select at least 4 words (this selection has 2)',
    });
  });
});
