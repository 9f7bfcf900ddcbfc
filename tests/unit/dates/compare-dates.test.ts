import { describe, expect, it } from 'vitest';
import {
  compareTimelineDates,
  dayRangeOfDate,
  fromDayNumber,
  parseTimelineDate,
  toDayNumber,
  type TimelineDate,
} from '../../../src/lib/dates/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}
const sortTexts = (texts: string[]) =>
  texts
    .map((t) => ({ t, d: parse(t) }))
    .sort((a, b) => compareTimelineDates(a.d, b.d))
    .map((x) => x.t);

describe('compareTimelineDates()', () => {
  it('orders dates of mixed precision chronologically, the coarser first where they start together', () => {
    expect(
      sortTexts([
        '2023-09-19',
        '2023',
        '2023-09',
        '2022-12-12/2023-09',
        '2023-09-20',
        '1991',
        '2020-09-27/2020-11-10',
        '2020-11-10',
      ]),
    ).toEqual([
      '1991',
      '2020-09-27/2020-11-10',
      '2020-11-10',
      '2022-12-12/2023-09',
      '2023',
      '2023-09',
      '2023-09-19',
      '2023-09-20',
    ]);
  });

  it('puts the shorter of two spans that start together first', () => {
    expect(sortTexts(['1992/1994', '1992'])).toEqual(['1992', '1992/1994']);
  });
});

describe('day numbers', () => {
  it('round-trip calendar days, including leap days and the years before 1970', () => {
    for (const day of [
      { year: 2020, month: 2, day: 29 },
      { year: 1900, month: 1, day: 1 },
      { year: 1988, month: 2, day: 20 },
      { year: 50, month: 6, day: 1 },
    ]) {
      expect(fromDayNumber(toDayNumber(day))).toEqual(day);
    }
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
  });

  it('give the whole span a partial date may stand for', () => {
    const [first, last] = dayRangeOfDate(parse('2023-02'));
    expect(fromDayNumber(first)).toEqual({ year: 2023, month: 2, day: 1 });
    expect(fromDayNumber(last)).toEqual({ year: 2023, month: 2, day: 28 });
  });
});
