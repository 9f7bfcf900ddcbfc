import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate, formatTimelineDate } from '../../../src/lib/dates/index.ts';
import { AXIS_HEIGHT, layoutTimeline, type TimelineLayout } from '../../../src/lib/layout/index.ts';
import {
  describeCluster,
  renderTimelineSvg,
  type RenderTimelineOptions,
} from '../../../src/lib/layout/render-timeline-svg.ts';
import { toSvgMarkup } from '../../../src/lib/layout/svg-markup.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';
import type { EventId, Timeline } from '../../../src/lib/timeline-model.ts';
import { createSiteText } from '../../../src/lib/i18n/site-text.ts';

const english = createSiteText('en');

let timeline: Timeline;
beforeAll(async () => {
  timeline = await loadTimeline(LAYOUT_SITE);
});

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });

function optionsFor(extra: Partial<RenderTimelineOptions> = {}): RenderTimelineOptions {
  const byId = new Map(timeline.events.map((event) => [event.id as string, event]));
  const colours = new Map(timeline.config.lanes.map((lane) => [lane.id, lane.colour]));
  return {
    idPrefix: 'tl-test',
    title: 'Timeline of 37 events, 1988 to 2024',
    text: english,
    eventOf: (id) => {
      const event = byId.get(id);
      return (
        event && {
          dateText: formatTimelineDate(event.date),
          href: `/events/${id}/`,
          colour: colours.get(event.lane) ?? '',
        }
      );
    },
    clusterHref: (ids) => `#event-${ids[0] ?? ''}`,
    ...extra,
  };
}

function render(layout: TimelineLayout, extra: Partial<RenderTimelineOptions> = {}): Document {
  const markup = toSvgMarkup(renderTimelineSvg(layout, optionsFor(extra)));
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as Document;
}

describe('renderTimelineSvg()', () => {
  it('makes every event mark a link to its page, named by its date and title, in time order', () => {
    const document = render(layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 }));
    const links = [...document.querySelectorAll('a.tl-mark')];
    const ids = links.map((link) => link.getAttribute('data-event-id') ?? '');
    expect([...ids].sort()).toEqual(timeline.events.map((event) => event.id).sort());
    // Time order (events on the same first day go by lane), which screen readers follow.
    const starts = ids.map((id) => dayRangeOfDate(timeline.events.find((event) => event.id === id)!.date)[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const link of links) {
      const event = timeline.events.find((candidate) => candidate.id === link.getAttribute('data-event-id'))!;
      expect(link.getAttribute('href')).toBe(`/events/${event.id}/`);
      expect(link.getAttribute('aria-label')).toBe(`${formatTimelineDate(event.date)}: ${event.title}`);
    }
    const ceasefire = document.querySelector('a[data-event-id="e10-diplomacy-2020-11-10"]');
    expect(ceasefire?.getAttribute('aria-label')).toBe('10 November 2020: Adds final works library grant starts');
  });

  it("leaves out the marks' hit areas when asked (the static drawings), and nothing else", () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 });
    const full = render(layout);
    const light = render(layout, { hitAreas: false });
    const marks = full.querySelectorAll('a.tl-mark').length;
    expect(full.querySelectorAll('a.tl-mark > .tl-mark__hit')).toHaveLength(marks);
    expect(light.querySelectorAll('.tl-mark__hit')).toHaveLength(0);
    expect(light.querySelectorAll('*').length).toBe(full.querySelectorAll('*').length - marks);
    const labels = (document: Document) =>
      [...document.querySelectorAll('a.tl-mark')].map((link) => [
        link.getAttribute('href'),
        link.getAttribute('transform'),
        link.querySelector('.tl-mark__label')?.textContent,
      ]);
    expect(labels(light)).toEqual(labels(full));
  });

  it('names the drawing as a graphics document and describes its window and breaks', () => {
    const document = render(layoutTimeline(timeline.events, timeline.config.lanes, { width: 390 }));
    const root = document.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('graphics-document');
    expect(root.getAttribute('aria-label')).toBe('Timeline of 37 events, 1988 to 2024');
    const description = document.getElementById(root.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toMatch(/^Shown: \w+ 1987 to \w+ 2024\./);
    expect(description).toContain('leaves out stretches with no events');
    expect(root.querySelector('title')).toBeNull();
  });

  it('draws breaks in the axis band only', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 });
    expect(layout.breaks.length).toBe(2);
    const document = render(layout);
    const breaks = [...document.querySelectorAll('.tl-axis__break, .tl-axis__zigzag')];
    expect(breaks).toHaveLength(4);
    for (const rect of document.querySelectorAll('.tl-axis__break')) {
      expect(Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'))).toBeLessThanOrEqual(AXIS_HEIGHT);
    }
    for (const path of document.querySelectorAll('.tl-axis__zigzag')) {
      const ys = [...(path.getAttribute('d') ?? '').matchAll(/,(-?[\d.]+)/g)].map((match) => Number(match[1]));
      expect(Math.max(...ys)).toBeLessThanOrEqual(AXIS_HEIGHT);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    }
  });

  it('labels every lane with its name and colour', () => {
    const document = render(layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 }));
    const lanes = [...document.querySelectorAll('g.tl-lane')];
    expect(lanes.map((lane) => lane.querySelector('text')?.textContent)).toEqual(
      timeline.config.lanes.map((lane) => lane.label),
    );
    expect(lanes.map((lane) => lane.querySelector('circle')?.getAttribute('fill'))).toEqual(
      timeline.config.lanes.map((lane) => lane.colour),
    );
  });

  it('marks the selected event and, in the browser, takes the marks out of the tab order', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 });
    const document = render(layout, { selectedId: 'e10-diplomacy-2020-11-10', interactive: true });
    const selected = [...document.querySelectorAll('[aria-current="true"]')];
    expect(selected.map((mark) => mark.getAttribute('data-event-id'))).toEqual(['e10-diplomacy-2020-11-10']);
    expect([...document.querySelectorAll('a')].every((link) => link.getAttribute('tabindex') === '-1')).toBe(true);
    expect(render(layout).querySelector('a[tabindex]')).toBeNull();
  });

  it('can name marks with another attribute, for a page where [data-event-id] is taken', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 512 });
    const document = render(layout, { eventIdAttribute: 'data-timeline-event' });
    expect(document.querySelectorAll('[data-event-id]')).toHaveLength(0);
    expect(document.querySelectorAll('a[data-timeline-event]')).toHaveLength(timeline.events.length);
  });

  it('draws clusters as links that name their events and open onto a narrower window', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 390, maxRowsPerLane: 2 });
    const clusters = layout.marks.filter((mark) => mark.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const document = render(layout);
    const links = [...document.querySelectorAll('a.tl-cluster')];
    expect(links).toHaveLength(clusters.length);
    links.forEach((link, i) => {
      const cluster = clusters[i]!;
      expect(link.getAttribute('href')).toBe(`#event-${cluster.eventIds[0]}`);
      expect(link.getAttribute('aria-label')).toBe(describeCluster(cluster, english));
      expect(link.textContent).toBe(`+${cluster.eventIds.length}`);
      expect(Number(link.getAttribute('data-expand-to')) - Number(link.getAttribute('data-expand-from'))).toBeLessThan(
        layout.window.to - layout.window.from,
      );
    });
  });

  it('says how many events a cluster holds and when', () => {
    const ids = ['a', 'b', 'c'] as EventId[];
    expect(describeCluster({ eventIds: ids, days: [day(1950, 3, 3), day(1950, 3, 9)] }, english)).toBe(
      '3 more events, 3 March 1950 to 9 March 1950: zoom in to see them',
    );
    expect(describeCluster({ eventIds: ids.slice(0, 1), days: [day(1950, 3, 3), day(1950, 3, 3)] }, english)).toBe(
      '1 more event, 3 March 1950: zoom in to see it',
    );
    expect(describeCluster({ eventIds: ids, days: [day(1950, 3, 3), day(1953, 1, 2)] }, english)).toBe(
      '3 more events, 3 March 1950 to 2 January 1953: zoom in to see them',
    );
  });

  it('draws bars that run past the window open at that end', () => {
    const window = { from: day(2020, 10, 15), to: day(2021, 6, 1) };
    const document = render(layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280, window }));
    const war = document.querySelector('a[data-event-id="e06-military-2020-09-27"]')!;
    expect(war.querySelectorAll('.tl-mark__open')).toHaveLength(1);
  });

  it('escapes titles and is the same for the same layout', () => {
    const layout = layoutTimeline(
      [{ ...timeline.events[0]!, title: 'A <b>bold</b> & "quoted" title' }],
      timeline.config.lanes,
      { width: 1280 },
    );
    const options = optionsFor({ eventOf: () => ({ dateText: '1988', href: '/x/?a=1&b=2', colour: '#000' }) });
    const markup = toSvgMarkup(renderTimelineSvg(layout, options));
    expect(markup).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" title</text>');
    expect(markup).toContain('aria-label="1988: A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title"');
    expect(markup).toContain('href="/x/?a=1&amp;b=2"');
    expect(toSvgMarkup(renderTimelineSvg(layout, options))).toBe(markup);
  });
});
