import type { EventId, Lane, TimelineEvent } from '../timeline-model.ts';
import { ClusterCandidateList, clusterEvents, type PlacedCluster } from './cluster-events.ts';
import { LaneRows } from './lane-rows.ts';
import type { PlacedLabel } from './placed-label.ts';
import { truncateText, type TextMeasure } from './text-measure.ts';
import { toAxisX, type DayWindow, type TimeAxis } from './time-axis.ts';
import type { TimeScale } from './time-scale.ts';
import type { TextDirection } from '../i18n/text-direction.ts';

/** What layout needs of an event, so the browser can ship only these fields. */
export type LayoutEvent = Pick<TimelineEvent, 'id' | 'title' | 'date' | 'lane'>;

/** An event with the days it covers, [first, last] inclusive: worked out once per layout, used by axis and marks. */
export interface DatedEvent {
  readonly event: LayoutEvent;
  readonly days: readonly [number, number];
}

/**
 * An event placed in a sub-row of its lane: its mark and its label side by side, never overlapping another
 * placed event's mark or label in the same row.
 */
export interface PlacedEvent {
  readonly eventId: EventId;
  readonly title: string;
  readonly laneId: string;
  readonly kind: 'point' | 'bar';
  /** The days it covers, [first, last] inclusive. */
  readonly days: readonly [number, number];
  /** Sub-row in the lane, from 0. */
  readonly row: number;
  /** A point's centre, or the start of the bar's visible part, px. */
  readonly x: number;
  /** The end of the bar's visible part; equal to x for points. */
  readonly x2: number;
  /** Whether a bar runs on past the left or right edge of the window. */
  readonly continuesBefore: boolean;
  readonly continuesAfter: boolean;
  readonly label: PlacedLabel;
}

/** One lane's events: those with a row and a label, and clusters of those without. */
export interface LanePlacement {
  readonly lane: Lane;
  /** Sub-rows used by placed events; clusters, when there are any, take one more row below them. */
  readonly rows: number;
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly PlacedCluster[];
}

/** How events are placed. */
export interface PlaceEventsOptions {
  readonly measureText: TextMeasure;
  /** Sub-rows a lane may use for labelled events; events that find no room are clustered. */
  readonly maxRowsPerLane: number;
  /** The widest a label may be, px; longer titles are shortened with an ellipsis. */
  readonly maxLabelWidth: number;
  readonly hiddenLanes?: ReadonlySet<string>;
  /** Events placed before all others in their lane (the selected one), so they are labelled if anything is. */
  readonly pinnedEventIds?: ReadonlySet<string>;
  /**
   * Whether to rule out hopeless events with the quick per-pixel check before the exact one (default true). The
   * result is the same either way; the tests compare the two.
   */
  readonly quickChecks?: boolean;
  /**
   * Which way titles read (left to right by default). Time runs left to right either way; where a point's label
   * fits on both sides in the same row, a right-to-left title goes on the left, so that it starts next to its dot.
   */
  readonly textDirection?: TextDirection;
}

/** Radius of a point mark, px. */
export const POINT_RADIUS = 4.5;
/** Space between a point and its label, px. */
export const LABEL_OFFSET = 4;
/** The least width of a bar, so a one-day span at a year's zoom is still seen, px. */
export const MIN_BAR_WIDTH = 3;
/** Space kept between two events in a row, and between clusters, px. */
export const ITEM_GAP = 8;
/** Labels keep this far from the window's edges, px. */
export const EDGE_PADDING = 2;
/** Below this width a label says too little to be worth showing; the event is clustered instead, px. */
export const MIN_LABEL_WIDTH = 40;

// One way to draw an event's label: where it goes, and the extent of mark and label together, px.
interface LabelOption {
  readonly label: PlacedLabel;
  readonly left: number;
  readonly right: number;
}

// An event's mark in the window, before its label is worked out.
interface Candidate {
  readonly event: LayoutEvent;
  readonly kind: 'point' | 'bar';
  readonly days: readonly [number, number];
  readonly x: number;
  readonly x2: number;
  readonly continuesBefore: boolean;
  readonly continuesAfter: boolean;
  /** The mark's own extent, px. */
  readonly markLeft: number;
  readonly markRight: number;
}

/**
 * Place every event visible in the scale's window. For each lane (in config order, hidden lanes left out), in
 * time order, each event takes the lowest sub-row where its mark and label clear everything already there, by
 * ITEM_GAP; a point whose label fits on either side takes the side with the lower row. Events left over once
 * `maxRowsPerLane` rows are full, or with no room for a readable label, go into "+N" clusters in a row of their
 * own. Time order keeps rows reading as a staircase through time where every label needs its own row (phones);
 * pinned events go first, so a selected event keeps its label in dense views.
 */
export function placeEvents(
  events: readonly DatedEvent[],
  lanes: readonly Lane[],
  scale: TimeScale,
  options: PlaceEventsOptions,
): LanePlacement[] {
  const index = laneIndexOf(events);
  const pinned = options.pinnedEventIds;
  const placements: LanePlacement[] = [];
  const extent = new Float64Array(6);
  const quick = options.quickChecks ?? true;
  for (const lane of lanes) {
    if (options.hiddenLanes?.has(lane.id) === true) continue;
    const laneEvents = index.get(lane.id);
    const placed: PlacedEvent[] = [];
    if (laneEvents === undefined) {
      placements.push({ lane, rows: 0, placed, clusters: [] });
      continue;
    }
    // Rows and the list of what is left unlabelled are the lane's own, reused from frame to frame (clusterEvents
    // reads the list before this returns).
    const rows = laneEvents.rows;
    rows.reset(options.maxRowsPerLane, ITEM_GAP, scale.width);
    const overflow = laneEvents.overflow;
    overflow.clear();
    const pass: LanePass = {
      laneId: lane.id,
      lane: laneEvents,
      places: axisPlacesOf(laneEvents, scale.axis),
      titleWidths: titleWidthsOf(laneEvents, options.measureText),
      rows,
      overflow,
      placed,
      scale,
      options,
      quick,
      extent,
    };
    const [low, high] = visibleRange(laneEvents, scale.window);
    // Pinned events go first, then the rest in time order: the same order as sorting by (pinned, days, id).
    const pinnedHere: number[] = [];
    if (pinned !== undefined && pinned.size > 0) {
      for (let i = low; i < high; i += 1) {
        if (pinned.has(laneEvents.ids[i] ?? '')) pinnedHere.push(i);
      }
    }
    for (const i of pinnedHere) placeEvent(pass, i);
    let nextPinned = 0;
    for (let i = low; i < high; i += 1) {
      if (pinnedHere[nextPinned] === i) {
        nextPinned += 1;
        continue;
      }
      placeEvent(pass, i);
    }
    placements.push({
      lane,
      rows: rows.count,
      placed,
      clusters: clusterEvents(overflow, scale, { measureText: options.measureText, gap: ITEM_GAP, edge: EDGE_PADDING }),
    });
  }
  return placements;
}

// What placing one lane's events needs, in one object: the per-event function below takes it and an index, and
// no other arguments. In a dense view that function runs for every event on every frame; a number passed to a
// call the engine does not inline is put on the heap, which at 10,000 events a frame keeps the collector busy.
interface LanePass {
  readonly laneId: string;
  readonly lane: LaneEvents;
  readonly places: AxisPlaces;
  readonly titleWidths: Float64Array;
  readonly rows: LaneRows;
  readonly overflow: ClusterCandidateList;
  readonly placed: PlacedEvent[];
  readonly scale: TimeScale;
  readonly options: PlaceEventsOptions;
  readonly quick: boolean;
  /** Scratch, px: the mark's left and right, its right edge in a cluster, the title's width, its start and end. */
  readonly extent: Float64Array;
}

// Place the lane's event `index`: in the lowest row where its mark and a label fit, or in the list for clusters.
function placeEvent(pass: LanePass, index: number): void {
  const { lane, rows, extent, quick } = pass;
  // Most events in a dense view find no row even for their mark: settle those without building a candidate.
  if (!markExtentInto(extent, pass, index)) return;
  // Every label option includes the mark, and a point's also its shortest readable label on one side: where the
  // quick check rules those out, no row can take the event. In a dense view this settles most events.
  let fitsMark = !quick || rows.mayFit(extent[0] ?? NaN, extent[1] ?? NaN);
  if (fitsMark && quick) {
    extent[3] = titleWidthOf(pass, index);
    fitsMark = mayFitLabel(pass, lane.points[index] === 1);
  }
  fitsMark &&= rows.findRow(extent[0] ?? NaN, extent[1] ?? NaN) >= 0;
  const { scale, options } = pass;
  const candidate = fitsMark ? candidateOf(pass, index) : undefined;
  // Every label option includes the mark, so where the mark alone finds no row nothing will: skip measuring the
  // title. With thousands of events in view this is most of them.
  let best: { row: number; option: LabelOption } | undefined;
  if (candidate !== undefined && hasRoomForLabel(candidate, rows, options)) {
    for (const option of labelOptions(candidate, scale.width, options)) {
      const row = rows.findRow(option.left, option.right);
      if (row >= 0 && (best === undefined || row < best.row)) best = { row, option };
    }
  }
  if (candidate === undefined || best === undefined) {
    // Clusters gather events by where they start: a long bar's whole length would stretch a pill across the window.
    const { overflow } = pass;
    const at = overflow.append(lane.ids[index] as EventId);
    overflow.first[at] = lane.firstDays[index] ?? NaN;
    overflow.last[at] = lane.lastDays[index] ?? NaN;
    overflow.left[at] = extent[0] ?? NaN;
    overflow.right[at] = extent[2] ?? NaN;
    return;
  }
  rows.occupy(best.row, best.option.left, best.option.right);
  pass.placed.push({
    eventId: candidate.event.id,
    title: candidate.event.title,
    laneId: pass.laneId,
    kind: candidate.kind,
    days: candidate.days,
    row: best.row,
    x: candidate.x,
    x2: candidate.x2,
    continuesBefore: candidate.continuesBefore,
    continuesAfter: candidate.continuesAfter,
    label: best.option.label,
  });
}

// One lane's events in time order (first day, last day, id), with the running latest last day, so that a window
// finds its events by binary search instead of looking at every event on every frame.
interface LaneEvents {
  readonly events: readonly DatedEvent[];
  /** latestEnd[i]: the latest last day among events[0..i]. */
  readonly latestEnd: Float64Array;
  /** points[i]: 1 where events[i] is drawn as a point, 0 for a bar. */
  readonly points: Uint8Array;
  readonly axisPlaces: WeakMap<TimeAxis, AxisPlaces>;
  /** Ids and days of events[i], in columns: read for every event of a dense view on every frame. */
  readonly ids: readonly EventId[];
  readonly firstDays: Float64Array;
  readonly lastDays: Float64Array;
  /** Scratch for a layout: the lane's rows, and its events left unlabelled. */
  readonly rows: LaneRows;
  readonly overflow: ClusterCandidateList;
  /** Per text measure, the width of each event's title, NaN until first needed. */
  readonly titleWidths: WeakMap<TextMeasure, Float64Array>;
}

interface AxisPlaces {
  readonly start: Float64Array;
  readonly end: Float64Array;
}

const laneIndexCache = new WeakMap<readonly DatedEvent[], ReadonlyMap<string, LaneEvents>>();

function laneIndexOf(events: readonly DatedEvent[]): ReadonlyMap<string, LaneEvents> {
  const cached = laneIndexCache.get(events);
  if (cached !== undefined) return cached;
  const byLane = new Map<string, DatedEvent[]>();
  for (const dated of events) {
    const list = byLane.get(dated.event.lane);
    if (list === undefined) byLane.set(dated.event.lane, [dated]);
    else list.push(dated);
  }
  const index = new Map<string, LaneEvents>();
  for (const [laneId, list] of byLane) {
    list.sort((a, b) => a.days[0] - b.days[0] || a.days[1] - b.days[1] || compareIds(a.event.id, b.event.id));
    const latestEnd = new Float64Array(list.length);
    let latest = -Infinity;
    list.forEach((dated, i) => {
      latest = Math.max(latest, dated.days[1]);
      latestEnd[i] = latest;
    });
    const points = Uint8Array.from(list, (dated) => (dated.event.date.kind === 'date' ? 1 : 0));
    index.set(laneId, {
      events: list,
      latestEnd,
      points,
      axisPlaces: new WeakMap(),
      titleWidths: new WeakMap(),
      ids: list.map((dated) => dated.event.id),
      firstDays: Float64Array.from(list, (dated) => dated.days[0]),
      lastDays: Float64Array.from(list, (dated) => dated.days[1]),
      rows: new LaneRows(0, 0),
      overflow: new ClusterCandidateList(),
    });
  }
  laneIndexCache.set(events, index);
  return index;
}

// The events that may show in the window, as an index range of the lane's events: a superset that markExtentInto
// narrows exactly. An event starting after the window's end, or ending (with all before it) before its start,
// cannot show.
function visibleRange({ events, latestEnd }: LaneEvents, window: DayWindow): readonly [number, number] {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((latestEnd[middle] ?? Infinity) + 1 < window.from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  high = events.length;
  while (end < high) {
    const middle = (end + high) >>> 1;
    if ((events[middle]?.days[0] ?? Infinity) <= window.to) end = middle + 1;
    else high = middle;
  }
  return [low, end];
}

// Where each event of a lane falls on the axis at the full view (a point's middle; a bar's start and end), once
// per axis: zooming then only scales these numbers.
function axisPlacesOf(lane: LaneEvents, axis: TimeAxis): AxisPlaces {
  let places = lane.axisPlaces.get(axis);
  if (places === undefined) {
    const start = new Float64Array(lane.events.length);
    const end = new Float64Array(lane.events.length);
    lane.events.forEach(({ event, days }, i) => {
      if (event.date.kind === 'date') {
        start[i] = toAxisX(axis, (days[0] + days[1] + 1) / 2);
        end[i] = start[i] ?? NaN;
      } else {
        start[i] = toAxisX(axis, days[0]);
        end[i] = toAxisX(axis, days[1] + 1);
      }
    });
    places = { start, end };
    lane.axisPlaces.set(axis, places);
  }
  return places;
}

// The widths of a lane's titles for a measure, NaN until first needed: every frame asks again.
function titleWidthsOf(lane: LaneEvents, measure: TextMeasure): Float64Array {
  let widths = lane.titleWidths.get(measure);
  if (widths === undefined) {
    widths = new Float64Array(lane.events.length).fill(NaN);
    lane.titleWidths.set(measure, widths);
  }
  return widths;
}

// The width of the title of the lane's event `index`, measured once.
function titleWidthOf({ lane, titleWidths, options }: LanePass, index: number): number {
  let width = titleWidths[index] ?? NaN;
  if (Number.isNaN(width)) {
    width = options.measureText(lane.events[index]?.event.title ?? '');
    titleWidths[index] = width;
  }
  return width;
}

// The quick check before building a candidate: false only when none of the label options that labelOptions()
// would offer can find a row (by rows.mayFit). It mirrors labelOptions() with numbers alone: where the full title
// fits the window on a side, those are the options; where it is to be shortened, any readable label is at least
// min(MIN_LABEL_WIDTH, title width) wide on the side with more room.
function mayFitLabel({ rows, extent, scale, options }: LanePass, isPoint: boolean): boolean {
  const markLeft = extent[0] ?? NaN;
  const markRight = extent[1] ?? NaN;
  const titleWidth = extent[3] ?? NaN;
  const width = scale.width;
  const maxLabel = Math.min(options.maxLabelWidth, width - 2 * EDGE_PADDING);
  const lastX = width - EDGE_PADDING;
  if (isPoint) {
    const roomRight = Math.min(maxLabel, lastX - (markRight + LABEL_OFFSET));
    const roomLeft = Math.min(maxLabel, markLeft - LABEL_OFFSET - EDGE_PADDING);
    // The label on the right is [markLeft, markRight + LABEL_OFFSET + label]; on the left, mirrored.
    if (titleWidth <= roomRight || titleWidth <= roomLeft) {
      return (
        (titleWidth <= roomRight && rows.mayFit(markLeft, markRight + LABEL_OFFSET + titleWidth)) ||
        (titleWidth <= roomLeft && rows.mayFit(markLeft - LABEL_OFFSET - titleWidth, markRight))
      );
    }
    const shortest = Math.min(MIN_LABEL_WIDTH, titleWidth);
    return roomRight >= roomLeft
      ? rows.mayFit(markLeft, markRight + LABEL_OFFSET + shortest)
      : rows.mayFit(markLeft - LABEL_OFFSET - shortest, markRight);
  }
  const fromStart = Math.min(maxLabel, lastX - Math.max(markLeft, EDGE_PADDING));
  const toEnd = Math.min(maxLabel, Math.min(markRight, lastX) - EDGE_PADDING);
  if (!(titleWidth <= fromStart || titleWidth <= toEnd)) return true;
  // A bar's label at labelX spans [min(markLeft, labelX), max(markRight, labelX + titleWidth)].
  const startX = Math.max(markLeft, EDGE_PADDING);
  const endX = Math.min(markRight, lastX) - titleWidth;
  return (
    (titleWidth <= fromStart && rows.mayFit(Math.min(markLeft, startX), Math.max(markRight, startX + titleWidth))) ||
    (titleWidth <= toEnd && rows.mayFit(Math.min(markLeft, endX), Math.max(markRight, endX + titleWidth)))
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Where the lane's event `index` is drawn, written into `out` without building a candidate (in a dense view most
// events go no further): [0] and [1] the mark's left and right, [2] its right edge in a cluster, [4] and [5] where
// it starts and ends before clipping. A point sits at the middle of the days it may stand for ("1988" at mid-1988);
// a bar runs from its first day to the end of its last, clipped to the window and never thinner than
// MIN_BAR_WIDTH. False when the event is out of view.
function markExtentInto(out: Float64Array, { lane, places, scale }: LanePass, index: number): boolean {
  const { width, axisFrom, zoom } = scale;
  const start = ((places.start[index] ?? NaN) - axisFrom) * zoom;
  out[4] = start;
  if (lane.points[index] === 1) {
    if (!(start >= 0 && start <= width)) return false;
    out[0] = start - POINT_RADIUS;
    out[1] = start + POINT_RADIUS;
    out[2] = start + POINT_RADIUS;
    return true;
  }
  const end = ((places.end[index] ?? NaN) - axisFrom) * zoom;
  out[5] = end;
  if (!(end > 0 && start < width)) return false;
  let x = Math.max(start, 0);
  let x2 = Math.min(end, width);
  if (x2 - x < MIN_BAR_WIDTH) {
    const centre = Math.min(Math.max((x + x2) / 2, MIN_BAR_WIDTH / 2), width - MIN_BAR_WIDTH / 2);
    x = centre - MIN_BAR_WIDTH / 2;
    x2 = centre + MIN_BAR_WIDTH / 2;
  }
  out[0] = x;
  out[1] = x2;
  out[2] = x + MIN_BAR_WIDTH;
  return true;
}

// The candidate for the lane's event `index`, from what markExtentInto wrote for it.
function candidateOf({ lane, extent, scale }: LanePass, index: number): Candidate | undefined {
  const dated = lane.events[index];
  if (dated === undefined) return undefined;
  const { event, days } = dated;
  const markLeft = extent[0] ?? NaN;
  const markRight = extent[1] ?? NaN;
  if (lane.points[index] === 1) {
    const x = extent[4] ?? NaN;
    return { event, kind: 'point', days, x, x2: x, continuesBefore: false, continuesAfter: false, markLeft, markRight };
  }
  return {
    event,
    kind: 'bar',
    days,
    x: markLeft,
    x2: markRight,
    continuesBefore: (extent[4] ?? NaN) < 0,
    continuesAfter: (extent[5] ?? NaN) > scale.width,
    markLeft,
    markRight,
  };
}

// Whether a point's shortest readable label finds a row on either side; every label option contains one of these
// extents, so where neither fits no option will, and the title need not be shortened to find out. Bars always try.
function hasRoomForLabel(candidate: Candidate, rows: LaneRows, settings: PlaceEventsOptions): boolean {
  if (candidate.kind !== 'point') return true;
  const shortest = Math.min(MIN_LABEL_WIDTH, settings.measureText(candidate.event.title)) + LABEL_OFFSET;
  return (
    rows.findRow(candidate.markLeft, candidate.markRight + shortest) >= 0 ||
    rows.findRow(candidate.markLeft - shortest, candidate.markRight) >= 0
  );
}

// Where the label may go, best first; empty where no readable label fits. A point's label goes right of it (left of
// it for a right-to-left title), or on the other side where it fits there (near the window's edge); a bar's sits on the line above it, from its start or ending at
// its end. Only when the whole title fits nowhere is it shortened, on the side with more room.
function labelOptions(candidate: Candidate, width: number, settings: PlaceEventsOptions): LabelOption[] {
  const { measureText: measure } = settings;
  const { title } = candidate.event;
  const maxLabel = Math.min(settings.maxLabelWidth, width - 2 * EDGE_PADDING);
  const lastX = width - EDGE_PADDING;
  const full = fullLabel(title, measure);
  const options: LabelOption[] = [];

  if (candidate.kind === 'point') {
    const { markLeft, markRight } = candidate;
    const roomRight = Math.min(maxLabel, lastX - (markRight + LABEL_OFFSET));
    const roomLeft = Math.min(maxLabel, markLeft - LABEL_OFFSET - EDGE_PADDING);
    const right = (label: Label): LabelOption => {
      const labelX = markRight + LABEL_OFFSET;
      return { label: { ...label, x: labelX }, left: markLeft, right: labelX + label.width };
    };
    const left = (label: Label): LabelOption => {
      const labelX = markLeft - LABEL_OFFSET - label.width;
      return { label: { ...label, x: labelX }, left: labelX, right: markRight };
    };
    // The first option wins a tie of rows: the side the title starts from.
    const startSide = settings.textDirection === 'rtl' ? left : right;
    const otherSide = settings.textDirection === 'rtl' ? right : left;
    const [startRoom, otherRoom] = settings.textDirection === 'rtl' ? [roomLeft, roomRight] : [roomRight, roomLeft];
    if (full.width <= startRoom) options.push(startSide(full));
    if (full.width <= otherRoom) options.push(otherSide(full));
    if (options.length === 0) {
      const onRight = roomRight >= roomLeft;
      const label = shortLabel(title, onRight ? roomRight : roomLeft, full.width, measure);
      if (label !== undefined) options.push(onRight ? right(label) : left(label));
    }
    return options;
  }

  const { x, x2 } = candidate;
  const at = (label: Label, labelX: number): LabelOption => ({
    label: { ...label, x: labelX },
    left: Math.min(x, labelX),
    right: Math.max(x2, labelX + label.width),
  });
  const fromStart = Math.min(maxLabel, lastX - Math.max(x, EDGE_PADDING));
  const toEnd = Math.min(maxLabel, Math.min(x2, lastX) - EDGE_PADDING);
  if (full.width <= fromStart) options.push(at(full, Math.max(x, EDGE_PADDING)));
  if (full.width <= toEnd) options.push(at(full, Math.min(x2, lastX) - full.width));
  if (options.length === 0) {
    const label = shortLabel(title, Math.max(fromStart, toEnd), full.width, measure);
    if (label !== undefined) {
      options.push(at(label, fromStart >= toEnd ? Math.max(x, EDGE_PADDING) : Math.min(x2, lastX) - label.width));
    }
  }
  return options;
}

type Label = Omit<PlacedLabel, 'x'>;

function fullLabel(title: string, measure: TextMeasure): Label {
  return { text: title, width: measure(title), truncated: false };
}

// The title shortened to `room`, or nothing when what is left would say too little.
function shortLabel(title: string, room: number, fullWidth: number, measure: TextMeasure): Label | undefined {
  const text = truncateText(title, room, measure);
  if (text === '') return undefined;
  const width = text === title ? fullWidth : measure(text);
  return width < Math.min(MIN_LABEL_WIDTH, fullWidth) ? undefined : { text, width, truncated: text !== title };
}
