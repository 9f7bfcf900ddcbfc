import { describe, expect, it } from 'vitest';
import { parseTimelineDate, type TimelineDate } from '../../../src/lib/dates/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe('parseTimelineDate()', () => {
  it('keeps the precision of a year, a month and a day', () => {
    expect(parse('1991')).toMatchObject({ kind: 'date', precision: 'year', year: 1991 });
    expect(parse('2023-09')).toMatchObject({ kind: 'date', precision: 'month', year: 2023, month: 9 });
    expect(parse('2020-11-10')).toMatchObject({ kind: 'date', precision: 'day', year: 2020, month: 11, day: 10 });
  });

  it('reads the approximate (~) and uncertain (?) qualifiers', () => {
    expect(parse('2023-06~')).toMatchObject({ approximate: true, uncertain: false, month: 6 });
    expect(parse('2023-06?')).toMatchObject({ approximate: false, uncertain: true });
    expect(parse('2020-11-10')).toMatchObject({ approximate: false, uncertain: false });
  });

  it('parses intervals with ends of any precision', () => {
    const war = parse('2020-09-27/2020-11-10');
    expect(war).toMatchObject({ kind: 'interval', start: { day: 27, month: 9 }, end: { day: 10, month: 11 } });
    expect(parse('1992/1994')).toMatchObject({ kind: 'interval', start: { year: 1992 }, end: { year: 1994 } });
    expect(parse('2022-12-12/2023-09')).toMatchObject({ start: { precision: 'day' }, end: { precision: 'month' } });
  });

  it('rejects impossible days that the EDTF grammar or library let through', () => {
    expect(parseTimelineDate('2023-02-30')).toEqual({ ok: false, reason: expect.stringContaining('impossible date') });
    expect(parseTimelineDate('1991-02-29')).toEqual({
      ok: false,
      reason: expect.stringContaining('February 1991 has 28 days'),
    });
    expect(parseTimelineDate('2024-02-29').ok).toBe(true);
    expect(parseTimelineDate('2023-13').ok).toBe(false);
  });

  it('rejects intervals that end before they start', () => {
    expect(parseTimelineDate('2023-09-19/2023-09-18')).toEqual({
      ok: false,
      reason: 'interval ends (2023-09-18) before it starts (2023-09-19)',
    });
    expect(parseTimelineDate('1994/1992').ok).toBe(false);
    expect(parseTimelineDate('2023/2023-05').ok).toBe(true);
  });

  it('says why text is not a date', () => {
    expect(parseTimelineDate('10 November 2020')).toEqual({
      ok: false,
      reason: 'not a valid EDTF date: "10 November 2020"',
    });
    expect(parseTimelineDate('')).toEqual({ ok: false, reason: 'empty date' });
    expect(parseTimelineDate('2020/..').ok).toBe(false);
  });

  it('refuses years before 1 CE and the year 0 instead of showing them as "0501" or "0001"', () => {
    const before = (text: string) => ({ ok: false, reason: `years before 1 CE are not supported: "${text}"` });
    expect(parseTimelineDate('-0500')).toEqual(before('-0500'));
    expect(parseTimelineDate('0000')).toEqual(before('0000'));
    expect(parseTimelineDate('0000-01-01/0001')).toEqual(before('0000-01-01'));
    expect(parseTimelineDate('Y-12000')).toEqual(before('Y-12000'));
    expect(parseTimelineDate('0001')).toMatchObject({ ok: true, date: { year: 1 } });
  });

  it('refuses years beyond four digits with a reason, not a grammar error', () => {
    expect(parseTimelineDate('Y170000')).toEqual({
      ok: false,
      reason: 'years after 9999 are not supported: "Y170000"',
    });
    expect(parseTimelineDate('12345')).toEqual({ ok: false, reason: 'years after 9999 are not supported: "12345"' });
    expect(parseTimelineDate('9999-12-31').ok).toBe(true);
  });

  it('keeps calendar days whatever the time zone (no drift to the previous day)', () => {
    const date = parse('2020-11-10');
    expect(date).toMatchObject({ year: 2020, month: 11, day: 10 });
  });
});
