import { beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayDate, dayRangeOfDate } from '../../../src/lib/dates/partial-date.ts';
import { formatTimelineDate } from '../../../src/lib/dates/format-date.ts';
import { describeEvent } from '../../../src/lib/describe-event.ts';
import { createClientTranslator } from '../../../src/lib/i18n/client-translator.ts';
import { createSiteText } from '../../../src/lib/i18n/site-text.ts';
import { SCRIPT_MESSAGES } from '../../../src/lib/i18n/script-messages.ts';
import { createTimeScale, layoutAxisTicks, layoutTimeAxis, type DayWindow } from '../../../src/lib/layout/index.ts';
import { describeCluster } from '../../../src/lib/layout/render-timeline-svg.ts';
import type { EventId } from '../../../src/lib/timeline-model.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';

const zone = process.env['TZ'] ?? 'unset';
const ru = createSiteText('ru');
const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
const ids = (count: number) => Array.from({ length: count }, (_, i) => `e${i}` as EventId);

let ranges: (readonly [number, number])[];
beforeAll(async () => {
  ranges = (await loadTimeline(LAYOUT_SITE)).events.map((event) => dayRangeOfDate(event.date));
});
const ticksIn = (window: DayWindow, width = 1280) =>
  layoutAxisTicks(createTimeScale(layoutTimeAxis(ranges, { width }), window), { monthNames: ru.monthNames });

describe(`the timeline's words in Russian [TZ=${zone}]`, () => {
  it('labels axis ticks with Russian month names, on the right months', () => {
    const ticks = ticksIn({ from: day(2023), to: day(2024) });
    const months = ticks.filter((tick) => tick.unit === 'month');
    expect(months.length).toBeGreaterThan(3);
    for (const tick of months) {
      const { month } = fromDayNumber(tick.day);
      // January shows its year; every other month its name (the first with its year).
      if (month !== 1) expect(tick.label.split(' ')[0]).toBe(ru.monthNames.short[month - 1]);
    }
    const labels = ticks.map((tick) => tick.label).join(' ');
    expect(labels).toMatch(/февр|март|апр|июнь|сент|окт/);
    expect(labels).not.toMatch(/[A-Za-z]/);
  });

  it('labels day ticks with Russian month names too', () => {
    const ticks = ticksIn({ from: day(2023, 9, 17), to: day(2023, 9, 24) });
    expect(ticks[0]?.label).toBe(`17 ${ru.monthNames.short[8]} 2023`);
  });

  it('names clusters with Russian plural forms for 1, 2, 5 and 21 events and dates in the genitive', () => {
    const days = [day(1950, 3, 3), day(1950, 3, 9)] as const;
    expect(describeCluster({ eventIds: ids(1), days: [days[0], days[0]] }, ru)).toBe(
      'ещё 1 событие, 3 марта 1950: увеличьте масштаб, чтобы его увидеть',
    );
    expect(describeCluster({ eventIds: ids(2), days }, ru)).toBe(
      'ещё 2 события, 3 марта 1950 – 9 марта 1950: увеличьте масштаб, чтобы их увидеть',
    );
    expect(describeCluster({ eventIds: ids(5), days }, ru)).toMatch(/^ещё 5 событий, /);
    expect(describeCluster({ eventIds: ids(21), days }, ru)).toMatch(/^ещё 21 событие, /);
  });

  it('says how many events are shown, in the browser as on the server, for 1, 2, 5 and 21', () => {
    const browser = createClientTranslator(ru.forBrowser(SCRIPT_MESSAGES['tl-timeline.ts']));
    const expected: Record<number, string> = {
      1: 'Показано единственное событие.',
      2: 'Показаны все 2 события.',
      5: 'Показаны все 5 событий.',
      21: 'Показано все 21 событие.',
    };
    for (const [total, sentence] of Object.entries(expected)) {
      expect(browser('timeline.showingAll', { total: Number(total) })).toBe(sentence);
      expect(ru.t('timeline.showingAll', { total: Number(total) })).toBe(sentence);
    }
    expect(browser('timeline.showing', { shown: 3, total: 5 })).toBe('Показано 3 из 5 событий.');
    expect(browser('timeline.showing', { shown: 1, total: 21 })).toBe('Показано 1 из 21 события.');
  });

  it('describes an event page with its Russian date', () => {
    const date = formatTimelineDate(dayDate({ year: 2020, month: 11, day: 10 }), ru);
    expect(describeEvent(date, 'Заявление о *прекращении огня*.', ru.t)).toBe(
      '10 ноября 2020: Заявление о прекращении огня.',
    );
  });
});
