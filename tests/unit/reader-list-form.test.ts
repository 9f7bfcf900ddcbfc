import { describe, expect, it } from 'vitest';
import { CARDS_UP_TO, readerListForm } from '../../src/lib/reader-list-form.ts';

describe('readerListForm()', () => {
  it('lists cards up to CARDS_UP_TO events and titles beyond, when set to auto', () => {
    expect(readerListForm('auto', 0)).toBe('cards');
    expect(readerListForm('auto', CARDS_UP_TO)).toBe('cards');
    expect(readerListForm('auto', CARDS_UP_TO + 1)).toBe('titles');
  });

  it('follows an explicit setting at any size', () => {
    expect(readerListForm('titles', 5)).toBe('titles');
    expect(readerListForm('cards', 10_000)).toBe('cards');
  });
});
