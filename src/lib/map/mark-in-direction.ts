/** A mark's centre on the map, in the SVG's units (y grows downwards). */
export interface MarkPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Which way an arrow key moves on the map. */
export type MapDirection = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<MapDirection, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The mark an arrow key moves to: the nearest one lying that way (within 60° either side of the arrow), a mark off
 * to the side counting as farther than one straight ahead; undefined when none lies that way.
 * @example markInDirection([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 10, y: 2 }], 'a', 'right') // 'b'
 */
export function markInDirection(
  marks: readonly MarkPoint[],
  fromId: string,
  direction: MapDirection,
): string | undefined {
  const from = marks.find((mark) => mark.id === fromId);
  if (from === undefined) return undefined;
  const [ux, uy] = UNIT[direction];
  let best: { id: string; cost: number } | undefined;
  for (const mark of marks) {
    if (mark.id === fromId) continue;
    const dx = mark.x - from.x;
    const dy = mark.y - from.y;
    const ahead = dx * ux + dy * uy;
    const aside = Math.abs(dx * uy - dy * ux);
    // tan 60° ≈ 1.73: beyond that the mark lies more to the side than that way.
    if (ahead <= 0 || aside > ahead * Math.sqrt(3)) continue;
    const cost = ahead + 2 * aside;
    if (best === undefined || cost < best.cost || (cost === best.cost && mark.id < best.id)) {
      best = { id: mark.id, cost };
    }
  }
  return best?.id;
}
