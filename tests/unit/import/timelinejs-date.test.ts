import { describe, expect, it } from 'vitest';
import { timelineJsDate } from '../../../src/lib/import/timelinejs-date.ts';

describe('timelineJsDate()', () => {
  it('keeps the precision the parts give', () => {
    expect(timelineJsDate({ year: '1991' })).toEqual({ ok: true, edtf: '1991' });
    expect(timelineJsDate({ year: 2023, month: 9 })).toEqual({ ok: true, edtf: '2023-09' });
    expect(timelineJsDate({ year: ' 2020 ', month: '11', day: '10' })).toEqual({ ok: true, edtf: '2020-11-10' });
    expect(timelineJsDate({ year: 990 })).toEqual({ ok: true, edtf: '0990' });
  });

  it('says which part is wrong and why', () => {
    expect(timelineJsDate({})).toEqual({ ok: false, part: 'year', reason: 'is missing' });
    expect(timelineJsDate({ year: '19x4' })).toEqual({
      ok: false,
      part: 'year',
      reason: 'must be a whole number such as 1991, not "19x4"',
    });
    expect(timelineJsDate({ year: -500 })).toMatchObject({
      part: 'year',
      reason: 'years before 1 CE are not supported: -500',
    });
    expect(timelineJsDate({ year: 0 })).toMatchObject({ part: 'year' });
    expect(timelineJsDate({ year: 2023, month: 13 })).toMatchObject({ part: 'month' });
    expect(timelineJsDate({ year: 2023, day: 5 })).toEqual({ ok: false, part: 'day', reason: 'a day needs a month' });
    expect(timelineJsDate({ year: 2023, month: 2, day: 29 })).toEqual({
      ok: false,
      part: 'day',
      reason: 'February 2023 has no day 29',
    });
  });
});
