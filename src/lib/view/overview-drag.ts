import { OVERVIEW_UNITS } from '../layout/overview-axis.ts';

/**
 * Dragging on the overview strip, in overview units (0 to OVERVIEW_UNITS) and without a DOM: a press inside the
 * window moves it, a press on either edge resizes it, a press elsewhere draws a new one; a click outside the
 * window (a press and release without moving) centres the window there. The controller owns the drag under way.
 */

/** What a press does: move the window, move its start or end edge, or draw a new window. */
export type OverviewDragMode = 'move' | 'start' | 'end' | 'draw';

/** The pointer on the strip. */
export interface OverviewPointer {
  /** Where, in overview units. */
  readonly at: number;
  /** How near an edge, in units, a press resizes rather than moves (a few px of the strip's width). */
  readonly grip: number;
  /** A finger cannot aim at an edge: touches only move or draw. */
  readonly touch: boolean;
}

/** A drag under way: where it began, the window's extent then, and whether it has moved yet. */
export interface OverviewDrag {
  readonly mode: OverviewDragMode;
  readonly at: number;
  readonly extent: readonly [number, number];
  readonly moved: boolean;
}

// Less than this many units from the press, the pointer has not moved: a click, not a drag.
const CLICK_SLOP = 1;
// A window over more than this share of the strip cannot move: pressing in it draws a new one.
const WHOLE_SHARE = 0.9;

/** What a press at `pointer` would do to the window spanning `extent`. */
export function overviewDragModeAt(extent: readonly [number, number], pointer: OverviewPointer): OverviewDragMode {
  const [u0, u1] = extent;
  const { at, grip, touch } = pointer;
  if (!touch && Math.abs(at - u0) <= grip) return 'start';
  if (!touch && Math.abs(at - u1) <= grip) return 'end';
  const whole = u1 - u0 > OVERVIEW_UNITS * WHOLE_SHARE;
  return at > u0 && at < u1 && !whole ? 'move' : 'draw';
}

/** The drag a press at `pointer` begins. */
export function startOverviewDrag(extent: readonly [number, number], pointer: OverviewPointer): OverviewDrag {
  return { mode: overviewDragModeAt(extent, pointer), at: pointer.at, extent, moved: false };
}

/**
 * The drag with the pointer at `at`, and the extent the window takes then (undefined until it has moved).
 * A moved window keeps its size and stops at the ends of the strip; an edge or a drawn window follows the pointer.
 */
export function dragOverviewTo(
  drag: OverviewDrag,
  at: number,
): { readonly drag: OverviewDrag; readonly extent: readonly [number, number] | undefined } {
  const moved = drag.moved || Math.abs(at - drag.at) > CLICK_SLOP;
  const next = moved === drag.moved ? drag : { ...drag, moved };
  if (!moved) return { drag: next, extent: undefined };
  const [u0, u1] = drag.extent;
  const shift = Math.min(Math.max(at - drag.at, -u0), OVERVIEW_UNITS - u1);
  const extent: readonly [number, number] =
    drag.mode === 'move'
      ? [u0 + shift, u1 + shift]
      : drag.mode === 'start'
        ? [at, u1]
        : drag.mode === 'end'
          ? [u0, at]
          : [drag.at, at];
  return { drag: next, extent };
}

/**
 * Where a click outside the window puts it: centred at `at`, its width kept. Undefined when the drag moved or was
 * not a click outside the window (nothing more to do on release).
 */
export function clickedOverviewExtent(drag: OverviewDrag, at: number): readonly [number, number] | undefined {
  if (drag.moved || drag.mode !== 'draw') return undefined;
  const half = (drag.extent[1] - drag.extent[0]) / 2;
  return [at - half, at + half];
}
