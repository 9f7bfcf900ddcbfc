import type { TimelineState } from '../lib/timeline-controller.ts';
import type { CanvasColours, CanvasWorkerReport, CanvasWorkerRequest } from './canvas-worker.ts';
import type { CanvasBand } from './paint-canvas-band.ts';
import type { MonthNames } from '../lib/i18n/month-names.ts';

const FRAME_LOG_SIZE = 240;

/**
 * The page's side of the canvas worker: hands the canvas over, sends one request per frame of a movement and keeps
 * what the worker reports. `open` returns undefined where the browser cannot (no OffscreenCanvas, no module
 * workers, a policy that forbids workers): the page then paints its canvas itself, as before.
 */
export class CanvasWorkerLink {
  readonly #worker: Worker;
  readonly #frameTimes: number[] = [];

  private constructor(worker: Worker) {
    this.#worker = worker;
  }

  /**
   * Start a worker from `scriptUrl` (the timeline's own script) and give it `canvas`. `onPainted` hears the
   * height of each drawing painted; `onFailed` is called once if the worker stops working: by then the canvas
   * belongs to it, so the page must put a new one in its place.
   */
  static open(
    canvas: HTMLCanvasElement,
    scriptUrl: string,
    start: {
      readonly payload: string;
      readonly monthNames: MonthNames;
      readonly colours: CanvasColours;
      readonly width: number;
      readonly band: CanvasBand;
    },
    on: { readonly painted: (height: number) => void; readonly failed: (reason: string) => void },
  ): CanvasWorkerLink | undefined {
    if (typeof canvas.transferControlToOffscreen !== 'function' || typeof Worker !== 'function') return undefined;
    let worker: Worker;
    try {
      worker = new Worker(scriptUrl, { type: 'module', name: 'tl-canvas' });
    } catch {
      return undefined;
    }
    const link = new CanvasWorkerLink(worker);
    let failed = false;
    const fail = (reason: string) => {
      if (failed) return;
      failed = true;
      worker.terminate();
      on.failed(reason);
    };
    worker.addEventListener('error', (event) => fail(event.message || 'the worker could not start'));
    worker.addEventListener('messageerror', () => fail('a message could not be read'));
    worker.addEventListener('message', ({ data }: MessageEvent<CanvasWorkerReport>) => {
      if (data.kind === 'failed') {
        fail(data.message);
        return;
      }
      link.#frameTimes.push(data.ms);
      if (link.#frameTimes.length > FRAME_LOG_SIZE) link.#frameTimes.shift();
      on.painted(data.height);
    });
    const offscreen = canvas.transferControlToOffscreen();
    link.#post({ kind: 'start', canvas: offscreen, ...start }, [offscreen]);
    return link;
  }

  /** How long the worker's last frames took to lay out and paint, ms. */
  get frameTimes(): readonly number[] {
    return this.#frameTimes;
  }

  paint(width: number, state: TimelineState, band: CanvasBand): void {
    this.#post({ kind: 'paint', width, state, band });
  }

  clear(): void {
    this.#post({ kind: 'clear' });
  }

  setColours(colours: CanvasColours): void {
    this.#post({ kind: 'colours', colours });
  }

  #post(request: CanvasWorkerRequest, transfer: Transferable[] = []): void {
    this.#worker.postMessage(request, transfer);
  }
}
