import { beforeAll, describe, expect, it } from 'vitest';
import { correctionAnchors } from '../../../src/lib/corrections/correction-anchor.ts';
import { toCorrectionsLog } from '../../../src/lib/corrections/corrections-log.ts';
import { dateModified } from '../../../src/lib/corrections/date-modified.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Correction, Timeline } from '../../../src/lib/timeline-model.ts';

let small: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
});

const day = (year: number, month: number, dayOfMonth: number) => ({ year, month, day: dayOfMonth });
const correction = (date: ReturnType<typeof day>, text = 'T.'): Correction => ({ date, text });

describe('toCorrectionsLog()', () => {
  it('lists every correction of events and articles, newest first, each with its page and anchor', () => {
    expect(
      toCorrectionsLog(small).map((entry) => [entry.date.day, entry.page.kind, entry.page.id, entry.anchor]),
    ).toEqual([
      [30, 'event', 'council-vote', 'correction-2026-11-30'],
      [25, 'article', 'gazette-2022-06', 'correction-2026-11-25'],
      [20, 'event', 'council-vote', 'correction-2026-11-20'],
    ]);
  });

  it('orders one day by page title, then newest of a page first, and is empty without corrections', () => {
    const same = day(2026, 12, 2);
    const events = [
      { ...small.events[0]!, title: 'Zeta', corrections: [correction(same, 'a'), correction(same, 'b')] },
      { ...small.events[1]!, title: 'Alpha', corrections: [correction(same, 'c')] },
    ];
    const log = toCorrectionsLog({ events, articles: [] });
    expect(log.map((entry) => [entry.text, entry.anchor])).toEqual([
      ['c', 'correction-2026-12-02'],
      ['b', 'correction-2026-12-02-2'],
      ['a', 'correction-2026-12-02'],
    ]);
    expect(toCorrectionsLog({ events: [], articles: [] })).toEqual([]);
  });
});

describe('correctionAnchors()', () => {
  it('names each correction by its day, numbering a second one of the same day', () => {
    expect(
      correctionAnchors([correction(day(2026, 11, 2)), correction(day(2026, 12, 2)), correction(day(2026, 12, 2))]),
    ).toEqual(['correction-2026-11-02', 'correction-2026-12-02', 'correction-2026-12-02-2']);
  });
});

describe('dateModified()', () => {
  it('is the later of the last update and the newest correction, and undefined when neither is known', () => {
    const corrections = [correction(day(2026, 11, 2)), correction(day(2026, 11, 30))];
    expect(dateModified({ basis: 'history', updated: day(2026, 11, 20) }, corrections)).toEqual(day(2026, 11, 30));
    expect(dateModified({ basis: 'history', updated: day(2026, 12, 20) }, corrections)).toEqual(day(2026, 12, 20));
    expect(dateModified({ basis: 'unknown' }, corrections)).toEqual(day(2026, 11, 30));
    expect(dateModified({ basis: 'unknown' }, [])).toBeUndefined();
  });
});
