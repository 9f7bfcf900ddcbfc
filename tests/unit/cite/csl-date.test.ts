import { describe, expect, it } from 'vitest';
import { toCslDate, toCslDay } from '../../../src/lib/cite/index.ts';
import { parseTimelineDate, type TimelineDate } from '../../../src/lib/dates/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}
const csl = (text: string) => toCslDate(parse(text));

describe(`toCslDate() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  it('keeps a date at its real precision, with no drift to the day before', () => {
    expect(csl('1991')).toEqual({ 'date-parts': [[1991]] });
    expect(csl('2023-09')).toEqual({ 'date-parts': [[2023, 9]] });
    expect(csl('2020-11-10')).toEqual({ 'date-parts': [[2020, 11, 10]] });
    expect(csl('2024-01-01')).toEqual({ 'date-parts': [[2024, 1, 1]] });
  });

  it('marks approximate and uncertain dates circa', () => {
    expect(csl('2021-10-14~')).toEqual({ 'date-parts': [[2021, 10, 14]], circa: true });
    expect(csl('2023-06?')).toEqual({ 'date-parts': [[2023, 6]], circa: true });
    expect(csl('2023-06~/2023-09')).toEqual({
      'date-parts': [
        [2023, 6],
        [2023, 9],
      ],
      circa: true,
    });
  });

  it('writes an interval within a year as a CSL range at the precision both ends share', () => {
    expect(csl('2020-09-27/2020-11-10')).toEqual({
      'date-parts': [
        [2020, 9, 27],
        [2020, 11, 10],
      ],
    });
    expect(csl('2023-04/2023-09')).toEqual({
      'date-parts': [
        [2023, 4],
        [2023, 9],
      ],
    });
    expect(csl('2023-05-01/2023-06')).toEqual({
      'date-parts': [
        [2023, 5],
        [2023, 6],
      ],
    });
  });

  it('writes an interval across years as a range of years, and collapses a range to one date when the ends meet', () => {
    expect(csl('1992/1994')).toEqual({ 'date-parts': [[1992], [1994]] });
    expect(csl('1992/1994-05-12')).toEqual({ 'date-parts': [[1992], [1994]] });
    expect(csl('2019-03-02/2022-06-10')).toEqual({ 'date-parts': [[2019], [2022]] });
    expect(csl('2023/2023-05')).toEqual({ 'date-parts': [[2023]] });
  });

  it('turns a calendar day into a day-precise CSL date', () => {
    expect(toCslDay({ year: 2026, month: 11, day: 23 })).toEqual({ 'date-parts': [[2026, 11, 23]] });
  });
});
