import { fromAxisX, toAxisX, type DayWindow, type TimeAxis } from '../layout/time-axis.ts';
import { MIN_WINDOW_DAYS, ZOOM_OUT_MARGIN } from '../layout/time-scale.ts';

/**
 * The zoom window and d3-zoom's transform, one from the other, without d3 or a DOM: d3-zoom's transform scales
 * the full view's axis by `k` and shifts it by `x` px, so the window shown is the axis between -x/k and
 * (width - x)/k. The element hands these numbers to d3-zoom (zoomIdentity.translate(x, 0).scale(k)).
 */

/** The part of a d3 ZoomTransform the timeline uses: horizontal scale and shift. */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
}

/** The transform that shows `window` on a drawing `width` px wide. */
export function transformOfWindow(axis: TimeAxis, width: number, window: DayWindow): ViewTransform {
  const x0 = toAxisX(axis, window.from);
  const x1 = toAxisX(axis, window.to);
  const k = width / Math.max(Number.EPSILON, x1 - x0);
  return { k, x: -x0 * k };
}

/** The window a transform shows on a drawing `width` px wide. */
export function windowOfTransform(axis: TimeAxis, width: number, { k, x }: ViewTransform): DayWindow {
  return { from: fromAxisX(axis, -x / k), to: fromAxisX(axis, (width - x) / k) };
}

/** The limits of a zoom: out to the full view and its margins, in to MIN_WINDOW_DAYS; never past the margins. */
export interface ZoomLimits {
  readonly scaleExtent: readonly [number, number];
  /** Leftmost and rightmost x, px, the transformed drawing may show. */
  readonly translateExtent: readonly [number, number];
}

/** How far d3-zoom may zoom and pan a drawing `width` px wide over `axis`. */
export function zoomLimitsOf(axis: TimeAxis, width: number): ZoomLimits {
  const margin = ZOOM_OUT_MARGIN * width;
  return {
    scaleExtent: [1 / (1 + 2 * ZOOM_OUT_MARGIN), width / (MIN_WINDOW_DAYS * axis.pxPerDay)],
    translateExtent: [-margin, width + margin],
  };
}
