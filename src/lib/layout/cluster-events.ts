import type { EventId } from '../timeline-model.ts';
import type { PlacedLabel } from './place-events.ts';
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

const PILL_PADDING = 4;
const DEFAULT_MAX_WIDTH = 64;

/**
 * Group unlabelled events into "+N" clusters that do not overlap. Sweep by left edge: an event joins the cluster
 * before it while its mark comes within `gap` of that cluster's pill and the cluster stays under `maxWidth`;
 * otherwise it starts a new one, after the previous pill if they would touch. Every candidate ends in exactly one
 * cluster, so nothing visible is dropped.
 */
export function clusterEvents(
  candidates: readonly ClusterCandidate[],
  scale: TimeScale,
  options: ClusterOptions,
): PlacedCluster[] {
  const maxWidth = options.maxWidth ?? DEFAULT_MAX_WIDTH;
  const byLeft = (a: ClusterCandidate, b: ClusterCandidate) => a.left - b.left || a.days[0] - b.days[0];
  // Candidates mostly come in time order, which is nearly left-to-right: check before paying for a sort.
  let inOrder = true;
  for (let i = 1; i < candidates.length && inOrder; i += 1) {
    const before = candidates[i - 1] as ClusterCandidate;
    const candidate = candidates[i] as ClusterCandidate;
    inOrder = before.left < candidate.left || (before.left === candidate.left && before.days[0] <= candidate.days[0]);
  }
  const sorted = inOrder ? candidates : [...candidates].sort(byLeft);
  // A pill is refitted each time it grows: remember the width of "+N" for each N rather than measure it again.
  const labelWidths: number[] = [];
  const settings = {
    ...options,
    labelWidth: (count: number) => (labelWidths[count] ??= options.measureText(`+${count}`)),
  };
  const groups: Group[] = [];
  for (const candidate of sorted) {
    const last = groups[groups.length - 1];
    const touches = last !== undefined && candidate.left <= last.x2 + options.gap;
    if (last !== undefined && touches && candidate.right - last.left <= maxWidth) {
      fit(joinCandidate(last, candidate), scale.width, settings);
    } else {
      const group = groupOf(candidate);
      if (last !== undefined && touches) group.left = Math.max(group.left, last.x2 + options.gap);
      groups.push(fit(group, scale.width, settings));
    }
    // Shifting a pill back from the right edge can make it reach the one before: join them.
    for (;;) {
      const current = groups[groups.length - 1];
      const before = groups[groups.length - 2];
      if (current === undefined || before === undefined || before.x2 + options.gap <= current.x) break;
      groups.pop();
      fit(join(before, current), scale.width, settings);
    }
  }
  return groups.map((group) => {
    const { labelWidth: width, x, x2 } = group;
    const text = `+${group.eventIds.length}`;
    // Zooming to the pill, with a little room either side, spreads its events over the whole width.
    const margin = (x2 - x) * 0.1;
    return {
      eventIds: group.eventIds,
      days: group.days,
      x,
      x2,
      label: { text, x: x + (x2 - x - width) / 2, width, truncated: false },
      expandWindow: clampWindow(scale.axis, { from: scale.day(x - margin), to: scale.day(x2 + margin) }),
    };
  });
}

// Mutable while clustering: a large cluster grows one event at a time, and copying it each time would be quadratic.
interface Group {
  eventIds: EventId[];
  days: [number, number];
  /** Where the pill should start and end, before fitting its label and the window. */
  left: number;
  right: number;
  x: number;
  x2: number;
  labelWidth: number;
}

function groupOf(candidate: ClusterCandidate): Group {
  const { left, right } = candidate;
  return {
    eventIds: [candidate.eventId],
    days: [candidate.days[0], candidate.days[1]],
    left,
    right,
    x: left,
    x2: right,
    labelWidth: 0,
  };
}

// join(group, groupOf(candidate)) without building a group for one event: most events in a dense view join one.
function joinCandidate(group: Group, candidate: ClusterCandidate): Group {
  group.eventIds.push(candidate.eventId);
  group.days[0] = Math.min(group.days[0], candidate.days[0]);
  group.days[1] = Math.max(group.days[1], candidate.days[1]);
  group.right = Math.max(group.right, candidate.right);
  return group;
}

function join(group: Group, other: Group): Group {
  for (const id of other.eventIds) group.eventIds.push(id);
  group.days = [Math.min(group.days[0], other.days[0]), Math.max(group.days[1], other.days[1])];
  // `left` stays: candidates come sorted by left, and a group started after its neighbour's pill must not creep
  // back under it.
  group.right = Math.max(group.right, other.right);
  return group;
}

interface FitOptions extends ClusterOptions {
  /** The width of the label "+count". */
  readonly labelWidth: (count: number) => number;
}

// The pill covers the marks, is wide enough for "+N", and stays inside the window.
function fit(group: Group, width: number, options: FitOptions): Group {
  group.labelWidth = options.labelWidth(group.eventIds.length);
  const pillWidth = Math.min(
    Math.max(group.right - group.left, group.labelWidth + 2 * PILL_PADDING),
    width - 2 * options.edge,
  );
  group.x = Math.max(options.edge, Math.min(group.left, width - options.edge - pillWidth));
  group.x2 = group.x + pillWidth;
  return group;
}
