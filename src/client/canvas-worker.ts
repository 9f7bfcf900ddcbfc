/**
 * The canvas worker: while the reader zooms or pans, it lays out and paints each frame on the timeline's canvas
 * (handed to it with transferControlToOffscreen), so that the page's own thread only reads the input, moves the
 * overview and keeps scrolling smooth. It runs the same layout code as the page, on a copy of the same
 * controller, so the frames it paints are the drawing the page shows once the movement stops.
 *
 * It is not a separate download: the worker runs the timeline's own script (see tl-timeline.ts), already cached.
 */
import type { CanvasTheme } from '../lib/layout/paint-timeline-canvas.ts';
import { TimelineController, type TimelineState } from '../lib/timeline-controller.ts';
import { decodeClientTimeline } from '../lib/timeline-payload.ts';
import { browserMeasure } from './browser-measure.ts';
import { clearCanvas, paintCanvasBand, type CanvasBand } from './paint-canvas-band.ts';
import type { MonthNames } from '../lib/i18n/month-names.ts';

/** The page's colours for the canvas, from its custom properties (the lane colours come with the payload). */
export type CanvasColours = Omit<CanvasTheme, 'laneColour'>;

/** What the page asks of the worker. */
export type CanvasWorkerRequest =
  | {
      readonly kind: 'start';
      readonly canvas: OffscreenCanvas;
      /** The timeline's payload, as the page has it (JSON text). */
      readonly payload: string;
      /** The axis ticks' month names, in the page's language. */
      readonly monthNames: MonthNames;
      readonly colours: CanvasColours;
      /** The drawing's width and band now: the warm-up paints at the size the first frame will have. */
      readonly width: number;
      readonly band: CanvasBand;
    }
  | {
      readonly kind: 'paint';
      readonly width: number;
      readonly state: TimelineState;
      readonly band: CanvasBand;
    }
  | { readonly kind: 'clear' }
  | { readonly kind: 'colours'; readonly colours: CanvasColours };

/** What the worker tells the page. */
export type CanvasWorkerReport =
  /** A frame painted: how long its layout and paint took, ms, and how tall the drawing is, px. */
  | { readonly kind: 'painted'; readonly ms: number; readonly height: number }
  | { readonly kind: 'failed'; readonly message: string };

/** The part of a dedicated worker's global scope used here (the page's TypeScript types are the DOM's). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<CanvasWorkerRequest>) => void) | null;
  postMessage(message: CanvasWorkerReport): void;
}

/** Serve the page's requests in this worker. */
export function serveCanvasWorker(scope: WorkerScope): void {
  let canvas: OffscreenCanvas | undefined;
  let controller: TimelineController | undefined;
  let theme: CanvasTheme | undefined;
  let laneColours = new Map<string, string>();
  // Requests arrive once per frame of the page; if painting falls behind, only the newest is painted.
  let pending: Extract<CanvasWorkerRequest, { kind: 'paint' }> | undefined;
  let scheduled = false;

  const themeOf = (colours: CanvasColours): CanvasTheme => ({
    ...colours,
    laneColour: (id) => laneColours.get(id) ?? '#888',
  });

  const paint = () => {
    scheduled = false;
    const request = pending;
    pending = undefined;
    if (request === undefined || canvas === undefined || controller === undefined || theme === undefined) return;
    const started = performance.now();
    controller.mirror(request.width, request.state);
    const layout = controller.layout;
    paintCanvasBand(canvas, layout, theme, request.state.selectedId, request.band);
    scope.postMessage({ kind: 'painted', ms: performance.now() - started, height: layout.height });
  };

  scope.onmessage = ({ data: request }) => {
    try {
      if (request.kind === 'start') {
        const timeline = decodeClientTimeline(request.payload);
        if (timeline === undefined) throw new Error('the payload could not be read');
        canvas = request.canvas;
        laneColours = new Map(timeline.lanes.map((lane) => [lane.id, lane.colour]));
        theme = themeOf(request.colours);
        const context = new OffscreenCanvas(1, 1).getContext('2d');
        controller = new TimelineController(timeline, {
          width: request.width,
          measureText: browserMeasure(context),
          // The page's layout, label sides included: the canvas stands in for its SVG while the reader zooms.
          ...(request.colours.textDirection === undefined ? {} : { textDirection: request.colours.textDirection }),
          monthNames: request.monthNames,
        });
        warmUp(controller, canvas, theme, request.band);
      } else if (request.kind === 'paint') {
        pending = request;
        // A task queued behind the messages already waiting: by the time it runs, `pending` is the newest.
        if (!scheduled) {
          scheduled = true;
          setTimeout(paint, 0);
        }
      } else if (request.kind === 'clear') {
        pending = undefined;
        if (canvas !== undefined) clearCanvas(canvas);
      } else {
        theme = themeOf(request.colours);
      }
    } catch (error) {
      scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

// The first frames of a movement would run layout and paint code this worker has not compiled yet: lay out and
// paint a few views once now (then clear), while the reader is still reading.
function warmUp(controller: TimelineController, canvas: OffscreenCanvas, theme: CanvasTheme, band: CanvasBand): void {
  for (const factor of [1, 1.5, 2.5, 4]) {
    const layout = controller.layoutOf(factor === 1 ? undefined : controller.zoomedWindow(factor));
    paintCanvasBand(canvas, layout, theme, undefined, band);
  }
  clearCanvas(canvas);
}
