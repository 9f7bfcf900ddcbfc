import { describe, expect, it } from 'vitest';
import { toRisDate } from '../../../src/lib/cite/index.ts';

describe('toRisDate()', () => {
  it('writes YYYY/MM/DD/ zero-padded, leaving empty the parts a partial date lacks', () => {
    expect(toRisDate({ 'date-parts': [[2023, 6, 6]] })).toBe('2023/06/06/');
    expect(toRisDate({ 'date-parts': [[2022, 6]] })).toBe('2022/06//');
    expect(toRisDate({ 'date-parts': [[1992]] })).toBe('1992///');
    expect(toRisDate({ 'date-parts': [[950, 1, 2]] })).toBe('0950/01/02/');
  });

  it('writes a range as its start, RIS having no ranges', () => {
    expect(toRisDate({ 'date-parts': [[1992], [1994]] })).toBe('1992///');
  });
});
