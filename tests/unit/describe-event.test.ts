import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, describeEvent } from '../../src/lib/describe-event.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';

const { t } = createTranslator('en');

describe('describeEvent()', () => {
  it('gives the date and the plain text of the summary, without Markdown', () => {
    expect(
      describeEvent('10 November 2020', 'A *ceasefire* [statement](https://example.org) ends the **war**.', t),
    ).toBe('10 November 2020: A ceasefire statement ends the war.');
  });

  it('keeps paragraphs and list items apart with a space', () => {
    expect(describeEvent('1988', 'First.\n\nSecond:\n\n- one\n- two', t)).toBe('1988: First. Second: one two');
  });

  it('drops raw HTML, keeping only words', () => {
    const text = describeEvent('1988', 'Talks <img src=x onerror=alert(1)> began.\n\n<script>alert(1)</script>', t);
    expect(text).toBe('1988: Talks began.');
  });

  it(`cuts a long summary at a word boundary, with an ellipsis, at most ${DESCRIPTION_LENGTH} characters`, () => {
    const summary = 'The regional council voted to transfer the region, and then to leave; '.repeat(5);
    const text = describeEvent('1988', summary, t);
    expect([...text].length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(text).toMatch(/^1988: The regional council voted .* [a-z]+…$/);
    expect(summary.startsWith(text.slice('1988: '.length, -1))).toBe(true);
  });

  it('cuts a single overlong word rather than giving nothing', () => {
    expect(describeEvent('1988', 'x'.repeat(300), t, 20)).toBe(`1988: ${'x'.repeat(13)}…`);
  });

  it('falls back to the date alone for an empty summary', () => {
    expect(describeEvent('1988', '  ', t)).toBe('1988');
  });
});
