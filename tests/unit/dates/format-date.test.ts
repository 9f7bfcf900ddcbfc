import { describe, expect, it } from 'vitest';
import {
  formatTimelineDate,
  formatTimelineDateShort,
  parseTimelineDate,
  toDatetimeAttribute,
  type PartialDate,
  type TimelineDate,
} from '../../../src/lib/dates/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}
const format = (text: string) => formatTimelineDate(parse(text));

// These run under several TZ values (see tests/run-all.mjs); the expected text is the same in every zone.
describe(`formatTimelineDate() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  it('shows a date at its precision', () => {
    expect(format('1991')).toBe('1991');
    expect(format('2023-09')).toBe('September 2023');
    expect(format('2020-11-10')).toBe('10 November 2020');
    expect(format('2024-01-01')).toBe('1 January 2024');
    expect(format('2023-12-31')).toBe('31 December 2023');
  });

  it('says "about" for approximate dates and marks uncertain ones', () => {
    expect(format('2023-06~')).toBe('about June 2023');
    expect(format('2023-06?')).toBe('June 2023 (uncertain)');
    expect(format('1988~')).toBe('about 1988');
  });

  it('shows an interval within one year with its length in days', () => {
    expect(format('2020-09-27/2020-11-10')).toBe('27 September – 10 November 2020 (44 days)');
    expect(format('2023-09-24/2023-09-30')).toBe('24–30 September 2023 (6 days)');
  });

  it('shows intervals across years and of coarser precision', () => {
    expect(format('1992/1994')).toBe('1992–1994');
    expect(format('2022-12-12/2023-09-20')).toBe('12 December 2022 – 20 September 2023 (282 days)');
    expect(format('2022-12/2023-09')).toBe('December 2022 – September 2023');
    expect(format('2023-04/2023-09')).toBe('April – September 2023');
    expect(format('2022-12-12/2023-09')).toBe('12 December 2022 – September 2023');
    expect(format('2023-06~/2023-09')).toBe('about June 2023 – September 2023');
  });

  it('abbreviates for tight spaces', () => {
    expect(formatTimelineDateShort(parse('2020-11-10'))).toBe('10 Nov 2020');
    expect(formatTimelineDateShort(parse('2023-09'))).toBe('Sep 2023');
    expect(formatTimelineDateShort(parse('1992/1994'))).toBe('1992–1994');
  });

  it('gives <time datetime> values at the same precision', () => {
    expect(toDatetimeAttribute(parse('1991') as PartialDate)).toBe('1991');
    expect(toDatetimeAttribute(parse('2023-09') as PartialDate)).toBe('2023-09');
    expect(toDatetimeAttribute(parse('2020-11-10') as PartialDate)).toBe('2020-11-10');
  });
});
