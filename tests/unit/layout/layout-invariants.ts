import { dayRangeOfDate, type TimelineDate } from '../../../src/lib/dates/partial-date.ts';
import {
  type DayWindow,
  type LayoutEvent,
  type TimelineLayout,
  type TimelineMark,
} from '../../../src/lib/layout/index.ts';

/** A rectangle drawn for one mark (its dot, bar or pill, or its label), px. */
export interface Box {
  readonly owner: number;
  readonly what: string;
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly y2: number;
}

/** Every rectangle the layout draws for marks and labels, tagged with the mark that owns it. */
export function boxesOf(layout: TimelineLayout): Box[] {
  return layout.marks.flatMap((mark, owner) => {
    const name = nameOf(mark);
    const label: Box = {
      owner,
      what: `label of ${name}`,
      x: mark.label.x,
      x2: mark.label.x + mark.label.width,
      y: mark.label.y,
      y2: mark.label.y + mark.label.height,
    };
    if (mark.kind === 'point') {
      return [
        {
          owner,
          what: `dot of ${name}`,
          x: mark.x - mark.r,
          x2: mark.x + mark.r,
          y: mark.y - mark.r,
          y2: mark.y + mark.r,
        },
        label,
      ];
    }
    return [
      { owner, what: `${mark.kind} of ${name}`, x: mark.x, x2: mark.x2, y: mark.y, y2: mark.y + mark.height },
      label,
    ];
  });
}

function nameOf(mark: TimelineMark): string {
  return mark.kind === 'cluster'
    ? `cluster ${mark.label.text} (${mark.eventIds.slice(0, 3).join(', ')}…)`
    : mark.eventId;
}

/**
 * Pairs of boxes from different marks that overlap (touching is fine). A sweep along x, so that 10,000 events
 * are checked without comparing every pair.
 */
export function overlapsOf(boxes: readonly Box[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const active: Box[] = [];
  const overlaps: string[] = [];
  for (const box of sorted) {
    for (let i = active.length - 1; i >= 0; i -= 1) {
      if ((active[i]?.x2 ?? -Infinity) <= box.x) active.splice(i, 1);
    }
    for (const other of active) {
      if (other.owner !== box.owner && other.y < box.y2 && box.y < other.y2)
        overlaps.push(`${other.what} overlaps ${box.what}`);
    }
    active.push(box);
  }
  return overlaps;
}

/** Where an event should be visible in a window: a point by its middle day, a bar by any of its days. */
export function isInWindow(date: TimelineDate, window: DayWindow): boolean {
  const [first, last] = dayRangeOfDate(date);
  if (date.kind === 'date') {
    const middle = (first + last + 1) / 2;
    return middle >= window.from && middle <= window.to;
  }
  return last + 1 > window.from && first < window.to;
}

/** How often each event id appears among the marks: once as a labelled mark, or once inside a cluster. */
export function appearancesOf(layout: TimelineLayout): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mark of layout.marks) {
    for (const id of mark.kind === 'cluster' ? mark.eventIds : [mark.eventId])
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The ids of the events that should appear: in the window and in a lane that is shown. */
export function expectedIdsOf(events: readonly LayoutEvent[], layout: TimelineLayout): string[] {
  const shown = new Set(layout.lanes.map((lane) => lane.id));
  return events
    .filter((event) => shown.has(event.lane) && isInWindow(event.date, layout.window))
    .map((event) => event.id)
    .sort();
}

/** A deterministic pseudo-random generator (LCG), so synthetic data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
