import type { QuoteRange } from './timeline-model.ts';

/** A run of a paragraph's text, and which of the given ranges cover it (by index; empty when none do). */
export interface HighlightSegment {
  readonly text: string;
  readonly covering: readonly number[];
}

/**
 * Cut a paragraph into runs so that overlapping cited passages can each be highlighted: every boundary of every
 * range starts a new run.
 * @example highlightSegments('abcdef', [{ start: 1, end: 4 }, { start: 3, end: 5 }])
 * // [{ text: 'a', covering: [] }, { text: 'bc', covering: [0] }, { text: 'd', covering: [0, 1] }, { text: 'e', covering: [1] }, { text: 'f', covering: [] }]
 */
export function highlightSegments(text: string, ranges: readonly QuoteRange[]): HighlightSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const { start, end } of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, start)));
    cuts.add(Math.max(0, Math.min(text.length, end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const covering = ranges.flatMap((range, index) => (range.start <= from && range.end >= to ? [index] : []));
    segments.push({ text: text.slice(from, to), covering });
  }
  return segments;
}
