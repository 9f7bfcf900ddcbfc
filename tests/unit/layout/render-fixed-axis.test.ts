import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, layoutTimeline } from '../../../src/lib/layout/index.ts';
import { renderFixedAxis } from '../../../src/lib/layout/render-fixed-axis.ts';
import { renderTimelineSvg, type RenderTimelineOptions } from '../../../src/lib/layout/render-timeline-svg.ts';
import { toSvgMarkup } from '../../../src/lib/layout/svg-markup.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { createSiteText } from '../../../src/lib/i18n/site-text.ts';

let timeline: Timeline;
beforeAll(async () => {
  timeline = await loadTimeline('tests/fixtures/small-site');
});

const options: RenderTimelineOptions = {
  idPrefix: 'tl-test',
  title: 'Timeline',
  text: createSiteText('en'),
  eventOf: (id) => ({ dateText: 'a date', href: `/events/${id}/`, colour: '#000' }),
  clusterHref: (ids) => `#event-${ids[0] ?? ''}`,
};

function render(width: number, extra: Partial<RenderTimelineOptions> = {}): Document {
  const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width });
  const markup = toSvgMarkup(renderTimelineSvg(layout, { ...options, ...extra }));
  return parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document as unknown as Document;
}

// Each label where it is drawn: its x plus the x of its tick's group, if it has one.
function labels(document: Document): { text: string | null; x: number }[] {
  return [...document.querySelectorAll('.tl-axis__label')].map((label) => {
    const shift = /translate\(([-\d.]+) 0\)/.exec(label.parentElement?.getAttribute('transform') ?? '');
    return { text: label.textContent, x: Number(label.getAttribute('x')) + Number(shift?.[1] ?? 0) };
  });
}

describe('renderFixedAxis()', () => {
  for (const width of [288, 992]) {
    it(`draws the movable axis's ticks and labels at ${width} px, with one path for the grid and one for the marks`, () => {
      const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width });
      expect(layout.ticks.length).toBeGreaterThan(1);
      const movable = render(width);
      const fixed = render(width, { axis: renderFixedAxis });
      const fixedLabels = labels(fixed);
      const movableLabels = labels(movable);
      expect(fixedLabels.map((label) => label.text)).toEqual(movableLabels.map((label) => label.text));
      fixedLabels.forEach((label, i) => expect(label.x).toBeCloseTo(movableLabels[i]?.x ?? Number.NaN, 1));
      const xs = layout.ticks.map((tick) => Math.round(tick.x * 100) / 100);
      expect(fixed.querySelector('path.tl-axis__grid')?.getAttribute('d')).toBe(
        xs.map((x) => `M${x},${AXIS_HEIGHT}V${Math.round(layout.height)}`).join(''),
      );
      expect(fixed.querySelector('path.tl-axis__tick')?.getAttribute('d')).toBe(
        xs.map((x) => `M${x},${AXIS_HEIGHT - 6}V${AXIS_HEIGHT}`).join(''),
      );
      expect(fixed.querySelectorAll('.tl-tick, line.tl-axis__grid, line.tl-axis__tick')).toHaveLength(0);
      // Rules, breaks, lanes and marks are the same elements either way.
      const rest = (document: Document) =>
        [...document.querySelectorAll('.tl-axis__rule, .tl-axis__break, .tl-axis__zigzag, .tl-lanes, .tl-marks')].map(
          (element) => element.outerHTML,
        );
      expect(rest(fixed)).toEqual(rest(movable));
      const count = (document: Document) => document.querySelectorAll('*').length;
      expect(count(fixed)).toBe(count(movable) - 3 * layout.ticks.length + 2);
    });
  }
});
