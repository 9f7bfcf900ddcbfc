import type { TextMeasure } from '../layout/text-measure.ts';
import type { MapSize } from './fit-projection.ts';

/** A mark on the map, as label placement sees it: a round obstacle, with a name to place or none. */
export interface LabelledMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Half the mark's width: its box is the square around the circle. */
  readonly radius: number;
  /** The name to place beside the mark; undefined for a mark that gets no label (it stays an obstacle). */
  readonly label?: string | undefined;
  /** Heavier marks choose their label's place first. */
  readonly weight: number;
}

/** A box in the map's px. */
export interface LabelBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where a label went: its text's middle (`x`, drawn with text-anchor middle) and baseline (`y`), and its box. */
export interface PlacedMapLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly side: LabelSide;
  readonly box: LabelBox;
}

/** The sides of a mark a label may take, in the order they are tried. */
export const LABEL_SIDES = ['right', 'left', 'above', 'below'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface MapLabelOptions {
  /** The labels' font size in px; the measure must measure text at this size. */
  readonly fontSize: number;
  /** Space between a mark and its label, in px. */
  readonly gap?: number;
}

/**
 * Places the marks' labels so that none covers another label, another mark or the frame's edge. Marks are served
 * by weight (then id, so every build places the same labels), each taking the first free side of right, left,
 * above and below; a label with no free side is left out, and its mark keeps its accessible name. Labels are
 * centred on their box (text-anchor middle), so an SVG in a right-to-left page draws them in the same place.
 * @example placeMapLabels([{ id: 'minsk', x: 50, y: 50, radius: 4, label: 'Minsk', weight: 3 }], { width: 200, height: 100 }, measure, { fontSize: 12 })
 * // [{ id: 'minsk', side: 'right', … }]
 */
export function placeMapLabels(
  marks: readonly LabelledMark[],
  size: MapSize,
  measure: TextMeasure,
  options: MapLabelOptions,
): PlacedMapLabel[] {
  const gap = options.gap ?? 3;
  const lineHeight = options.fontSize * 1.2;
  const taken: LabelBox[] = marks.map(markBox);
  const placed: PlacedMapLabel[] = [];
  const order = [...marks].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const mark of order) {
    if (mark.label === undefined || mark.label === '') continue;
    const width = measure(mark.label);
    for (const side of LABEL_SIDES) {
      const box = candidateBox(mark, side, width, lineHeight, gap);
      if (!inside(box, size) || taken.some((other) => boxesOverlap(box, other))) continue;
      taken.push(box);
      placed.push({
        id: mark.id,
        text: mark.label,
        x: (box.left + box.right) / 2,
        // The baseline a third of an em below the box's middle centres a line of capitals and lower case letters.
        y: (box.top + box.bottom) / 2 + options.fontSize * 0.35,
        side,
        box,
      });
      break;
    }
  }
  return placed;
}

/** The box a mark covers. */
export function markBox(mark: LabelledMark): LabelBox {
  return {
    left: mark.x - mark.radius,
    top: mark.y - mark.radius,
    right: mark.x + mark.radius,
    bottom: mark.y + mark.radius,
  };
}

/** Whether two boxes share any area (touching edges do not). */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function candidateBox(mark: LabelledMark, side: LabelSide, width: number, height: number, gap: number): LabelBox {
  const offset = mark.radius + gap;
  switch (side) {
    case 'right':
      return {
        left: mark.x + offset,
        right: mark.x + offset + width,
        top: mark.y - height / 2,
        bottom: mark.y + height / 2,
      };
    case 'left':
      return {
        left: mark.x - offset - width,
        right: mark.x - offset,
        top: mark.y - height / 2,
        bottom: mark.y + height / 2,
      };
    case 'above':
      return {
        left: mark.x - width / 2,
        right: mark.x + width / 2,
        top: mark.y - offset - height,
        bottom: mark.y - offset,
      };
    case 'below':
      return {
        left: mark.x - width / 2,
        right: mark.x + width / 2,
        top: mark.y + offset,
        bottom: mark.y + offset + height,
      };
  }
}

function inside(box: LabelBox, size: MapSize): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height;
}
