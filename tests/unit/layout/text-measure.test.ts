import { describe, expect, it } from 'vitest';
import { createCharWidthMeasure, memoizeTextMeasure, truncateText } from '../../../src/lib/layout/index.ts';

const measure = createCharWidthMeasure();

describe('createCharWidthMeasure()', () => {
  it('measures 12 px Helvetica-metric text with a 10 % margin', () => {
    // "Minsk": M 833 + i 222 + n 556 + s 500 + k 500 = 2611 thousandths of an em.
    expect(measure('Minsk')).toBeCloseTo(2.611 * 12 * 1.1, 9);
    expect(createCharWidthMeasure(16, 1)('Minsk')).toBeCloseTo(2.611 * 16, 9);
  });

  it('grows with every character and is additive', () => {
    expect(measure('')).toBe(0);
    expect(measure('War over')).toBeCloseTo(measure('War') + measure(' ') + measure('over'), 9);
    expect(measure('iii')).toBeLessThan(measure('WWW'));
  });

  it('gives accented letters their base letter’s width and wide scripts a full em', () => {
    expect(measure('é')).toBeCloseTo(measure('e'), 9);
    expect(measure('Ə')).toBeGreaterThan(0);
    expect(measure('戦')).toBeCloseTo(12 * 1.1, 9);
    expect(measure('🕊')).toBeCloseTo(12 * 1.1, 9);
  });
});

describe('truncateText()', () => {
  const title = 'Bayramov and Lavrov meet in Minsk';

  it('keeps a title that fits', () => {
    expect(truncateText(title, measure(title), measure)).toBe(title);
  });

  it('cuts the longest start that fits with an ellipsis', () => {
    for (const room of [40, 100, 150, 200]) {
      const text = truncateText(title, room, measure);
      expect(text.endsWith('…')).toBe(true);
      expect(measure(text)).toBeLessThanOrEqual(room);
      // The next longer cut (spaces before the ellipsis are dropped) no longer fits.
      let end = text.length;
      while (title.slice(0, end).trimEnd().length < text.length) end += 1;
      expect(measure(`${title.slice(0, end).trimEnd()}…`)).toBeGreaterThan(room);
    }
  });

  it('gives nothing where not even one character fits', () => {
    expect(truncateText(title, 5, measure)).toBe('');
    expect(truncateText(title, -10, measure)).toBe('');
  });

  it('never cuts a character outside the BMP in half', () => {
    const text = truncateText('🕊🕊🕊🕊🕊', 40, measure);
    expect(text).toMatch(/^(🕊)+…$/u);
  });
});

describe('memoizeTextMeasure()', () => {
  it('measures each text once', () => {
    let calls = 0;
    const memo = memoizeTextMeasure((text) => {
      calls += 1;
      return text.length;
    });
    expect([memo('abc'), memo('abc'), memo('de')]).toEqual([3, 3, 2]);
    expect(calls).toBe(2);
  });
});
