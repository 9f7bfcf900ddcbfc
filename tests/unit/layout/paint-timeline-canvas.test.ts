import { beforeAll, describe, expect, it } from 'vitest';
import { barParts } from '../../../src/lib/layout/bar-parts.ts';
import { layoutTimeline } from '../../../src/lib/layout/index.ts';
import {
  paintTimelineCanvas,
  type CanvasPainter,
  type CanvasTheme,
} from '../../../src/lib/layout/paint-timeline-canvas.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { TEST_CANVAS_COLOURS } from '../../support/canvas-colours.ts';

let timeline: Timeline;
beforeAll(async () => {
  timeline = await loadTimeline(LAYOUT_SITE);
});

// A canvas that writes down what is drawn.
function recordingCanvas(): CanvasPainter & {
  texts: { text: string; x: number; y: number; fill: string }[];
  discs: number;
  dashed: { x1: number; x2: number; y: number; colour: string }[];
} {
  const texts: { text: string; x: number; y: number; fill: string }[] = [];
  const dashed: { x1: number; x2: number; y: number; colour: string }[] = [];
  let discs = 0;
  let dash: number[] = [];
  let at = { x: 0, y: 0 };
  return {
    texts,
    dashed,
    get discs() {
      return discs;
    },
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textBaseline: 'alphabetic',
    textAlign: 'start',
    direction: 'inherit',
    clearRect() {},
    fillRect() {},
    fillText(text, x, y) {
      texts.push({ text, x, y, fill: String(this.fillStyle) });
    },
    beginPath() {},
    moveTo(x, y) {
      at = { x, y };
    },
    lineTo(x, y) {
      if (dash.length > 0) dashed.push({ x1: at.x, x2: x, y, colour: String(this.strokeStyle) });
      at = { x, y };
    },
    arc() {
      discs += 1;
    },
    roundRect() {},
    fill() {},
    stroke() {},
    setLineDash(segments) {
      dash = segments;
    },
  };
}

const theme: CanvasTheme = { ...TEST_CANVAS_COLOURS, laneColour: () => '#333' };

describe('paintTimelineCanvas()', () => {
  it('paints every label, tick and lane name where the SVG draws them', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 });
    const canvas = recordingCanvas();
    paintTimelineCanvas(canvas, layout, theme);
    for (const mark of layout.marks) {
      expect(canvas.texts).toContainEqual({
        text: mark.label.text,
        x: mark.label.x,
        y: mark.label.baseline,
        fill: theme.ink,
      });
    }
    for (const tick of layout.ticks) {
      expect(canvas.texts).toContainEqual({
        text: tick.label,
        x: tick.labelX,
        y: layout.axis.labelBaseline,
        fill: theme.muted,
      });
    }
    expect(canvas.texts.map((text) => text.text)).toEqual(
      expect.arrayContaining(timeline.config.lanes.map((lane) => lane.label.toUpperCase())),
    );
    // A disc per point and per lane swatch.
    const points = layout.marks.filter((mark) => mark.kind === 'point').length;
    expect(canvas.discs).toBe(points + layout.lanes.length);
  });

  it("places text by its left edge, as the layout measured it, and runs it in the page's direction", () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 390 });
    const ltr = recordingCanvas();
    paintTimelineCanvas(ltr, layout, theme);
    expect([ltr.textAlign, ltr.direction]).toEqual(['left', 'ltr']);
    const rtl = recordingCanvas();
    paintTimelineCanvas(rtl, layout, { ...theme, textDirection: 'rtl' });
    expect([rtl.textAlign, rtl.direction]).toEqual(['left', 'rtl']);
    // The same places either way: only the order of letters inside each label changes.
    expect(rtl.texts).toEqual(ltr.texts);
  });

  it('paints clusters with their count', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 390, maxRowsPerLane: 2 });
    const canvas = recordingCanvas();
    paintTimelineCanvas(canvas, layout, theme);
    for (const mark of layout.marks.filter((candidate) => candidate.kind === 'cluster')) {
      expect(canvas.texts.some((text) => text.text === `+${mark.eventIds.length}` && text.x === mark.label.x)).toBe(
        true,
      );
    }
  });
});

describe('paintTimelineCanvas(): bars cut by the window', () => {
  it('ends a bar in a dashed stub on each side where its span runs on, as the SVG does', () => {
    const full = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 });
    const bars = full.marks.filter((mark) => mark.kind === 'bar');
    const longest = bars.reduce((a, b) => (b.days[1] - b.days[0] > a.days[1] - a.days[0] ? b : a));
    const [first, last] = longest.days;
    const window = { from: first + (last - first) / 4, to: first + (last - first) / 2 };
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280, window });
    const bar = layout.marks.find((mark) => mark.kind === 'bar' && mark.eventId === longest.eventId);
    if (bar?.kind !== 'bar') throw new Error('the longest span is not drawn in a window inside it');
    expect([bar.continuesBefore, bar.continuesAfter]).toEqual([true, true]);
    const canvas = recordingCanvas();
    paintTimelineCanvas(canvas, layout, theme);
    const { middle, before, after } = barParts(bar);
    expect(canvas.dashed).toEqual(
      expect.arrayContaining([
        { x1: before?.[0], x2: before?.[1], y: middle, colour: '#333' },
        { x1: after?.[0], x2: after?.[1], y: middle, colour: '#333' },
      ]),
    );
  });
});

describe('paintTimelineCanvas() on a band', () => {
  it('paints only the marks between the given rows', async () => {
    const { events, config } = await loadTimeline(LAYOUT_SITE);
    const layout = layoutTimeline(events, config.lanes, { width: 1280 });
    const middle = layout.height / 2;
    const canvas = recordingCanvas();
    paintTimelineCanvas(canvas, layout, theme, undefined, { top: 0, bottom: middle });
    const painted = new Set(canvas.texts.map((text) => text.text));
    for (const mark of layout.marks) {
      if (mark.label.y > middle) expect(painted.has(mark.label.text), mark.label.text).toBe(false);
      if (mark.label.y + mark.label.height < middle) expect(painted.has(mark.label.text), mark.label.text).toBe(true);
    }
  });
});
