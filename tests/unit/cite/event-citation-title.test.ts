import { describe, expect, it } from 'vitest';
import { toEventCitationTitle } from '../../../src/lib/cite/index.ts';
import { parseTimelineDate } from '../../../src/lib/dates/index.ts';

function titled(edtf: string): string {
  const parsed = parseTimelineDate(edtf);
  if (!parsed.ok) throw new Error(parsed.reason);
  return toEventCitationTitle({ title: 'T', date: parsed.date });
}

describe('toEventCitationTitle()', () => {
  it('puts the event’s date, as the page words it, in brackets after the title', () => {
    expect(titled('2020-11-10')).toBe('T (10 November 2020)');
    expect(titled('2022-03')).toBe('T (March 2022)');
    expect(titled('1988')).toBe('T (1988)');
    expect(titled('2021-10-14~')).toBe('T (about 14 October 2021)');
  });

  it('leaves out an interval’s length and marks uncertainty with "?" so that no brackets nest', () => {
    expect(titled('2020-09-27/2020-11-10')).toBe('T (27 September – 10 November 2020)');
    expect(titled('2023-09-20?')).toBe('T (20 September 2023?)');
    expect(titled('2023-09-20?')).not.toMatch(/\(.*\(/);
  });
});
