import type { EventId } from '../timeline-model.ts';
import { formatChartDay, formatChartDayRange, formatChartMonth, type ChartText } from './chart-text.ts';
import {
  AXIS_HEIGHT,
  type BarMark,
  type ClusterMark,
  type LaneBand,
  type PointMark,
  type TimelineLayout,
  type TimelineMark,
} from './layout-timeline.ts';
import { barParts } from './bar-parts.ts';
import { svg, type SvgNode } from './svg-markup.ts';

/**
 * The last stage: TimelineLayout -> SvgNode. Pure, so the build writes the static SVG with it and the browser
 * redraws with it after every zoom or filter. Every event mark is a link to the event's page named by its date and
 * title; clusters are links too (to the first of their events in the reader list), which the browser turns into
 * "zoom in here".
 */

/** What a mark says about its event and where it links. */
export interface MarkEvent {
  /** The date as a reader reads it: "10 November 2020". */
  readonly dateText: string;
  readonly href: string;
  /** The lane's colour. */
  readonly colour: string;
}

/** How to draw one timeline. */
export interface RenderTimelineOptions {
  /** Prefix for the ids inside this SVG, unique on the page (several SVGs may share a page). */
  readonly idPrefix: string;
  /** The SVG's accessible name: what it shows. */
  readonly title: string;
  /** The page's words for the description, the clusters' names and the marks' names. */
  readonly text: ChartText;
  /** Event facts by id; marks of unknown events are left out. */
  readonly eventOf: (id: EventId) => MarkEvent | undefined;
  /** Where a cluster links without JavaScript: the first of its events in the reader list. */
  readonly clusterHref: (eventIds: readonly EventId[]) => string;
  /** The selected event, drawn as selected (aria-current). */
  readonly selectedId?: string | undefined;
  /** In the browser the SVG is one tab stop and its marks are reached with arrow keys: marks get tabindex -1. */
  readonly interactive?: boolean;
  /**
   * The attribute naming each mark's event, `data-event-id` by default. The page's static drawing uses another,
   * because on the home page `[data-event-id]` is the reader list's: one element per event, in order.
   */
  readonly eventIdAttribute?: string;
  /**
   * Draws the axis band instead of the movable axis (renderAxis): the page's static drawings, never redrawn, use a
   * lighter one (render-fixed-axis.ts), kept out of this file so that the browser's bundle does not carry it.
   */
  readonly axis?: (layout: TimelineLayout) => SvgNode;
  /**
   * Draws each mark's hit area, a rectangle under its dot and label that takes the pointer and shows focus and
   * selection (the default). The page's static drawings leave it out: they repeat every mark once per band of widths,
   * nothing is selected without the script, and a focused mark is outlined by CSS instead.
   */
  readonly hitAreas?: boolean;
}

// Drawing sizes, px.
export const TICK_LENGTH = 6;
const BREAK_ZIGZAG = 4;
const HIT_PADDING = 2;
const LANE_SWATCH_RADIUS = 4;

/**
 * The timeline as an SVG element tree: axis band (ticks, breaks), lane headings, then every mark in time order,
 * which is also the reading order for screen readers.
 * @example toSvgMarkup(renderTimelineSvg(layout, { idPrefix: 'tl', title: 'Timeline', eventOf, clusterHref }))
 */
export function renderTimelineSvg(layout: TimelineLayout, options: RenderTimelineOptions): SvgNode {
  const { width, height } = layout;
  const descId = `${options.idPrefix}-desc`;
  const marks: SvgNode[] = [];
  for (const mark of layout.marks) {
    const node = renderMark(mark, options);
    if (node !== undefined) marks.push(node);
  }
  return svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'tl-chart',
      viewBox: `0 0 ${Math.round(width)} ${Math.round(height)}`,
      width: Math.round(width),
      height: Math.round(height),
      role: 'graphics-document',
      'aria-roledescription': options.text.t('timeline.chart.roleDescription'),
      // A name by aria-label, not <title>: a root <title> pops up as a tooltip over every mark.
      'aria-label': options.title,
      'aria-describedby': descId,
      'font-family': 'Arial, Helvetica, sans-serif',
      'font-size': 12,
      'data-marks': marks.length,
      'data-from': round(layout.window.from),
      'data-to': round(layout.window.to),
      'data-px-per-day': layout.pxPerDay.toPrecision(6),
    },
    [
      svg('desc', { id: descId }, [describeTimeline(layout, options.text)]),
      (options.axis ?? renderAxis)(layout),
      svg(
        'g',
        { class: 'tl-lanes', 'aria-hidden': 'true' },
        layout.lanes.map((lane, i) => renderLane(lane, i, width)),
      ),
      svg('g', { class: 'tl-marks' }, marks),
    ],
  );
}

/** What the picture says in words: the window shown and the stretches of time the axis leaves out. */
export function describeTimeline(layout: TimelineLayout, text: ChartText): string {
  const { from, to } = layout.window;
  const format = to - from < 62 ? formatChartDay : formatChartMonth;
  const shown = { from: format(from, text), to: format(to - 1, text) };
  if (layout.breaks.length === 0) return text.t('timeline.chart.shown', shown);
  const breaks = layout.breaks.map((b) =>
    text.t('timeline.chart.span', { from: formatChartMonth(b.fromDay, text), to: formatChartMonth(b.toDay - 1, text) }),
  );
  return text.t('timeline.chart.shownWithBreaks', { ...shown, count: breaks.length, breaks: breaks.join('; ') });
}

/** A cluster's accessible name: how many events, when, and what activating it does. */
export function describeCluster(mark: Pick<ClusterMark, 'eventIds' | 'days'>, text: ChartText): string {
  const [first, last] = mark.days;
  const range = formatChartDayRange({ from: first, to: last + 1 }, text);
  return text.t('timeline.cluster', { count: mark.eventIds.length, range });
}

/** The axis band: rules broken at each break, ticks (each a group a zoom moves by its transform), breaks. */
export function renderAxis(layout: TimelineLayout): SvgNode {
  const { width, height } = layout;
  const baseline = AXIS_HEIGHT - 0.5;
  const rules: SvgNode[] = [];
  // The axis rule, interrupted at each break.
  let x = 0;
  for (const gap of layout.breaks) {
    if (gap.x > x) rules.push(svg('line', { class: 'tl-axis__rule', x1: x, x2: gap.x, y1: baseline, y2: baseline }));
    x = Math.max(x, gap.x2);
  }
  if (x < width) rules.push(svg('line', { class: 'tl-axis__rule', x1: x, x2: width, y1: baseline, y2: baseline }));
  // Each tick is a group placed by a transform, so that moving it does not lay its label out again.
  const ticks = layout.ticks.map((tick) =>
    svg(
      'g',
      { class: 'tl-tick', transform: `translate(${round(tick.x)} 0)` },
      [
        svg('line', { class: 'tl-axis__grid', x1: 0, x2: 0, y1: AXIS_HEIGHT, y2: height }),
        svg('line', { class: 'tl-axis__tick', x1: 0, x2: 0, y1: AXIS_HEIGHT - TICK_LENGTH, y2: AXIS_HEIGHT }),
        svg('text', { class: 'tl-axis__label', x: tick.labelX - tick.x, y: layout.axis.labelBaseline }, [tick.label]),
      ],
      `tick:${tick.day}`,
    ),
  );
  // Breaks live in the axis band only: a shaded gap with a zigzag across the rule, like a printed chart's.
  const breaks: SvgNode[] = [];
  for (const gap of layout.breaks) {
    const from = Math.max(gap.x, -BREAK_ZIGZAG);
    const to = Math.min(gap.x2, width + BREAK_ZIGZAG);
    if (to <= from) continue;
    breaks.push(
      svg('rect', { class: 'tl-axis__break', x: from, y: 2, width: to - from, height: AXIS_HEIGHT - 4 }),
      svg('path', { class: 'tl-axis__zigzag', d: zigzag(from, to, baseline) }),
    );
  }
  return svg('g', { class: 'tl-axis', 'aria-hidden': 'true' }, [
    svg('g', {}, rules),
    svg('g', {}, ticks),
    svg('g', {}, breaks),
  ]);
}

// A zigzag standing on the axis rule, so that it stays inside the axis band.
function zigzag(from: number, to: number, y: number): string {
  const step = BREAK_ZIGZAG;
  let d = `M${round(from)},${round(y)}`;
  let up = true;
  for (let x = from + step; x < to; x += step) {
    d += `L${round(x)},${round(up ? y - 2 * step : y)}`;
    up = !up;
  }
  return `${d}L${round(to)},${round(y)}`;
}

function renderLane(lane: LaneBand, index: number, width: number): SvgNode {
  const swatchY = lane.labelBaseline - LANE_SWATCH_RADIUS;
  return svg(
    'g',
    { class: 'tl-lane', 'data-lane': lane.id },
    [
      ...(index === 0
        ? []
        : [svg('line', { class: 'tl-lane__rule', x1: 0, x2: width, y1: lane.y + 0.5, y2: lane.y + 0.5 })]),
      svg('circle', {
        class: 'tl-lane__swatch',
        cx: LANE_SWATCH_RADIUS + 1,
        cy: swatchY,
        r: LANE_SWATCH_RADIUS,
        fill: lane.colour,
      }),
      svg('text', { class: 'tl-lane__label', x: 2 * LANE_SWATCH_RADIUS + 6, y: lane.labelBaseline }, [lane.label]),
    ],
    `lane:${lane.id}`,
  );
}

// A mark is a link placed by a transform at its label's top left; everything in it is drawn relative to that
// point. Zooming mostly moves marks: only the transform changes, and the browser need not lay the label out again.
function renderMark(mark: TimelineMark, options: RenderTimelineOptions): SvgNode | undefined {
  if (mark.kind === 'cluster') return renderCluster(mark, options);
  const event = options.eventOf(mark.eventId);
  if (event === undefined) return undefined;
  const selected = options.selectedId === mark.eventId;
  const { label } = mark;
  const [ox, oy] = [label.x, label.y];
  const shape = mark.kind === 'point' ? renderPoint(mark, event.colour, ox, oy) : renderBar(mark, event.colour, ox, oy);
  const left = Math.min(label.x, mark.kind === 'point' ? mark.x - mark.r : mark.x);
  const right = Math.max(label.x + label.width, mark.kind === 'point' ? mark.x + mark.r : mark.x2);
  const bottom = mark.kind === 'point' ? label.y + label.height : mark.y + mark.height;
  return svg(
    'a',
    {
      class: `tl-mark tl-mark--${mark.kind}${selected ? ' tl-mark--selected' : ''}`,
      href: event.href,
      [options.eventIdAttribute ?? 'data-event-id']: mark.eventId,
      'data-lane': mark.laneId,
      'aria-label': options.text.t('timeline.mark', { date: event.dateText, title: mark.title }),
      'aria-current': selected ? 'true' : undefined,
      tabindex: options.interactive === true ? -1 : undefined,
      transform: `translate(${round(ox)} ${round(oy)})`,
    },
    [
      ...(options.hitAreas === false
        ? []
        : [
            svg('rect', {
              class: 'tl-mark__hit',
              x: left - HIT_PADDING - ox,
              y: -1,
              width: right - left + 2 * HIT_PADDING,
              height: bottom - label.y + 2,
              rx: 3,
            }),
          ]),
      ...shape,
      svg('text', { class: 'tl-mark__label', x: 0, y: label.baseline - oy }, [label.text]),
    ],
    `event:${mark.eventId}`,
  );
}

function renderPoint(mark: PointMark, colour: string, ox: number, oy: number): SvgNode[] {
  return [svg('circle', { class: 'tl-mark__dot', cx: mark.x - ox, cy: mark.y - oy, r: mark.r, fill: colour })];
}

function renderBar(mark: BarMark, colour: string, ox: number, oy: number): SvgNode[] {
  // A bar that runs on past the window's edge ends in a dashed stub there instead of a square end.
  const { from, to, middle, before, after } = barParts(mark);
  const y = middle - oy;
  const nodes = [
    svg('rect', {
      class: 'tl-mark__bar',
      x: from - ox,
      y: mark.y - oy,
      width: to - from,
      height: mark.height,
      fill: colour,
    }),
  ];
  for (const stub of [before, after]) {
    if (stub === undefined) continue;
    nodes.push(
      svg('line', { class: 'tl-mark__open', x1: stub[0] - ox, x2: stub[1] - ox, y1: y, y2: y, stroke: colour }),
    );
  }
  return nodes;
}

function renderCluster(mark: ClusterMark, options: RenderTimelineOptions): SvgNode {
  const first = mark.eventIds[0];
  const colour = first === undefined ? undefined : options.eventOf(first)?.colour;
  return svg(
    'a',
    {
      class: 'tl-cluster',
      href: options.clusterHref(mark.eventIds),
      'data-lane': mark.laneId,
      'data-expand-from': round(mark.expandWindow.from),
      'data-expand-to': round(mark.expandWindow.to),
      'aria-label': describeCluster(mark, options.text),
      tabindex: options.interactive === true ? -1 : undefined,
      transform: `translate(${round(mark.x)} ${round(mark.y)})`,
    },
    [
      svg('rect', {
        class: 'tl-cluster__pill',
        x: 0,
        y: 0,
        width: mark.x2 - mark.x,
        height: mark.height,
        rx: mark.height / 2,
        stroke: colour,
      }),
      svg('text', { class: 'tl-cluster__label', x: mark.label.x - mark.x, y: mark.label.baseline - mark.y }, [
        mark.label.text,
      ]),
    ],
    `cluster:${mark.eventIds[0] ?? ''}`,
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
