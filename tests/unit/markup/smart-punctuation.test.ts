import { describe, expect, it } from 'vitest';
import { markdownPlainText } from '../../../src/lib/markup/markdown-plain-text.ts';

describe('smartenPunctuation() (through markdownPlainText)', () => {
  it('curls quotes by what comes before them, across emphasis', () => {
    expect(markdownPlainText('"Hi," she said, \'ok\' -- it\'s the \'90s and "**new**" ("quoted")')).toBe(
      '“Hi,” she said, ‘ok’ – it’s the ’90s and “new” (“quoted”)',
    );
  });

  it('turns --- into an em dash and ... into an ellipsis, and leaves typographic marks alone', () => {
    expect(markdownPlainText('a --- b... “c” d’s')).toBe('a — b… “c” d’s');
  });
});

describe('markdownPlainText()', () => {
  it('gives the text of every block on one line, without markup or raw HTML', () => {
    expect(markdownPlainText("The **new** bridge.\n\nIt's [open](https://example.org) <b>now</b>.\n\n- a\n- b")).toBe(
      'The new bridge. It’s open now. a b',
    );
  });
});
