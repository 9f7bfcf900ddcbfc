import { dayRangeOfDate } from '../dates/partial-date.ts';
import type { EventId, Lane } from '../timeline-model.ts';
import type { MonthNames } from '../i18n/month-names.ts';
import { layoutAxisTicks, type AxisTick } from './axis-ticks.ts';
import { placeEvents, POINT_RADIUS, type DatedEvent, type LayoutEvent } from './place-events.ts';
import type { PlacedLabel } from './placed-label.ts';
import { createCharWidthMeasure, type TextMeasure } from './text-measure.ts';
import { layoutTimeAxis, type DayWindow, type TimeAxis } from './time-axis.ts';
import { createTimeScale, type AxisBreak } from './time-scale.ts';
import type { TextDirection } from '../i18n/text-direction.ts';

/** What to lay out: the width, and optionally a zoom window, filters and a real text measure. */
export interface TimelineLayoutOptions {
  /** px; below MIN_LAYOUT_WIDTH it is raised to it (a hidden element reports 0). */
  readonly width: number;
  /** The zoom window, clamped; the full view when left out. */
  readonly window?: DayWindow;
  /** Label widths; by default a width table for 12 px text. The browser can pass canvas measureText. */
  readonly measureText?: TextMeasure;
  /** Lane ids to leave out. The axis still comes from every event, so filtering does not move time. */
  readonly hiddenLanes?: Iterable<string>;
  /** Sub-rows per lane for labelled events before the rest are clustered. */
  readonly maxRowsPerLane?: number;
  /** Events to label first, such as the selected one, so that they are not lost in a cluster. */
  readonly pinnedEventIds?: Iterable<string>;
  /** The widest a label may be before it is shortened, px. */
  readonly maxLabelWidth?: number;
  /** An axis already fitted to these events at this width, to skip refitting on every frame. */
  readonly axis?: TimeAxis;
  /** Which way titles read: right-to-left titles are labelled on the left of their points where they fit. */
  readonly textDirection?: TextDirection;
  /** The axis ticks' month names: the page's language (`text.monthNames`); English by default. */
  readonly monthNames?: MonthNames;
}

/** A label's box: text drawn from (x, baseline), inside [x, x + width] × [y, y + height]. */
export interface LabelBox extends PlacedLabel {
  readonly y: number;
  readonly height: number;
  readonly baseline: number;
}

/** A dated event: a dot. */
export interface PointMark {
  readonly kind: 'point';
  readonly eventId: EventId;
  /** The full title, for the accessible name and tooltip when the label is shortened. */
  readonly title: string;
  readonly laneId: string;
  readonly days: readonly [number, number];
  /** Centre and radius, px. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly label: LabelBox;
}

/** A span: a bar under its label. */
export interface BarMark {
  readonly kind: 'bar';
  readonly eventId: EventId;
  readonly title: string;
  readonly laneId: string;
  readonly days: readonly [number, number];
  /** The bar's visible part, px. */
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly height: number;
  /** Whether it runs on past the window's left or right edge (draw it open there). */
  readonly continuesBefore: boolean;
  readonly continuesAfter: boolean;
  readonly label: LabelBox;
}

/** Events too close to label at this zoom: a "+N" pill that expands into `expandWindow`. */
export interface ClusterMark {
  readonly kind: 'cluster';
  readonly eventIds: readonly EventId[];
  readonly laneId: string;
  readonly days: readonly [number, number];
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly height: number;
  readonly label: LabelBox;
  readonly expandWindow: DayWindow;
}

/** Anything drawn for events. */
export type TimelineMark = PointMark | BarMark | ClusterMark;

/** A lane's band: a heading line, then its rows. */
export interface LaneBand {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly y: number;
  readonly height: number;
  /** The baseline of the lane's heading. */
  readonly labelBaseline: number;
  /** The top of its first row; row i starts ROW_HEIGHT × i below. */
  readonly rowsY: number;
  /** Rows of labelled events, plus one for clusters when there are any. */
  readonly rows: number;
}

/** Everything needed to draw the timeline, in px from the top left. */
export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  /** The window shown (after clamping) and all the time there is. */
  readonly window: DayWindow;
  readonly domain: DayWindow;
  readonly pxPerDay: number;
  /** The band at the top holding tick labels. */
  readonly axis: { readonly y: number; readonly height: number; readonly labelBaseline: number };
  readonly lanes: readonly LaneBand[];
  /** In time order (then lane order), which is the reading and tab order. */
  readonly marks: readonly TimelineMark[];
  readonly ticks: readonly AxisTick[];
  readonly breaks: readonly AxisBreak[];
}

// The browser lays out the same events on every zoom frame: their day ranges are worked out once per array.
const datedCache = new WeakMap<readonly LayoutEvent[], readonly DatedEvent[]>();

function datedEventsOf(events: readonly LayoutEvent[]): readonly DatedEvent[] {
  let dated = datedCache.get(events);
  if (dated === undefined) {
    dated = events.map((event) => ({ event, days: dayRangeOfDate(event.date) }));
    datedCache.set(events, dated);
  }
  return dated;
}

/** The narrowest width laid out, px. */
export const MIN_LAYOUT_WIDTH = 240;
/** The height of one sub-row of a lane, px: a 14 px label line, then room for a bar under it. */
export const ROW_HEIGHT = 20;
/** The height of the band of tick labels at the top, px. */
export const AXIS_HEIGHT = 24;
/** The height of a lane's heading line, above its rows, px. */
export const LANE_HEADING_HEIGHT = 18;
/** Space below each lane, px. */
export const LANE_GAP = 8;
const LABEL_TOP = 1;
const LABEL_HEIGHT = 14;
const LABEL_BASELINE = 11;
const BAR_TOP = 15;
const BAR_HEIGHT = 4;

/** Rows per lane by default: enough for every label of the real timeline at 320 px (see the unit tests). */
export const DEFAULT_MAX_ROWS_PER_LANE = 16;

/**
 * The widest label by default, px: room for the longest real title (84 characters) in full where the window has
 * it. Narrower windows shorten labels to the room there is; dense data may pass less to label more events.
 */
export const DEFAULT_MAX_LABEL_WIDTH = 560;

/**
 * Lay out the timeline: fit the axis to all events, place the visible ones lane by lane, cluster what cannot be
 * labelled, and stack the lanes under the axis. Pure and deterministic: the build and the browser call it alike.
 * @example layoutTimeline(timeline.events, timeline.config.lanes, { width: 1280 }).marks[0]?.label.text
 */
export function layoutTimeline(
  events: readonly LayoutEvent[],
  lanes: readonly Lane[],
  options: TimelineLayoutOptions,
): TimelineLayout {
  const width = Number.isFinite(options.width) ? Math.max(MIN_LAYOUT_WIDTH, options.width) : MIN_LAYOUT_WIDTH;
  const measureText = options.measureText ?? createCharWidthMeasure();
  const dated = datedEventsOf(events);
  const axis =
    options.axis !== undefined && options.axis.width === width
      ? options.axis
      : layoutTimeAxis(
          dated.map(({ days }) => days),
          { width },
        );
  const scale = createTimeScale(axis, options.window);
  const placements = placeEvents(dated, lanes, scale, {
    measureText,
    maxRowsPerLane: Math.max(1, options.maxRowsPerLane ?? DEFAULT_MAX_ROWS_PER_LANE),
    maxLabelWidth: options.maxLabelWidth ?? DEFAULT_MAX_LABEL_WIDTH,
    hiddenLanes: new Set(options.hiddenLanes ?? []),
    pinnedEventIds: new Set(options.pinnedEventIds ?? []),
    ...(options.textDirection === undefined ? {} : { textDirection: options.textDirection }),
  });

  const bands: LaneBand[] = [];
  const marks: { readonly mark: TimelineMark; readonly lane: number }[] = [];
  let y = AXIS_HEIGHT;
  placements.forEach((placement, laneIndex) => {
    const { lane } = placement;
    const rowsTop = y + LANE_HEADING_HEIGHT;
    const rows = placement.rows + (placement.clusters.length > 0 ? 1 : 0);
    const height = LANE_HEADING_HEIGHT + rows * ROW_HEIGHT + LANE_GAP;
    bands.push({
      id: lane.id,
      label: lane.label,
      colour: lane.colour,
      y,
      height,
      labelBaseline: y + LABEL_BASELINE + 2,
      rowsY: rowsTop,
      rows,
    });
    for (const event of placement.placed) {
      const rowTop = rowsTop + event.row * ROW_HEIGHT;
      const label = { ...event.label, y: rowTop + LABEL_TOP, height: LABEL_HEIGHT, baseline: rowTop + LABEL_BASELINE };
      const common = { eventId: event.eventId, title: event.title, laneId: lane.id, days: event.days, label };
      if (event.kind === 'point') {
        const mark: PointMark = {
          kind: 'point',
          ...common,
          x: event.x,
          y: rowTop + LABEL_TOP + LABEL_HEIGHT / 2,
          r: POINT_RADIUS,
        };
        marks.push({ mark, lane: laneIndex });
      } else {
        const mark: BarMark = {
          kind: 'bar',
          ...common,
          x: event.x,
          x2: event.x2,
          y: rowTop + BAR_TOP,
          height: BAR_HEIGHT,
          continuesBefore: event.continuesBefore,
          continuesAfter: event.continuesAfter,
        };
        marks.push({ mark, lane: laneIndex });
      }
    }
    const clusterTop = rowsTop + placement.rows * ROW_HEIGHT + LABEL_TOP;
    for (const cluster of placement.clusters) {
      const mark: ClusterMark = {
        kind: 'cluster',
        eventIds: cluster.eventIds,
        laneId: lane.id,
        days: cluster.days,
        x: cluster.x,
        x2: cluster.x2,
        y: clusterTop,
        height: LABEL_HEIGHT,
        label: {
          ...cluster.label,
          y: clusterTop,
          height: LABEL_HEIGHT,
          baseline: clusterTop - LABEL_TOP + LABEL_BASELINE,
        },
        expandWindow: cluster.expandWindow,
      };
      marks.push({ mark, lane: laneIndex });
    }
    y += height;
  });

  marks.sort(
    (a, b) =>
      a.mark.days[0] - b.mark.days[0] || a.lane - b.lane || a.mark.days[1] - b.mark.days[1] || a.mark.x - b.mark.x,
  );
  return {
    width,
    height: y,
    window: scale.window,
    domain: axis.domain,
    pxPerDay: scale.pxPerDay,
    axis: { y: 0, height: AXIS_HEIGHT, labelBaseline: LABEL_BASELINE + 4 },
    lanes: bands,
    marks: marks.map(({ mark }) => mark),
    ticks: layoutAxisTicks(scale, {
      measureText,
      ...(options.monthNames === undefined ? {} : { monthNames: options.monthNames }),
    }),
    breaks: scale.breaks,
  };
}
