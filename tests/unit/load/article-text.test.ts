import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../../src/lib/load/article-text.ts';

describe('parseArticleText()', () => {
  it('splits paragraphs on blank lines and numbers them from p1', () => {
    expect(parseArticleText('One.\n\nTwo.\n\n\nThree.')).toEqual([
      { kind: 'paragraph', id: 'p1', text: 'One.' },
      { kind: 'paragraph', id: 'p2', text: 'Two.' },
      { kind: 'paragraph', id: 'p3', text: 'Three.' },
    ]);
  });

  it('reads "## " paragraphs as headings of the text and "* * *" as the seam of stitched articles', () => {
    expect(parseArticleText('One.\n\n* * *\n\n## Second headline\n\nTwo.')).toEqual([
      { kind: 'paragraph', id: 'p1', text: 'One.' },
      { kind: 'break', text: '' },
      { kind: 'heading', id: 'p2', text: 'Second headline' },
      { kind: 'paragraph', id: 'p3', text: 'Two.' },
    ]);
  });

  it('keeps the text verbatim: no Markdown is interpreted', () => {
    expect(parseArticleText('A *starred* _word_ and “quotes”.')[0]?.text).toBe('A *starred* _word_ and “quotes”.');
  });

  it('joins a paragraph wrapped over several lines, and accepts Windows line ends', () => {
    expect(parseArticleText('One\r\nline.\r\n\r\nTwo.')).toEqual([
      { kind: 'paragraph', id: 'p1', text: 'One line.' },
      { kind: 'paragraph', id: 'p2', text: 'Two.' },
    ]);
  });
});
