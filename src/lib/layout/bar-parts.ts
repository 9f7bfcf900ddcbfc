import type { BarMark } from './layout-timeline.ts';

/** How long the dashed stub is where a bar runs on past the window's edge, px (at most a third of the bar). */
const OPEN_END = 10;

/**
 * A bar's parts as both renderers draw them: the solid part from `from` to `to`, and a dashed stub instead of a
 * square end on each side where the span runs on past the window (`before`, `after`: [x1, x2] or undefined).
 */
export interface BarParts {
  readonly from: number;
  readonly to: number;
  /** The y of the stubs: the bar's middle. */
  readonly middle: number;
  readonly before: readonly [number, number] | undefined;
  readonly after: readonly [number, number] | undefined;
}

export function barParts(mark: BarMark): BarParts {
  const open = Math.min(OPEN_END, (mark.x2 - mark.x) / 3);
  const from = mark.continuesBefore ? mark.x + open : mark.x;
  const to = mark.continuesAfter ? mark.x2 - open : mark.x2;
  return {
    from,
    to,
    middle: mark.y + mark.height / 2,
    before: mark.continuesBefore ? [mark.x, from] : undefined,
    after: mark.continuesAfter ? [to, mark.x2] : undefined,
  };
}
