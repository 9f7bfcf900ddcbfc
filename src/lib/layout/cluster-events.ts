import type { EventId } from '../timeline-model.ts';
import type { PlacedLabel } from './place-events.ts';
import type { TextMeasure } from './text-measure.ts';
import type { DayWindow } from './time-axis.ts';
import { clampWindow, type TimeScale } from './time-scale.ts';

/** An event that found no room for its label: where its mark is, and its days. */
export interface ClusterCandidate {
  readonly eventId: EventId;
  readonly days: readonly [number, number];
  /** The mark's extent, px. */
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
  /** The window that shows these events across the whole width, clamped to what the timeline can show. */
  readonly expandWindow: DayWindow;
}

/** How clusters are measured and spaced. */
export interface ClusterOptions {
  readonly measureText: TextMeasure;
  /** Space kept between two clusters, px. */
  readonly gap: number;
  /** Clusters keep this far from the window's edges, px. */
  readonly edge: number;
}

const PILL_PADDING = 4;

/**
 * Group unlabelled events into clusters that do not overlap: sweep by left edge and join an event to the cluster
 * before it while its mark reaches within `gap` of that cluster's pill. Every candidate ends in exactly one
 * cluster, so nothing visible is dropped.
 */
export function clusterEvents(candidates: readonly ClusterCandidate[], scale: TimeScale, options: ClusterOptions): PlacedCluster[] {
  const sorted = [...candidates].sort((a, b) => a.left - b.left || a.days[0] - b.days[0]);
  const groups: Group[] = [];
  for (const candidate of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && candidate.left <= last.x2 + options.gap) {
      join(last, groupOf(candidate));
      fit(last, scale.width, options);
    } else {
      groups.push(fit(groupOf(candidate), scale.width, options));
    }
    // Shifting a pill back from the right edge can make it reach the one before: join them too.
    for (;;) {
      const current = groups.at(-1);
      const before = groups.at(-2);
      if (current === undefined || before === undefined || before.x2 + options.gap <= current.x) break;
      groups.pop();
      fit(join(before, current), scale.width, options);
    }
  }
  return groups.map((group) => {
    const { days, labelText: text, labelWidth: width } = group;
    // A little time either side, so the outermost events do not sit on the edges after expanding.
    const margin = Math.max(0.5, (days[1] + 1 - days[0]) * 0.1);
    return {
      eventIds: group.eventIds,
      days,
      x: group.x,
      x2: group.x2,
      label: { text, x: group.x + (group.x2 - group.x - width) / 2, width, truncated: false },
      expandWindow: clampWindow(scale.axis, { from: days[0] - margin, to: days[1] + 1 + margin }),
    };
  });
}

// Mutable while clustering: a large cluster grows one event at a time, and copying it each time would be quadratic.
interface Group {
  eventIds: EventId[];
  days: [number, number];
  left: number;
  right: number;
  x: number;
  x2: number;
  labelText: string;
  labelWidth: number;
}

function groupOf(candidate: ClusterCandidate): Group {
  const { left, right } = candidate;
  return { eventIds: [candidate.eventId], days: [candidate.days[0], candidate.days[1]], left, right, x: left, x2: right, labelText: '', labelWidth: 0 };
}

function join(group: Group, other: Group): Group {
  for (const id of other.eventIds) group.eventIds.push(id);
  group.days = [Math.min(group.days[0], other.days[0]), Math.max(group.days[1], other.days[1])];
  group.left = Math.min(group.left, other.left);
  group.right = Math.max(group.right, other.right);
  return group;
}

// The pill covers the marks, is wide enough for "+N", and stays inside the window.
function fit(group: Group, width: number, options: ClusterOptions): Group {
  group.labelText = `+${group.eventIds.length}`;
  group.labelWidth = options.measureText(group.labelText);
  const pillWidth = Math.min(Math.max(group.right - group.left, group.labelWidth + 2 * PILL_PADDING), width - 2 * options.edge);
  group.x = Math.max(options.edge, Math.min(group.left, width - options.edge - pillWidth));
  group.x2 = group.x + pillWidth;
  return group;
}
