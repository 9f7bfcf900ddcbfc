import { describe, expect, it } from 'vitest';
import { createCharWidthMeasure } from '../../../src/lib/layout/text-measure.ts';
import type { MapSize } from '../../../src/lib/map/fit-projection.ts';
import {
  boxesOverlap,
  markBox,
  placeMapLabels,
  type LabelledMark,
  type PlacedMapLabel,
} from '../../../src/lib/map/place-map-labels.ts';

const measure = createCharWidthMeasure(12);
const OPTIONS = { fontSize: 12 };
const NAMES = ['Minsk', 'Stepanakert/Khankendi', 'Shusha/Shushi', 'Hakari bridge', 'Baku', 'Լաչին', 'لاتشين', 'Ağdam'];

/** A small seeded generator (mulberry32): the same marks on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMarks(next: () => number, size: MapSize, count: number): LabelledMark[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `place-${i}`,
    x: Math.round(next() * size.width * 10) / 10,
    y: Math.round(next() * size.height * 10) / 10,
    radius: 3 + Math.floor(next() * 8),
    label: next() < 0.9 ? (NAMES[Math.floor(next() * NAMES.length)] ?? 'X') : undefined,
    weight: Math.floor(next() * 20),
  }));
}

function expectNoOverlaps(labels: readonly PlacedMapLabel[], marks: readonly LabelledMark[], size: MapSize): void {
  for (const [i, label] of labels.entries()) {
    expect(label.box.left).toBeGreaterThanOrEqual(0);
    expect(label.box.top).toBeGreaterThanOrEqual(0);
    expect(label.box.right).toBeLessThanOrEqual(size.width);
    expect(label.box.bottom).toBeLessThanOrEqual(size.height);
    for (const other of labels.slice(i + 1)) expect(boxesOverlap(label.box, other.box)).toBe(false);
    for (const mark of marks) expect(boxesOverlap(label.box, markBox(mark))).toBe(false);
  }
}

describe('placeMapLabels()', () => {
  it('never lets two labels overlap, nor a label cover a mark or leave the frame (500 random maps)', () => {
    const next = random(17);
    for (let run = 0; run < 500; run += 1) {
      const size = run % 2 === 0 ? { width: 320, height: 220 } : { width: 640, height: 480 };
      const marks = randomMarks(next, size, 1 + Math.floor(next() * 40));
      const labels = placeMapLabels(marks, size, measure, OPTIONS);
      expectNoOverlaps(labels, marks, size);
      // Only marks with a name get a label, each at most one.
      const ids = labels.map((label) => label.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(marks.find((mark) => mark.id === id)?.label).toBeDefined();
    }
  });

  it('puts a lone label to the right of its mark, centred on its box', () => {
    const [label] = placeMapLabels(
      [{ id: 'minsk', x: 50, y: 50, radius: 4, label: 'Minsk', weight: 1 }],
      { width: 200, height: 100 },
      measure,
      OPTIONS,
    );
    expect(label?.side).toBe('right');
    expect(label?.box.left).toBe(57);
    expect(label?.x).toBeCloseTo(57 + measure('Minsk') / 2);
    expect(label?.y).toBeGreaterThan(50);
  });

  it('turns a label to the left at the frame’s right edge, and above or below when both sides are taken', () => {
    const size = { width: 200, height: 100 };
    const [atEdge] = placeMapLabels(
      [{ id: 'a', x: 190, y: 50, radius: 4, label: 'Baku', weight: 1 }],
      size,
      measure,
      OPTIONS,
    );
    expect(atEdge?.side).toBe('left');
    const squeezed = placeMapLabels(
      [
        { id: 'left', x: 20, y: 50, radius: 4, weight: 0 },
        { id: 'middle', x: 60, y: 50, radius: 4, label: 'Stepanakert', weight: 1 },
        { id: 'right', x: 100, y: 50, radius: 4, weight: 0 },
      ],
      size,
      measure,
      OPTIONS,
    );
    expect(squeezed.map((label) => label.side)).toEqual(['above']);
  });

  it('serves heavier marks first and leaves out a label with no free side', () => {
    const marks: LabelledMark[] = [
      { id: 'light', x: 10, y: 17, radius: 3, label: 'Shusha/Shushi', weight: 1 },
      { id: 'heavy', x: 10, y: 15, radius: 3, label: 'Stepanakert/Khankendi', weight: 9 },
    ];
    // Room for one name on the right only: the frame's edge is left, above and below.
    const size = { width: 300, height: 30 };
    const labels = placeMapLabels(marks, size, measure, OPTIONS);
    expect(labels.map((label) => label.id)).toEqual(['heavy']);
    expectNoOverlaps(labels, marks, size);
  });

  it('places the same labels whatever the order of the marks', () => {
    const next = random(3);
    const size = { width: 320, height: 220 };
    const marks = randomMarks(next, size, 30);
    const sorted = (labels: PlacedMapLabel[]) => [...labels].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sorted(placeMapLabels([...marks].reverse(), size, measure, OPTIONS))).toEqual(
      sorted(placeMapLabels(marks, size, measure, OPTIONS)),
    );
  });
});
