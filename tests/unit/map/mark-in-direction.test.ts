import { describe, expect, it } from 'vitest';
import { markInDirection, type MarkPoint } from '../../../src/lib/map/mark-in-direction.ts';

// A plus sign of marks around `centre`, and one far off to the north-east.
const marks: MarkPoint[] = [
  { id: 'centre', x: 100, y: 100 },
  { id: 'east', x: 140, y: 104 },
  { id: 'far-east', x: 300, y: 100 },
  { id: 'west', x: 60, y: 98 },
  { id: 'north', x: 102, y: 50 },
  { id: 'south', x: 98, y: 160 },
  { id: 'north-east', x: 200, y: 0 },
];

describe('markInDirection()', () => {
  it('moves to the nearest mark the arrow points at, y growing downwards', () => {
    expect(markInDirection(marks, 'centre', 'right')).toBe('east');
    expect(markInDirection(marks, 'centre', 'left')).toBe('west');
    expect(markInDirection(marks, 'centre', 'up')).toBe('north');
    expect(markInDirection(marks, 'centre', 'down')).toBe('south');
    expect(markInDirection(marks, 'east', 'right')).toBe('far-east');
  });

  it('prefers a mark straight ahead to a nearer one well off to the side', () => {
    const row: MarkPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'ahead', x: 50, y: 0 },
      { id: 'aside', x: 30, y: 40 },
    ];
    expect(markInDirection(row, 'a', 'right')).toBe('ahead');
  });

  it('gives undefined at the edge, or for a mark it does not know', () => {
    expect(markInDirection(marks, 'west', 'left')).toBeUndefined();
    expect(markInDirection(marks, 'no-such-mark', 'right')).toBeUndefined();
    expect(markInDirection([], 'centre', 'up')).toBeUndefined();
  });

  it('always moves the way of the arrow, from every mark and in every direction', () => {
    const sign = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] } as const;
    for (const from of marks) {
      for (const direction of ['left', 'right', 'up', 'down'] as const) {
        const to = marks.find((mark) => mark.id === markInDirection(marks, from.id, direction));
        if (to === undefined) continue;
        const [ux, uy] = sign[direction];
        expect((to.x - from.x) * ux + (to.y - from.y) * uy, `${from.id} ${direction}`).toBeGreaterThan(0);
      }
    }
  });
});
