import type { TimelineLayout } from '../lib/layout/layout-timeline.ts';
import { paintTimelineCanvas, type CanvasTheme } from '../lib/layout/paint-timeline-canvas.ts';

/**
 * The part of the chart a canvas shows while the reader moves: a band as tall as the window, where the chart is
 * on screen. Painted on the page's own canvas, or by the canvas worker on the same canvas handed over to it.
 */
export interface CanvasBand {
  /** From the top of the chart, px. */
  readonly top: number;
  readonly height: number;
  /** Device pixels per CSS pixel (at most 2). */
  readonly ratio: number;
  /** The chart's frame: the tallest drawing since the filters changed, px. */
  readonly frameHeight: number;
}

/** The band of a chart whose top is `chartTop` px from the window's top (negative once scrolled past). */
export function bandOnScreen(chartTop: number, frameHeight: number, windowHeight: number, ratio: number): CanvasBand {
  const height = Math.max(1, Math.min(frameHeight, windowHeight));
  const top = Math.max(0, Math.min(frameHeight - height, -chartTop));
  return { top, height, ratio: Math.min(2, ratio || 1), frameHeight };
}

/** Paint `layout` into the band of `canvas`; the canvas is resized only when the band's size changed. */
export function paintCanvasBand(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  layout: TimelineLayout,
  theme: CanvasTheme,
  selectedId: string | undefined,
  band: CanvasBand,
): void {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (context === null) return;
  const { top, height, ratio } = band;
  const width = Math.ceil(layout.width * ratio);
  const pixels = Math.ceil(height * ratio);
  // A canvas resized costs a frame: keep the size while the band only moves.
  if (canvas.width !== width || canvas.height !== pixels) {
    canvas.width = width;
    canvas.height = pixels;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
  // The painter fills the layout's own height; the frame may be taller (it keeps the tallest drawing of a zoom).
  context.fillStyle = theme.background;
  const below = Math.max(top, layout.height);
  if (below < top + height) context.fillRect(0, below, layout.width, top + height - below);
  paintTimelineCanvas(context, layout, theme, selectedId, { top, bottom: top + height });
}

/** Clear the whole canvas: transparent again, the SVG under it shows. */
export function clearCanvas(canvas: HTMLCanvasElement | OffscreenCanvas): void {
  const context = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  context?.setTransform(1, 0, 0, 1, 0, 0);
  context?.clearRect(0, 0, canvas.width, canvas.height);
}
