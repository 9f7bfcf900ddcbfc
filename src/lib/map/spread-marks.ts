import type { MapSize } from './fit-projection.ts';

/** A mark to keep apart from the others: its centre and half-width in px. */
export interface SpreadableMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/**
 * The fewest px between two marks' centres: both marks seen whole, and each centre outside the other's 24 px tap
 * target (HIT_RADIUS), so that a pointer can reach every place.
 */
export const MIN_MARK_GAP = 13;

const ROUNDS = 60;
// Directions for marks on the very same point: the golden angle spreads any number of them evenly around it.
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Move marks that would cover each other (a village and the bridge beside it, a region drawn at its capital) just
 * far enough apart to be seen and reached, each pair pushed along the line between them, inside the frame.
 * Deterministic: the same marks give the same positions on every build. Marks already apart do not move.
 * @example spreadMarks([{ id: 'a', x: 50, y: 50, radius: 4 }, { id: 'b', x: 50, y: 50, radius: 4 }], { width: 100, height: 100 })
 *   // a and b about 13 px apart around (50, 50)
 */
export function spreadMarks<T extends SpreadableMark>(marks: readonly T[], size: MapSize): T[] {
  const order = marks.map((_, i) => i).sort((a, b) => compare(marks[a]!.id, marks[b]!.id));
  const xs = marks.map((mark) => mark.x);
  const ys = marks.map((mark) => mark.y);
  const gap = (i: number, j: number) => Math.max(MIN_MARK_GAP, marks[i]!.radius + marks[j]!.radius + 2);
  for (let round = 0; round < ROUNDS; round += 1) {
    let moved = false;
    for (const [n, i] of order.entries()) {
      for (const j of order.slice(n + 1)) {
        let dx = xs[j]! - xs[i]!;
        let dy = ys[j]! - ys[i]!;
        let distance = Math.hypot(dx, dy);
        const wanted = gap(i, j);
        if (distance >= wanted - 0.05) continue;
        if (distance < 0.01) {
          const angle = (order.indexOf(j) + 1) * GOLDEN_ANGLE;
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (wanted - distance) / 2 / distance;
        xs[i] = clamp(xs[i]! - dx * push, marks[i]!.radius, size.width - marks[i]!.radius);
        ys[i] = clamp(ys[i]! - dy * push, marks[i]!.radius, size.height - marks[i]!.radius);
        xs[j] = clamp(xs[j]! + dx * push, marks[j]!.radius, size.width - marks[j]!.radius);
        ys[j] = clamp(ys[j]! + dy * push, marks[j]!.radius, size.height - marks[j]!.radius);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return marks.map((mark, i) =>
    xs[i] === mark.x && ys[i] === mark.y ? mark : { ...mark, x: round1(xs[i]!), y: round1(ys[i]!) },
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
