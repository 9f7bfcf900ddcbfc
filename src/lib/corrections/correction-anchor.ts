import { dayDate } from '../dates/partial-date.ts';
import { toDatetimeAttribute } from '../dates/format-date.ts';
import type { Correction } from '../timeline-model.ts';

/**
 * The fragment id of each of a page's corrections (oldest first): `correction-2026-12-02`, then
 * `correction-2026-12-02-2` for a second one that day. Named by date rather than position, so that a link or feed
 * entry keeps pointing at the same correction when an older one is added to the list later.
 * @example correctionAnchors([{ date: { year: 2026, month: 12, day: 2 }, text: '…' }]) // ['correction-2026-12-02']
 */
export function correctionAnchors(corrections: readonly Correction[]): string[] {
  const seen = new Map<string, number>();
  return corrections.map((correction) => {
    const day = toDatetimeAttribute(dayDate(correction.date));
    const count = (seen.get(day) ?? 0) + 1;
    seen.set(day, count);
    return count === 1 ? `correction-${day}` : `correction-${day}-${count}`;
  });
}
