import type { EventId } from '../timeline-model.ts';
import type { PlacedLabel } from './placed-label.ts';
import type { TextMeasure } from './text-measure.ts';
import type { DayWindow } from './time-axis.ts';
import { clampWindow, type TimeScale } from './time-scale.ts';

/** An event that found no room for its label: where its mark starts, and its days. */
export interface ClusterCandidate {
  readonly eventId: EventId;
  readonly days: readonly [number, number];
  /** A point's extent, or the first few px of a bar, px. */
  readonly left: number;
  readonly right: number;
}

/**
 * A "+N" mark standing for events that cannot be labelled at this zoom: a pill over the stretch where their marks
 * are (at least wide enough for its label), with the window to zoom to so they spread out.
 */
export interface PlacedCluster {
  readonly eventIds: readonly EventId[];
  /** The days its events cover together, [first, last] inclusive. */
  readonly days: readonly [number, number];
  readonly x: number;
  readonly x2: number;
  /** "+N", centred in the pill. */
  readonly label: PlacedLabel;
  /** The window to zoom to so these events spread out: the pill's stretch across the whole width, clamped. */
  readonly expandWindow: DayWindow;
}

/** How clusters are measured and spaced. */
export interface ClusterOptions {
  readonly measureText: TextMeasure;
  /** Space kept between two clusters, px. */
  readonly gap: number;
  /** Clusters keep this far from the window's edges, px. */
  readonly edge: number;
  /** The widest stretch one cluster gathers, px: dense data becomes a row of "+N" bins, not one long pill. */
  readonly maxWidth?: number;
}

/**
 * Unlabelled events, column by column in the order they are added: a dense view has thousands each frame, and an
 * object apiece would be most of the cost of clustering them.
 */
export class ClusterCandidateList {
  /** The candidates' ids; entries from `length` on are left over from before `clear`. */
  readonly ids: EventId[] = [];
  first = new Float64Array(64);
  last = new Float64Array(64);
  left = new Float64Array(64);
  right = new Float64Array(64);
  /** How many candidates there are. */
  length = 0;

  /** Empty it, keeping the room it has grown to (an array's length set to 0 would give its storage back). */
  clear(): void {
    this.length = 0;
  }

  add(eventId: EventId, firstDay: number, lastDay: number, left: number, right: number): void {
    const at = this.append(eventId);
    this.first[at] = firstDay;
    this.last[at] = lastDay;
    this.left[at] = left;
    this.right[at] = right;
  }

  /**
   * Add a candidate by its id and give its index, for the caller to write its days and edges into the columns:
   * the layout's per-event loop does so rather than pass four numbers to a call (each one put on the heap).
   */
  append(eventId: EventId): number {
    const at = this.length;
    if (at === this.left.length) {
      const grow = (column: Float64Array) => {
        const bigger = new Float64Array(column.length * 2);
        bigger.set(column);
        return bigger;
      };
      [this.first, this.last, this.left, this.right] = [
        grow(this.first),
        grow(this.last),
        grow(this.left),
        grow(this.right),
      ];
    }
    this.ids[at] = eventId;
    this.length = at + 1;
    return at;
  }
}

/** A list of the given candidates (for callers that have objects; the layout adds to a list directly). */
export function clusterCandidateList(candidates: readonly ClusterCandidate[]): ClusterCandidateList {
  const list = new ClusterCandidateList();
  for (const { eventId, days, left, right } of candidates) list.add(eventId, days[0], days[1], left, right);
  return list;
}

const PILL_PADDING = 4;
// The width of "+N" by N, per measure, kept across layouts: the browser clusters the same counts every frame.
const labelWidthsByMeasure = new WeakMap<TextMeasure, number[]>();
const DEFAULT_MAX_WIDTH = 64;

/**
 * Group unlabelled events into "+N" clusters that do not overlap. Sweep by left edge: an event joins the cluster
 * before it while its mark comes within `gap` of that cluster's pill and the cluster stays under `maxWidth`;
 * otherwise it starts a new one, after the previous pill if they would touch. Every candidate ends in exactly one
 * cluster, so nothing visible is dropped; a cluster is always a run of neighbours in left-to-right order.
 */
export function clusterEvents(list: ClusterCandidateList, scale: TimeScale, options: ClusterOptions): PlacedCluster[] {
  const { left, right, first, last, ids } = list;
  const maxWidth = options.maxWidth ?? DEFAULT_MAX_WIDTH;
  const order = orderByLeft(list);
  let labelWidths = labelWidthsByMeasure.get(options.measureText);
  if (labelWidths === undefined) {
    labelWidths = [];
    labelWidthsByMeasure.set(options.measureText, labelWidths);
  }
  const width = scale.width;
  const groups: Group[] = [];
  for (let at = 0; at < order.length; at += 1) {
    const i = order[at] ?? 0;
    const candidateLeft = left[i] ?? NaN;
    const candidateRight = right[i] ?? NaN;
    const current = groups[groups.length - 1];
    const touches = current !== undefined && candidateLeft <= current.x2 + options.gap;
    if (current !== undefined && touches && candidateRight - current.left <= maxWidth) {
      current.to = at + 1;
      current.first = Math.min(current.first, first[i] ?? NaN);
      current.last = Math.max(current.last, last[i] ?? NaN);
      current.right = Math.max(current.right, candidateRight);
      fitPill(current, labelWidths, options, width);
    } else {
      const group: Group = {
        from: at,
        to: at + 1,
        first: first[i] ?? NaN,
        last: last[i] ?? NaN,
        left: current !== undefined && touches ? Math.max(candidateLeft, current.x2 + options.gap) : candidateLeft,
        right: candidateRight,
        x: candidateLeft,
        x2: candidateRight,
        labelWidth: 0,
      };
      fitPill(group, labelWidths, options, width);
      groups.push(group);
    }
    // Shifting a pill back from the right edge can make it reach the one before: join them.
    for (;;) {
      const latest = groups[groups.length - 1];
      const before = groups[groups.length - 2];
      if (latest === undefined || before === undefined || before.x2 + options.gap <= latest.x) break;
      groups.pop();
      // `left` stays: a group started after its neighbour's pill must not creep back under it.
      before.to = latest.to;
      before.first = Math.min(before.first, latest.first);
      before.last = Math.max(before.last, latest.last);
      before.right = Math.max(before.right, latest.right);
      fitPill(before, labelWidths, options, width);
    }
  }
  return groups.map((group) => {
    const { labelWidth: width, x, x2 } = group;
    const eventIds = new Array<EventId>(group.to - group.from);
    for (let at = group.from; at < group.to; at += 1) eventIds[at - group.from] = ids[order[at] ?? 0] as EventId;
    // Zooming to the pill, with a little room either side, spreads its events over the whole width.
    const margin = (x2 - x) * 0.1;
    return {
      eventIds,
      days: [group.first, group.last] as const,
      x,
      x2,
      label: { text: `+${eventIds.length}`, x: x + (x2 - x - width) / 2, width, truncated: false },
      expandWindow: clampWindow(scale.axis, { from: scale.day(x - margin), to: scale.day(x2 + margin) }),
    };
  });
}

// The candidates' indices by left edge, then first day, ties kept in the order added. Candidates come in time
// order, which is nearly left to right (a point for a year sits mid-year, after events early in that year): an
// insertion sort costs little more than checking the order. Should the order be far off, Array#sort takes over.
function orderByLeft({ left, first, length }: ClusterCandidateList): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i += 1) order[i] = i;
  const budget = 16 * length;
  let moves = 0;
  for (let i = 1; i < length; i += 1) {
    const item = order[i] ?? 0;
    const itemLeft = left[item] ?? NaN;
    const itemFirst = first[item] ?? NaN;
    let j = i - 1;
    for (; j >= 0; j -= 1) {
      const other = order[j] ?? 0;
      const otherLeft = left[other] ?? NaN;
      if (!(otherLeft > itemLeft || (otherLeft === itemLeft && (first[other] ?? NaN) > itemFirst))) break;
      order[j + 1] = other;
    }
    order[j + 1] = item;
    moves += i - 1 - j;
    if (moves > budget) {
      // Stable, and by index last, so ties keep the order they were added in.
      const sorted = Array.from({ length }, (_, index) => index).sort(
        (a, b) => (left[a] ?? NaN) - (left[b] ?? NaN) || (first[a] ?? NaN) - (first[b] ?? NaN) || a - b,
      );
      return Int32Array.from(sorted);
    }
  }
  return order;
}

// Size a pill for its events and its "+N" label, inside the window's edges. The width of "+N" for each N is
// remembered in `labelWidths`: a pill is refitted every time it grows.
function fitPill(group: Group, labelWidths: number[], options: ClusterOptions, width: number): void {
  const count = group.to - group.from;
  let labelWidth = labelWidths[count];
  if (labelWidth === undefined) {
    labelWidth = options.measureText(`+${count}`);
    labelWidths[count] = labelWidth;
  }
  group.labelWidth = labelWidth;
  const pillWidth = Math.min(
    Math.max(group.right - group.left, labelWidth + 2 * PILL_PADDING),
    width - 2 * options.edge,
  );
  group.x = Math.max(options.edge, Math.min(group.left, width - options.edge - pillWidth));
  group.x2 = group.x + pillWidth;
}

// Mutable while clustering: a large cluster grows one event at a time. Its events are order[from..to).
interface Group {
  from: number;
  to: number;
  first: number;
  last: number;
  /** Where the pill should start and end, before fitting its label and the window. */
  left: number;
  right: number;
  x: number;
  x2: number;
  labelWidth: number;
}
