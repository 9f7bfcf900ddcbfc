import { describe, expect, it } from 'vitest';
import { dayRangeOf, parseTimelineDate, type TimelineDate } from '../../../src/lib/dates/index.ts';
import { dayRangeOfDate } from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe(`dayRangeOfDate() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  it('agrees with dayRangeOf() from src/lib/dates on every real and fixture event', async () => {
    for (const dir of ['content', 'tests/fixtures/small-site']) {
      for (const event of (await loadTimeline(dir)).events)
        expect(dayRangeOfDate(event.date)).toEqual(dayRangeOf(event.date));
    }
  });

  it('covers whole years and months, and leap days', () => {
    const [first, last] = dayRangeOfDate(parse('2024-02'));
    expect(last - first + 1).toBe(29);
    const [yearFirst, yearLast] = dayRangeOfDate(parse('1988'));
    expect(yearLast - yearFirst + 1).toBe(366);
    expect(dayRangeOfDate(parse('2022-12-12/2023-09'))).toEqual(dayRangeOf(parse('2022-12-12/2023-09')));
  });
});
