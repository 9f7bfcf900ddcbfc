import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/highlight-passages.ts';

describe('highlightSegments()', () => {
  it('cuts a paragraph at every boundary of overlapping passages', () => {
    expect(
      highlightSegments('abcdef', [
        { start: 1, end: 4 },
        { start: 3, end: 5 },
      ]),
    ).toEqual([
      { text: 'a', covering: [] },
      { text: 'bc', covering: [0] },
      { text: 'd', covering: [0, 1] },
      { text: 'e', covering: [1] },
      { text: 'f', covering: [] },
    ]);
  });

  it('returns the whole text as one run when nothing is cited, and loses no character', () => {
    expect(highlightSegments('plain', [])).toEqual([{ text: 'plain', covering: [] }]);
    const segments = highlightSegments('a longer paragraph', [
      { start: 0, end: 8 },
      { start: 2, end: 18 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('a longer paragraph');
  });
});
