import { select } from 'd3-selection';
import { zoom as createZoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimelineController } from '../lib/timeline-controller.ts';
import { transformOfWindow, windowOfTransform, zoomLimitsOf } from '../lib/view/zoom-transform.ts';
import type { ChartMotion } from './chart-motion.ts';

type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

/**
 * The chart's zoom gestures: d3-zoom reads wheel, drag and pinch on the viewport and the window it implies goes to
 * the controller (the maths is src/lib/view/zoom-transform.ts). Double clicks zoom in (with Shift, out) around the
 * pointer through ChartMotion, animated like the buttons so that reduced motion is obeyed: d3-zoom's own would
 * run a d3 transition, which is not bundled (see d3-transition-stand-in.ts).
 */
export class ZoomGestures {
  readonly #viewport: HTMLElement;
  readonly #controller: TimelineController;
  readonly #motion: ChartMotion;
  readonly #zoom: ZoomBehavior<HTMLElement, unknown>;
  // Set while d3-zoom is told the window from elsewhere: its events then are not the reader's.
  #syncing = false;

  constructor(viewport: HTMLElement, controller: TimelineController, motion: ChartMotion) {
    this.#viewport = viewport;
    this.#controller = controller;
    this.#motion = motion;
    const fromReader = (event: ZoomEvent) => !this.#syncing && event.sourceEvent instanceof Event;
    this.#zoom = createZoom<HTMLElement, unknown>()
      .filter((event: Event) => this.#accepts(event))
      .on('zoom', (event: ZoomEvent) => {
        if (this.#syncing) return;
        if (event.sourceEvent instanceof Event) motion.stop();
        controller.setWindow(windowOfTransform(controller.axis, controller.width, event.transform));
      })
      .on('start', (event: ZoomEvent) => fromReader(event) && motion.set('gesture', true))
      .on('end', (event: ZoomEvent) => fromReader(event) && motion.set('gesture', false));
    select(viewport).call(this.#zoom).on('dblclick.zoom', null);
    this.#listenForDoubleClicks();
  }

  /** Bring d3-zoom in line with the controller's window after any change (keys, URL, selection, resize). */
  sync(frameHeight: number): void {
    const controller = this.#controller;
    const width = controller.width;
    const { scaleExtent, translateExtent } = zoomLimitsOf(controller.axis, width);
    // The extent from the frame's height, not from the element (reading its size would force the page's layout
    // every frame) nor from the drawing's (that would lay out the timeline here too, when a worker does it).
    this.#zoom
      .extent([
        [0, 0],
        [width, Math.max(1, frameHeight)],
      ])
      .scaleExtent([scaleExtent[0], scaleExtent[1]])
      .translateExtent([
        [translateExtent[0], -Infinity],
        [translateExtent[1], Infinity],
      ]);
    const { k, x } = transformOfWindow(controller.axis, width, controller.window);
    this.#syncing = true;
    try {
      this.#zoom.transform(select(this.#viewport), zoomIdentity.translate(x, 0).scale(k));
    } finally {
      this.#syncing = false;
    }
  }

  #accepts(event: Event): boolean {
    if (event instanceof WheelEvent) {
      // Never take the page's scrolling: the wheel zooms only a focused timeline, or with Ctrl/⌘ held.
      return this.#viewport.contains(document.activeElement) || event.ctrlKey || event.metaKey;
    }
    if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
    return true;
  }

  // A double click that began on a mark only opens the event, even when the first click's redraw moved the mark
  // from under the pointer.
  #listenForDoubleClicks(): void {
    const viewport = this.#viewport;
    let startedOnMark = false;
    const onMark = (event: Event) => event.target instanceof Element && event.target.closest('a') !== null;
    // (Captured: d3-zoom stops the press from going further.)
    viewport.addEventListener(
      'mousedown',
      (event) => {
        if (event.detail === 1) startedOnMark = onMark(event);
      },
      true,
    );
    viewport.addEventListener('dblclick', (event) => {
      if (startedOnMark || onMark(event)) return;
      event.preventDefault();
      const x = event.clientX - viewport.getBoundingClientRect().left;
      this.#motion.goTo(this.#controller.zoomedWindow(event.shiftKey ? 0.5 : 2, x), true);
    });
  }
}
