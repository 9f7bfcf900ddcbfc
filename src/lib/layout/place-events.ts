import type { EventId, Lane, TimelineEvent } from '../timeline-model.ts';
import { clusterEvents, type ClusterCandidate, type PlacedCluster } from './cluster-events.ts';
import { dayRangeOfDate } from './day-range.ts';
import { truncateText, type TextMeasure } from './text-measure.ts';
import type { TimeScale } from './time-scale.ts';

/** What layout needs of an event, so the browser can ship only these fields. */
export type LayoutEvent = Pick<TimelineEvent, 'id' | 'title' | 'date' | 'lane'>;

/** A label's text and horizontal place; rows give it a y later. */
export interface PlacedLabel {
  /** The title, or its start and an ellipsis where the whole title does not fit. */
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly truncated: boolean;
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
  /** Undefined where no readable label fits in the window. */
  readonly label: PlacedLabel | undefined;
  /** The extent of mark and label together, px. */
  readonly left: number;
  readonly right: number;
}

/**
 * Place every event visible in the scale's window: for each lane (in config order, hidden lanes left out), find
 * each event's mark and label, then give it the first sub-row where mark and label clear everything already there;
 * events left over once `maxRowsPerLane` rows are full, or with no room for a label, go into "+N" clusters.
 * Going through events by left edge makes this first-fit colouring of an interval graph, which uses the fewest
 * rows possible when the rows are not capped.
 */
export function placeEvents(
  events: readonly LayoutEvent[],
  lanes: readonly Lane[],
  scale: TimeScale,
  options: PlaceEventsOptions,
): LanePlacement[] {
  const byLane = new Map<string, Candidate[]>();
  for (const lane of lanes) if (options.hiddenLanes?.has(lane.id) !== true) byLane.set(lane.id, []);
  for (const event of events) {
    const candidates = byLane.get(event.lane);
    if (candidates === undefined) continue;
    const candidate = placeMark(event, scale, options);
    if (candidate !== undefined) candidates.push(candidate);
  }

  const placements: LanePlacement[] = [];
  for (const lane of lanes) {
    const candidates = byLane.get(lane.id);
    if (candidates === undefined) continue;
    candidates.sort((a, b) => a.left - b.left || a.days[0] - b.days[0] || compareIds(a.event.id, b.event.id));
    const rowEnds: number[] = [];
    const placed: PlacedEvent[] = [];
    const overflow: ClusterCandidate[] = [];
    for (const candidate of candidates) {
      const row = candidate.label === undefined ? -1 : firstFreeRow(rowEnds, candidate.left, options.maxRowsPerLane);
      if (row < 0 || candidate.label === undefined) {
        overflow.push({ eventId: candidate.event.id, days: candidate.days, left: candidate.markLeft, right: candidate.markRight });
        continue;
      }
      rowEnds[row] = candidate.right;
      placed.push({
        eventId: candidate.event.id,
        title: candidate.event.title,
        laneId: lane.id,
        kind: candidate.kind,
        days: candidate.days,
        row,
        x: candidate.x,
        x2: candidate.x2,
        continuesBefore: candidate.continuesBefore,
        continuesAfter: candidate.continuesAfter,
        label: candidate.label,
      });
    }
    placements.push({
      lane,
      rows: rowEnds.length,
      placed,
      clusters: clusterEvents(overflow, scale, { measureText: options.measureText, gap: ITEM_GAP, edge: EDGE_PADDING }),
    });
  }
  return placements;
}

function firstFreeRow(rowEnds: number[], left: number, maxRows: number): number {
  for (let row = 0; row < rowEnds.length; row += 1) {
    if ((rowEnds[row] ?? Infinity) + ITEM_GAP <= left) return row;
  }
  return rowEnds.length < maxRows ? rowEnds.length : -1;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A point sits at the middle of the days it may stand for ("1988" at mid-1988), labelled to its right, or to its
// left near the right edge; a bar runs from its first day to the end of its last, labelled from its start.
function placeMark(event: LayoutEvent, scale: TimeScale, options: PlaceEventsOptions): Candidate | undefined {
  const days = dayRangeOfDate(event.date);
  const width = scale.width;
  const measure = options.measureText;
  const maxLabel = Math.min(options.maxLabelWidth, width - 2 * EDGE_PADDING);

  if (event.date.kind === 'date') {
    const x = scale.x((days[0] + days[1] + 1) / 2);
    if (!(x >= 0 && x <= width)) return undefined;
    const markLeft = x - POINT_RADIUS;
    const markRight = x + POINT_RADIUS;
    const roomRight = Math.min(maxLabel, width - EDGE_PADDING - (markRight + LABEL_OFFSET));
    const roomLeft = Math.min(maxLabel, markLeft - LABEL_OFFSET - EDGE_PADDING);
    const full = measure(event.title);
    const onRight = full <= roomRight || (full > roomLeft && roomRight >= roomLeft);
    const text = truncateText(event.title, onRight ? roomRight : roomLeft, measure);
    const labelWidth = text === event.title ? full : measure(text);
    const base = { event, kind: 'point' as const, days, x, x2: x, continuesBefore: false, continuesAfter: false, markLeft, markRight };
    if (text === '' || labelWidth < Math.min(MIN_LABEL_WIDTH, full)) {
      return { ...base, label: undefined, left: markLeft, right: markRight };
    }
    const labelX = onRight ? markRight + LABEL_OFFSET : markLeft - LABEL_OFFSET - labelWidth;
    const label = { text, x: labelX, width: labelWidth, truncated: text !== event.title };
    return { ...base, label, left: Math.min(markLeft, labelX), right: Math.max(markRight, labelX + labelWidth) };
  }

  const start = scale.x(days[0]);
  const end = scale.x(days[1] + 1);
  if (!(end > 0 && start < width)) return undefined;
  let x = Math.max(start, 0);
  let x2 = Math.min(end, width);
  if (x2 - x < MIN_BAR_WIDTH) {
    const centre = Math.min(Math.max((x + x2) / 2, MIN_BAR_WIDTH / 2), width - MIN_BAR_WIDTH / 2);
    [x, x2] = [centre - MIN_BAR_WIDTH / 2, centre + MIN_BAR_WIDTH / 2];
  }
  const base = { event, kind: 'bar' as const, days, x, x2, continuesBefore: start < 0, continuesAfter: end > width, markLeft: x, markRight: x2 };
  const full = measure(event.title);
  const text = truncateText(event.title, maxLabel, measure);
  const labelWidth = text === event.title ? full : measure(text);
  if (text === '' || labelWidth < Math.min(MIN_LABEL_WIDTH, full)) return { ...base, label: undefined, left: x, right: x2 };
  // The label sits on the bar's line above it, from the bar's start, or as near it as the right edge allows.
  const labelX = Math.max(EDGE_PADDING, Math.min(x, width - EDGE_PADDING - labelWidth));
  const label = { text, x: labelX, width: labelWidth, truncated: text !== event.title };
  return { ...base, label, left: Math.min(x, labelX), right: Math.max(x2, labelX + labelWidth) };
}
