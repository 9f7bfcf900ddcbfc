import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  dayDate,
  dayRangeOfDate,
  fromDayNumber,
  monthName,
  parseTimelineDate,
  readTimelineDate,
  shortMonthName,
  type TimelineDate,
} from '../../../src/lib/dates/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe(`dayRangeOfDate() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  it('covers whole years and months, and leap days', () => {
    const [first, last] = dayRangeOfDate(parse('2024-02'));
    expect(last - first + 1).toBe(29);
    const [yearFirst, yearLast] = dayRangeOfDate(parse('1988'));
    expect(yearLast - yearFirst + 1).toBe(366);
    const [from, to] = dayRangeOfDate(parse('2022-12-12/2023-09'));
    expect(fromDayNumber(from)).toEqual({ year: 2022, month: 12, day: 12 });
    expect(fromDayNumber(to)).toEqual({ year: 2023, month: 9, day: 30 });
  });
});

describe('readTimelineDate()', () => {
  it('reads back every date form the content model allows, as the EDTF parser does', () => {
    for (const text of [
      '1991',
      '0990',
      '2023-09',
      '2020-11-10',
      '2024-02-29',
      '2023-06~',
      '2023-06?',
      '2023-06%',
      '1992/1994',
      '2020-09-27/2020-11-10',
      '2022-12-12/2023-09~',
    ]) {
      const parsed = parseTimelineDate(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(readTimelineDate(text), text).toEqual(parsed.date);
    }
  });

  it('reads every date of the fixture site as the build parsed it', async () => {
    const timeline = await loadTimeline('tests/fixtures/small-site');
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) expect(readTimelineDate(event.date.edtf), event.id).toEqual(event.date);
  });

  it('rejects what it does not know, and days that do not exist', () => {
    for (const text of [
      '',
      '88',
      '2023-00',
      '2023-13',
      '2023-01-32',
      '2023-02-29',
      '0000',
      '-0500',
      '2020/2021/2022',
      '2020/..',
      '/2020',
      '2020-06~~',
      'x',
    ]) {
      expect(readTimelineDate(text), text).toBeUndefined();
    }
  });
});

describe('month names', () => {
  it('name every month once, in full and in three letters', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
    expect(shortMonthName(9)).toBe('Sep');
    expect(monthName(0)).toBe('');
    expect(monthName(13)).toBe('');
  });
});

describe('monthName() and shortMonthName()', () => {
  it('name every month as date-fns does on the build side, so the browser and the pages agree', () => {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(2000, month - 1, 15, 12);
      expect(monthName(month)).toBe(format(date, 'MMMM'));
      expect(shortMonthName(month)).toBe(format(date, 'MMM'));
    }
  });
});

describe('dayDate()', () => {
  it('makes a plain date of day precision from a calendar day', () => {
    expect(dayDate({ year: 2026, month: 3, day: 7 })).toEqual({
      kind: 'date',
      edtf: '2026-03-07',
      precision: 'day',
      year: 2026,
      month: 3,
      day: 7,
      approximate: false,
      uncertain: false,
    });
  });
});
