import type { TimelineLayout } from '../lib/layout/layout-timeline.ts';
import type { CanvasTheme } from '../lib/layout/paint-timeline-canvas.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import type { CanvasColours } from './canvas-worker.ts';
import { CanvasWorkerLink } from './canvas-worker-link.ts';
import { bandOnScreen, clearCanvas, paintCanvasBand, type CanvasBand } from './paint-canvas-band.ts';
import type { MonthNames } from '../lib/i18n/month-names.ts';

/**
 * The canvas over the chart that shows it while the reader moves (a dense timeline changes hundreds of SVG
 * elements per frame). It is handed to a worker that lays out and paints each frame (canvas-worker.ts); where that
 * cannot be, or the worker fails, this thread paints it. At rest it stays in place, cleared: showing and hiding
 * it would cost a layer each time. It also keeps the chart's frame: the tallest drawing since the filters last
 * changed, so that nothing under the timeline moves on every frame of a zoom.
 */
export class CanvasLayer {
  readonly #host: HTMLElement;
  readonly #viewport: HTMLElement;
  readonly #controller: TimelineController;
  readonly #isMoving: () => boolean;
  #canvas: HTMLCanvasElement;
  #worker: CanvasWorkerLink | undefined;
  #theme: CanvasTheme;
  #painted = false;
  #frameHeight = 0;

  constructor(host: HTMLElement, viewport: HTMLElement, controller: TimelineController, isMoving: () => boolean) {
    this.#host = host;
    this.#viewport = viewport;
    this.#controller = controller;
    this.#isMoving = isMoving;
    // Read the colours now and when the colour scheme changes, not when a gesture starts: on a long page,
    // computing styles can take longer than a frame.
    this.#theme = this.#readTheme();
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.#theme = this.#readTheme();
      this.#worker?.setColours(coloursOf(this.#theme));
    });
    this.#canvas = this.#newCanvas();
  }

  /** The chart's frame height, px. */
  get frameHeight(): number {
    return this.#frameHeight;
  }

  /** How long the worker's last frames took, ms (empty without a worker). */
  get workerFrameTimes(): readonly number[] {
    return this.#worker?.frameTimes ?? [];
  }

  /** Whether a worker lays out the frames of a movement (then this thread lays out only at rest). */
  get hasWorker(): boolean {
    return this.#worker !== undefined;
  }

  /** Fit the frame to a drawing `height` px tall: it only grows, unless the filters changed. */
  fitFrame(height: number, filtersChanged = false): void {
    this.#frameHeight = filtersChanged ? height : Math.max(this.#frameHeight, height);
    const frame = `${Math.ceil(this.#frameHeight)}px`;
    if (this.#viewport.style.height !== frame) this.#viewport.style.height = frame;
  }

  /**
   * Make the canvas ready for the first movement: hand it to a worker started from `scriptUrl` (this script), or
   * paint it here once (then clear it), so that the first frame does not pay for its memory and the painter's code.
   */
  start(payload: string, scriptUrl: string, monthNames: MonthNames): void {
    const canvas = this.#canvas;
    const band = bandOnScreen(0, this.#frameHeight, window.innerHeight, window.devicePixelRatio);
    this.#worker = CanvasWorkerLink.open(
      canvas,
      scriptUrl,
      { payload, monthNames, colours: coloursOf(this.#theme), width: this.#controller.width, band },
      {
        painted: (height) => {
          this.#painted = true;
          if (this.#isMoving() && height > this.#frameHeight) this.fitFrame(height);
        },
        failed: (reason) => {
          console.warn('tl-timeline: the canvas worker stopped, painting here instead:', reason);
          this.#worker = undefined;
          canvas.remove();
          this.#canvas = this.#newCanvas();
        },
      },
    );
    if (this.#worker === undefined) this.paint();
  }

  /** Paint the current state (or `layout`, here, for a warm-up) over the chart. */
  paint(layout?: TimelineLayout): void {
    const controller = this.#controller;
    // Only a band of the chart as tall as the window is painted, the part on screen: a tall chart need not be
    // rasterised off screen every frame. The band moves down the chart as the page scrolls, but keeps its size, as
    // a canvas resized costs a frame. (Read before anything is written this frame, the box costs no layout.)
    const band = bandOnScreen(
      this.#viewport.getBoundingClientRect().top,
      this.#frameHeight,
      window.innerHeight,
      window.devicePixelRatio,
    );
    this.#place(controller.width, band);
    if (this.#worker !== undefined && layout === undefined) {
      this.#worker.paint(controller.width, controller.state, band);
      return;
    }
    paintCanvasBand(this.#canvas, layout ?? controller.layout, this.#theme, controller.state.selectedId, band);
    this.#painted = true;
  }

  /** Clear the canvas if anything is painted on it: the SVG under it shows. */
  clear(): void {
    if (!this.#painted) return;
    if (this.#worker !== undefined) this.#worker.clear();
    else clearCanvas(this.#canvas);
    this.#painted = false;
  }

  // A reader's first zoom would run code the page has not run yet (the layout's paths for closer views, the
  // painter at those views) and its first frames would be slow. In idle time, a few views closer than the one
  // shown are laid out and painted on the canvas (cleared again at once), one per idle period.
  warmUp(): void {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    const factors = [1.5, 2.5, 4];
    const step = () => {
      const factor = factors.shift();
      if (factor === undefined || this.#isMoving()) return;
      const layout = this.#controller.layoutOf(this.#controller.zoomedWindow(factor));
      // With a worker, this thread lays out only at rest, for the SVG; the worker warms itself up.
      if (this.#worker === undefined) {
        this.paint(layout);
        this.clear();
      }
      idle(step);
    };
    idle(step);
  }

  #place(width: number, band: CanvasBand): void {
    const style = this.#canvas.style;
    const [cssWidth, cssHeight, shift] = [`${width}px`, `${band.height}px`, `translateY(${band.top}px)`];
    if (style.width !== cssWidth) style.width = cssWidth;
    if (style.height !== cssHeight) style.height = cssHeight;
    if (style.transform !== shift) style.transform = shift;
  }

  #newCanvas(): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.className = 'tl-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    this.#viewport.append(canvas);
    return canvas;
  }

  // The colours in force (light or dark), from the page's custom properties.
  #readTheme(): CanvasTheme {
    const style = getComputedStyle(this.#host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const lanes = new Map(this.#controller.timeline.lanes.map((lane) => [lane.id, lane.colour]));
    return {
      background: read('--bg'),
      ink: read('--tl-ink'),
      muted: read('--tl-muted'),
      grid: read('--tl-grid'),
      rule: read('--rule'),
      breakFill: read('--tl-break'),
      surface: read('--surface'),
      selected: read('--tl-selected'),
      font: read('--tl-font'),
      textDirection: style.direction === 'rtl' ? 'rtl' : 'ltr',
      laneColour: (id) => lanes.get(id) ?? '#888',
    };
  }
}

// The colours alone: the worker takes the lane colours from the payload.
function coloursOf(theme: CanvasTheme): CanvasColours {
  const { laneColour: _, ...colours } = theme;
  return colours;
}
