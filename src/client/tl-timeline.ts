/**
 * <tl-timeline>: upgrades the home page's static timeline into an interactive one. The page is whole without it
 * (a linked SVG, the reader list below); this element redraws the same SVG from the same layout code at the exact
 * width, and forwards input to a TimelineController (src/lib), which holds all state: zoom window, selection,
 * filters, the view in the URL. d3-zoom turns wheel, drag, pinch and double click into windows; pointer events on
 * the overview strip move and resize the window there. While the reader zooms or pans, the same layout is painted
 * on a canvas instead, and the SVG is brought up to date when the movement stops. Anything unexpected (no payload,
 * a broken one) leaves the static timeline in place.
 */
import { select } from 'd3-selection';
import { zoom as createZoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  DEFAULT_VIEW_PARAMS,
  parseViewParams,
  serializeViewParams,
  type ViewParams,
  type ViewParamsAllowList,
} from '../lib/embed/view-params.ts';
import {
  layoutOverviewAxis,
  overviewExtentOf,
  OVERVIEW_UNITS,
  windowOfOverviewExtent,
} from '../lib/layout/overview-axis.ts';
import type { TimelineLayout } from '../lib/layout/layout-timeline.ts';
import type { CanvasTheme } from '../lib/layout/paint-timeline-canvas.ts';
import { renderTimelineSvg, type MarkEvent } from '../lib/layout/render-timeline-svg.ts';
import { fromAxisX, toAxisX, type DayWindow, type TimeAxis } from '../lib/layout/time-axis.ts';
import { MIN_WINDOW_DAYS, ZOOM_OUT_MARGIN } from '../lib/layout/time-scale.ts';
import { createSitePaths, type SitePaths } from '../lib/site-paths.ts';
import { TimelineController, type TimelineChange } from '../lib/timeline-controller.ts';
import { decodeClientTimeline } from '../lib/timeline-payload.ts';
import { browserMeasure } from './browser-measure.ts';
import { serveCanvasWorker, type CanvasColours, type WorkerScope } from './canvas-worker.ts';
import { CanvasWorkerLink } from './canvas-worker-link.ts';
import { detailPartsOf, EventPageParts } from './event-detail-parts.ts';
import { bandOnScreen, clearCanvas, paintCanvasBand, type CanvasBand } from './paint-canvas-band.ts';
import { patchSvg } from './patch-svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ZOOM_STEP = 2;
/** A press of ← or → with nothing selected moves the window by this share of its width. */
const PAN_STEP = 0.2;
const ANIMATION_MS = 250;
/** replaceState at most this often, once the window is at rest (on a long page each call can take a frame). */
const URL_INTERVAL_MS = 1000;
const FRAME_LOG_SIZE = 240;
/** How near an edge of the overview's window, px, a press resizes it rather than moves it. */
const EDGE_GRIP_PX = 8;
// This script also runs as the canvas worker (below), where there is no HTMLElement to extend.
const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

type Source = 'user' | 'history' | 'init';
const NO_CHANGE: TimelineChange = { window: false, selection: false, filters: false };

class TlTimeline extends ElementBase {
  #controller: TimelineController | undefined;
  #paths: SitePaths = createSitePaths('/');
  #allow: ViewParamsAllowList | undefined;
  #baseView: ViewParams = DEFAULT_VIEW_PARAMS;
  #title = '';
  #viewport!: HTMLElement;
  #svg!: SVGSVGElement;
  #zoom!: ZoomBehavior<HTMLElement, unknown>;
  #overviewAxis!: TimeAxis;
  #syncing = false;
  #source: Source = 'init';
  #pending: TimelineChange = NO_CHANGE;
  #frame = 0;
  #animation = 0;
  #urlTimer: number | undefined;
  #lastUrlWrite = Number.NEGATIVE_INFINITY;
  #focusAfterRender: string | undefined;
  #opener: string | undefined;
  #cards = new Map<string, HTMLElement>();
  // Event pages read for the detail panel where the reader list has no cards.
  #eventPages = new EventPageParts();
  #reducedMotion: MediaQueryList | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #frameTimes: number[] = [];
  #frameHeight = 0;
  #canvas: HTMLCanvasElement | undefined;
  #canvasPainted = false;
  // The worker that lays out and paints the canvas while the reader moves; undefined: this thread paints it.
  #canvasWorker: CanvasWorkerLink | undefined;
  #theme: CanvasTheme | undefined;
  // d3-zoom gestures under way: a drag may start before the wheel's gesture has ended, so they are counted.
  #gestures = 0;
  #animating = false;
  #dragging = false;
  #stale: TimelineChange = NO_CHANGE;

  /** How long the last redraws took, ms, from the start of the frame to after its paint: for `npm run bench`. */
  get frameTimes(): readonly number[] {
    return this.#frameTimes;
  }

  /** How long the canvas worker's last frames took to lay out and paint, ms (empty without a worker). */
  get canvasFrameTimes(): readonly number[] {
    return this.#canvasWorker?.frameTimes ?? [];
  }

  connectedCallback(): void {
    if (this.#controller !== undefined) return;
    if (document.readyState === 'loading') {
      // Loaded async, the script can arrive before the browser has painted anything: let the static drawing show
      // first (a task after the next frame), then upgrade while the rest of the page is parsed.
      requestAnimationFrame(() =>
        setTimeout(() => this.isConnected && this.#controller === undefined && this.#start()),
      );
      return;
    }
    this.#start();
  }

  #start(): void {
    try {
      this.#upgrade();
    } catch (error) {
      // The static timeline is still there and complete: say what went wrong, but never break the page.
      console.warn('tl-timeline: staying static:', error);
      this.#undo();
    }
  }

  disconnectedCallback(): void {
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#animation);
  }

  #upgrade(): void {
    const payload = this.querySelector('script[data-payload]')?.textContent ?? '';
    const timeline = decodeClientTimeline(payload);
    const viewport = this.querySelector<HTMLElement>('[data-viewport]');
    if (timeline === undefined || timeline.events.length === 0 || viewport === null) return;
    this.#viewport = viewport;
    this.#paths = createSitePaths(this.dataset['base'] ?? '/');
    this.#title = this.dataset['title'] ?? 'Timeline';
    this.#reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

    const controller = new TimelineController(timeline, {
      width: viewport.clientWidth,
      measureText: browserMeasure(document.createElement('canvas').getContext('2d')),
    });
    this.#allow = {
      eventIds: new Set(timeline.events.map((event) => event.id)),
      laneIds: timeline.lanes.map((lane) => lane.id),
      domain: controller.axis.domain,
    };
    // The URL is anyone's to write: the parser keeps what it recognises and drops the rest.
    this.#baseView = parseViewParams(location.search, this.#allow);
    controller.applyViewParams(this.#baseView);
    this.#controller = controller;
    this.#overviewAxis = layoutOverviewAxis(timeline.events);

    this.#collectCards();
    if (document.readyState === 'loading') {
      // The script is loaded async and may run while the reader list below is still being parsed: once it is all
      // there, take its cards again and bring them (filters, the open event's panel) in line with the view.
      document.addEventListener('DOMContentLoaded', () => this.#catchUpWithReaderList(), { once: true });
    }

    this.#svg = document.createElementNS(SVG_NS, 'svg');
    this.#svg.setAttribute('tabindex', '0');
    viewport.append(this.#svg);
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = true;
    for (const element of this.querySelectorAll<HTMLElement>('[data-controls], .tl__help-js')) element.hidden = false;

    // Read the colours now and when the colour scheme changes, not when a gesture starts: on a long page,
    // computing styles can take longer than a frame.
    this.#theme = this.#readTheme();
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.#theme = this.#readTheme();
      this.#canvasWorker?.setColours(coloursOf(this.#theme));
    });
    this.#setUpZoom();
    this.#setUpOverview();
    this.#setUpControls();
    this.#setUpMarks();
    this.#setUpKeyboard();
    window.addEventListener('popstate', () => this.#fromHistory());
    this.#resizeObserver = new ResizeObserver(() => this.#controller?.setWidth(this.#viewport.clientWidth));
    this.#resizeObserver.observe(viewport);

    controller.subscribe((change) => this.#schedule(change));
    this.#render({ window: true, selection: true, filters: true });
    // The canvas for movement, made and painted once now (then cleared), so that the first frame of a gesture
    // does not pay for its memory and for compiling the painter.
    this.#canvas = this.#newCanvas();
    this.#canvasWorker = this.#openCanvasWorker(payload);
    if (this.#canvasWorker === undefined) this.#paintCanvas(controller.state.selectedId);
    this.#render(NO_CHANGE);
    this.#source = 'user';
    this.setAttribute('data-ready', '');
    // A link to an event opens with its panel: bring its mark on screen too, above the panel. Not in an embed (the
    // host page must not move), nor once the reader has scrolled.
    const opened = controller.state.selectedId;
    if (opened !== undefined && window.top === window && window.scrollY === 0) {
      this.#markElement(opened)?.scrollIntoView({ block: 'center' });
    }
    this.#warmUp();
  }

  // A reader's first zoom would run code the page has not run yet (the layout's paths for closer views, the
  // painter at those views) and its first frames would be slow. In idle time after the upgrade, a few views
  // closer than the one shown are laid out and painted on the canvas (cleared again at once), one per idle period.
  #warmUp(): void {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    const factors = [1.5, 2.5, 4];
    const step = () => {
      const controller = this.#controller;
      const factor = factors.shift();
      if (controller === undefined || factor === undefined || this.#isMoving()) return;
      const layout = controller.layoutOf(controller.zoomedWindow(factor));
      // With a worker, this thread lays out only at rest, for the SVG; the worker warms itself up.
      if (this.#canvasWorker === undefined) {
        this.#paintCanvas(controller.state.selectedId, layout);
        this.#clearCanvas();
      }
      idle(step);
    };
    idle(step);
  }

  #collectCards(): void {
    const readerList = document.querySelector(this.dataset['readerList'] ?? '.reader-timeline');
    // Cards or, on a long list, lines (see src/lib/reader-list-form.ts).
    for (const card of readerList?.querySelectorAll<HTMLElement>('li[data-event-id]') ?? []) {
      this.#cards.set(card.dataset['eventId'] ?? '', card);
    }
  }

  #catchUpWithReaderList(): void {
    if (this.#controller === undefined) return;
    this.#collectCards();
    const source = this.#source;
    // Nothing the reader did: no announcement.
    this.#source = 'init';
    try {
      this.#applyFilters();
      if (this.#controller.state.selectedId !== undefined) this.#showSelection();
    } finally {
      this.#source = source;
    }
  }

  // Back to the static drawing when the upgrade failed half-way.
  #undo(): void {
    this.#controller = undefined;
    if (this.#svg?.isConnected) this.#svg.remove();
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = false;
    for (const element of this.querySelectorAll<HTMLElement>('[data-controls], .tl__help-js, [data-detail]')) {
      element.hidden = true;
    }
  }

  // ---- Rendering ----

  #schedule(change: TimelineChange): void {
    this.#pending = merge(this.#pending, change);
    const source = this.#source;
    this.#recordHistory(change, source);
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#flush());
  }

  #flush(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    const change = this.#pending;
    this.#pending = NO_CHANGE;
    this.#render(change);
  }

  #render(change: TimelineChange): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    const started = performance.now();
    const { selectedId } = controller.state;
    const moving = this.#isMoving();
    // With a worker, a frame of a movement is laid out there: the frame grows when it reports a taller drawing.
    if (!moving || this.#canvasWorker === undefined) this.#fitFrame(controller.layout.height, change.filters);
    if (moving) {
      // While moving, paint the same layout on the canvas over the (stale) SVG; the SVG catches up at rest.
      this.#paintCanvas(selectedId);
      this.#stale = merge(this.#stale, change);
      this.#syncZoom();
      this.#syncOverview();
      this.#logFrame(started);
      return;
    }
    // At rest the canvas stays in place, cleared: showing and hiding it would cost a layer each time.
    if (this.#canvasPainted) this.#clearCanvas();
    change = merge(change, this.#stale);
    this.#stale = NO_CHANGE;
    const tree = renderTimelineSvg(controller.layout, {
      idPrefix: 'tl-live',
      title: this.#title,
      eventOf: (id) => this.#markEvent(id),
      clusterHref: (ids) => `#event-${ids[0] ?? ''}`,
      selectedId,
      interactive: true,
    });

    // A mark can leave the drawing (into a cluster) or be asked to take focus: note which one should have it.
    const active = document.activeElement;
    const focusId =
      this.#focusAfterRender ??
      (active instanceof SVGElement && active !== this.#svg && this.#svg.contains(active)
        ? (active.closest('a')?.getAttribute('data-event-id') ?? undefined)
        : undefined);
    const hadFocus = active instanceof Element && this.#svg.contains(active);
    this.#focusAfterRender = undefined;

    patchSvg(this.#svg, {
      ...tree,
      attributes: {
        ...tree.attributes,
        tabindex: 0,
        'aria-describedby': `tl-help ${String(tree.attributes['aria-describedby'] ?? '')}`,
      },
    });
    if (focusId !== undefined || hadFocus) {
      const mark = focusId === undefined ? null : this.#markElement(focusId);
      (mark ?? this.#svg).focus({ preventScroll: true });
    }
    this.#syncZoom();
    this.#syncOverview();
    if (change.filters) this.#applyFilters();
    if (change.selection) this.#showSelection();
    this.#logFrame(started);
  }

  // The page below keeps still while the reader zooms: the frame keeps the tallest drawing since the filters
  // last changed (rows come and go with the zoom), so nothing under the timeline moves on every frame.
  #fitFrame(height: number, filtersChanged = false): void {
    this.#frameHeight = filtersChanged ? height : Math.max(this.#frameHeight, height);
    const frame = `${Math.ceil(this.#frameHeight)}px`;
    if (this.#viewport.style.height !== frame) this.#viewport.style.height = frame;
  }

  // ---- Moving: a canvas takes over from the SVG while a gesture, an animation or a drag lasts ----

  #isMoving(): boolean {
    return this.#gestures > 0 || this.#animating || this.#dragging;
  }

  #setMoving(kind: 'gesture' | 'animating' | 'dragging', moving: boolean): void {
    const before = this.#isMoving();
    if (kind === 'gesture') this.#gestures = Math.max(0, this.#gestures + (moving ? 1 : -1));
    else if (kind === 'animating') this.#animating = moving;
    else this.#dragging = moving;
    // Once everything has stopped, the SVG is brought up to date in the next frame.
    if (before && !this.#isMoving()) this.#schedule(NO_CHANGE);
  }

  #paintCanvas(selectedId: string | undefined, layout?: TimelineLayout): void {
    const canvas = this.#canvas;
    const controller = this.#controller;
    if (canvas === undefined || controller === undefined) return;
    // Only a band of the chart as tall as the window is painted, the part on screen: a tall chart need not be
    // rasterised off screen every frame. The band moves down the chart as the page scrolls, but keeps its size, as
    // a canvas resized costs a frame. (Read before anything is written this frame, the box costs no layout.)
    const band = bandOnScreen(
      this.#viewport.getBoundingClientRect().top,
      this.#frameHeight,
      window.innerHeight,
      window.devicePixelRatio,
    );
    this.#placeCanvas(canvas, controller.width, band);
    if (this.#canvasWorker !== undefined && layout === undefined) {
      this.#canvasWorker.paint(controller.width, controller.state, band);
      return;
    }
    this.#theme ??= this.#readTheme();
    paintCanvasBand(canvas, layout ?? controller.layout, this.#theme, selectedId, band);
    this.#canvasPainted = true;
  }

  #placeCanvas(canvas: HTMLCanvasElement, width: number, band: CanvasBand): void {
    const style = canvas.style;
    const [cssWidth, cssHeight, shift] = [`${width}px`, `${band.height}px`, `translateY(${band.top}px)`];
    if (style.width !== cssWidth) style.width = cssWidth;
    if (style.height !== cssHeight) style.height = cssHeight;
    if (style.transform !== shift) style.transform = shift;
  }

  #clearCanvas(): void {
    if (this.#canvasWorker !== undefined) this.#canvasWorker.clear();
    else if (this.#canvas !== undefined) clearCanvas(this.#canvas);
    this.#canvasPainted = false;
  }

  #newCanvas(): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.className = 'tl-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    this.#viewport.append(canvas);
    return canvas;
  }

  // The canvas is handed to a worker that lays out and paints the frames of a movement. If the worker cannot
  // start or stops working, this thread paints them on a new canvas, as it does where there are no workers.
  #openCanvasWorker(payload: string): CanvasWorkerLink | undefined {
    const canvas = this.#canvas;
    const controller = this.#controller;
    if (canvas === undefined || controller === undefined) return undefined;
    this.#theme ??= this.#readTheme();
    const band = bandOnScreen(0, this.#frameHeight, window.innerHeight, window.devicePixelRatio);
    return CanvasWorkerLink.open(
      canvas,
      import.meta.url,
      { payload, colours: coloursOf(this.#theme), width: controller.width, band },
      {
        painted: (height) => {
          this.#canvasPainted = true;
          if (this.#isMoving() && height > this.#frameHeight) this.#fitFrame(height);
        },
        failed: (reason) => {
          console.warn('tl-timeline: the canvas worker stopped, painting here instead:', reason);
          this.#canvasWorker = undefined;
          canvas.remove();
          this.#canvas = this.#newCanvas();
        },
      },
    );
  }

  // The colours in force (light or dark), from the page's custom properties: read at start and when the scheme changes.
  #readTheme(): CanvasTheme {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const lanes = new Map(this.#controller?.timeline.lanes.map((lane) => [lane.id, lane.colour]));
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
      laneColour: (id) => lanes.get(id) ?? '#888',
    };
  }

  #markEvent(id: string): MarkEvent | undefined {
    const event = this.#controller?.event(id);
    if (event === undefined) return undefined;
    const lane = this.#controller?.timeline.lanes.find((candidate) => candidate.id === event.lane);
    return { dateText: event.dateText, href: this.#paths.event(id), colour: lane?.colour ?? 'currentColor' };
  }

  #markElement(id: string): SVGAElement | null {
    return this.#svg.querySelector<SVGAElement>(`a[data-event-id="${CSS.escape(id)}"]`);
  }

  // Frame cost: script, style, layout and paint, measured to the first task after the frame.
  #logFrame(started: number): void {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      this.#frameTimes.push(performance.now() - started);
      if (this.#frameTimes.length > FRAME_LOG_SIZE) this.#frameTimes.shift();
      channel.port1.close();
    };
    channel.port2.postMessage(0);
  }

  // ---- Zoom: d3-zoom reads the gestures; the window it implies goes to the controller ----

  #setUpZoom(): void {
    this.#zoom = createZoom<HTMLElement, unknown>()
      .filter((event: Event) => this.#zoomFilter(event))
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.#onZoom(event))
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.#syncing && isInput(event.sourceEvent)) this.#setMoving('gesture', true);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.#syncing && isInput(event.sourceEvent)) this.#setMoving('gesture', false);
      });
    this.#configureZoom();
    // A double click zooms in (with Shift, out) around the pointer, animated like the buttons so that reduced motion
    // is obeyed: d3-zoom's own would run a d3 transition (and d3-transition is not bundled). One that began on a
    // mark only opens the event, even when the first click's redraw moved the mark from under the pointer.
    select(this.#viewport).call(this.#zoom).on('dblclick.zoom', null);
    let startedOnMark = false;
    const onMark = (event: Event) => event.target instanceof Element && event.target.closest('a') !== null;
    // (Captured: d3-zoom stops the press from going further.)
    this.#viewport.addEventListener(
      'mousedown',
      (event) => {
        if (event.detail === 1) startedOnMark = onMark(event);
      },
      true,
    );
    this.#viewport.addEventListener('dblclick', (event) => {
      const controller = this.#controller;
      if (controller === undefined || startedOnMark || onMark(event)) return;
      event.preventDefault();
      const x = event.clientX - this.#viewport.getBoundingClientRect().left;
      this.#goTo(controller.zoomedWindow(event.shiftKey ? 0.5 : 2, x), true);
    });
  }

  #configureZoom(): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    const width = controller.width;
    const margin = ZOOM_OUT_MARGIN * width;
    // The extent from the frame's height, not from the element (reading its size would force the page's layout
    // every frame) nor from the drawing's (that would lay out the timeline here too, when a worker does it).
    this.#zoom
      .extent([
        [0, 0],
        [width, Math.max(1, this.#frameHeight)],
      ])
      .scaleExtent([1 / (1 + 2 * ZOOM_OUT_MARGIN), width / (MIN_WINDOW_DAYS * controller.axis.pxPerDay)])
      .translateExtent([
        [-margin, -Infinity],
        [width + margin, Infinity],
      ]);
  }

  #zoomFilter(event: Event): boolean {
    if (event instanceof WheelEvent) {
      // Never take the page's scrolling: the wheel zooms only a focused timeline, or with Ctrl/⌘ held.
      return this.#viewport.contains(document.activeElement) || event.ctrlKey || event.metaKey;
    }
    if (event instanceof MouseEvent) return event.button === 0 && !event.ctrlKey;
    return true;
  }

  #onZoom(event: D3ZoomEvent<HTMLElement, unknown>): void {
    const controller = this.#controller;
    if (this.#syncing || controller === undefined) return;
    if (isInput(event.sourceEvent)) this.#stopAnimation();
    const { k, x } = event.transform;
    const axis = controller.axis;
    controller.setWindow({ from: fromAxisX(axis, -x / k), to: fromAxisX(axis, (controller.width - x) / k) });
  }

  // d3-zoom keeps its own transform; after any change from elsewhere (keys, URL, selection) it must agree.
  #syncZoom(): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    this.#configureZoom();
    const transform = this.#transformFor(controller.window);
    this.#syncing = true;
    try {
      this.#zoom.transform(select(this.#viewport), transform);
    } finally {
      this.#syncing = false;
    }
  }

  #transformFor(window: DayWindow): ZoomTransform {
    const controller = this.#controller;
    if (controller === undefined) return zoomIdentity;
    const x0 = toAxisX(controller.axis, window.from);
    const x1 = toAxisX(controller.axis, window.to);
    const k = controller.width / (x1 - x0);
    return zoomIdentity.translate(-x0 * k, 0).scale(k);
  }

  /** Move to a window, animated unless the reader prefers reduced motion. */
  #goTo(target: DayWindow | undefined, animate: boolean): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    this.#stopAnimation();
    const end = target ?? controller.axis.domain;
    if (!animate || this.#reducedMotion?.matches === true) {
      controller.setWindow(target);
      return;
    }
    // Interpolate the window's middle and the log of its width on the axis, so a zoom feels even.
    const axis = controller.axis;
    const start = controller.window;
    const a0 = toAxisX(axis, start.from);
    const a1 = toAxisX(axis, start.to);
    const b0 = toAxisX(axis, end.from);
    const b1 = toAxisX(axis, end.to);
    const began = performance.now();
    this.#setMoving('animating', true);
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / ANIMATION_MS);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const middle = (a0 + a1) / 2 + ((b0 + b1) / 2 - (a0 + a1) / 2) * eased;
      const width = Math.exp(Math.log(a1 - a0) + (Math.log(b1 - b0) - Math.log(a1 - a0)) * eased);
      controller.setWindow(
        t === 1 ? target : { from: fromAxisX(axis, middle - width / 2), to: fromAxisX(axis, middle + width / 2) },
      );
      if (t === 1) this.#setMoving('animating', false);
      this.#flush();
      if (t < 1) this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  #stopAnimation(): void {
    cancelAnimationFrame(this.#animation);
    if (this.#animating) this.#setMoving('animating', false);
  }

  #zoomBy(factor: number): void {
    const controller = this.#controller;
    if (controller !== undefined) this.#goTo(controller.zoomedWindow(factor), true);
  }

  #panBy(share: number): void {
    const controller = this.#controller;
    if (controller !== undefined) this.#goTo(controller.pannedWindow(share * controller.width), true);
  }

  // ---- Overview strip: drag the window to move it, its edges to resize it, elsewhere to draw a new one ----

  #setUpOverview(): void {
    const overview = this.querySelector<HTMLElement>('[data-overview]');
    const frame = overview?.querySelector<SVGSVGElement>('[data-overview-frame]');
    if (overview === null || frame === null || frame === undefined) return;
    // Where the pointer is, in overview units, and what a press there would do.
    const unitsAt = (event: PointerEvent) => {
      const box = frame.getBoundingClientRect();
      return ((event.clientX - box.left) / Math.max(1, box.width)) * OVERVIEW_UNITS;
    };
    const modeAt = (units: number, event: PointerEvent): 'move' | 'start' | 'end' | 'draw' => {
      const controller = this.#controller;
      if (controller === undefined) return 'draw';
      const [u0, u1] = overviewExtentOf(this.#overviewAxis, controller.window);
      const grip = (EDGE_GRIP_PX / Math.max(1, frame.getBoundingClientRect().width)) * OVERVIEW_UNITS;
      if (Math.abs(units - u0) <= grip && event.pointerType !== 'touch') return 'start';
      if (Math.abs(units - u1) <= grip && event.pointerType !== 'touch') return 'end';
      // A window over (nearly) the whole strip cannot move: pressing in it draws a new one.
      const whole = u1 - u0 > OVERVIEW_UNITS * 0.9;
      return units > u0 && units < u1 && !whole ? 'move' : 'draw';
    };
    let drag:
      | { mode: 'move' | 'start' | 'end' | 'draw'; at: number; extent: readonly [number, number]; moved: boolean }
      | undefined;
    overview.addEventListener('pointerdown', (event) => {
      const controller = this.#controller;
      if (controller === undefined || event.button !== 0) return;
      const at = unitsAt(event);
      drag = {
        mode: modeAt(at, event),
        at,
        extent: overviewExtentOf(this.#overviewAxis, controller.window),
        moved: false,
      };
      overview.setPointerCapture(event.pointerId);
      this.#setMoving('dragging', true);
      event.preventDefault();
    });
    overview.addEventListener('pointermove', (event) => {
      const at = unitsAt(event);
      if (drag === undefined) {
        const mode = modeAt(at, event);
        overview.style.cursor = mode === 'move' ? 'grab' : mode === 'draw' ? 'crosshair' : 'ew-resize';
        return;
      }
      drag.moved ||= Math.abs(at - drag.at) > 1;
      if (!drag.moved) return;
      const [u0, u1] = drag.extent;
      // A moved window keeps its size: it stops at the ends of the strip.
      const shift = Math.min(Math.max(at - drag.at, -u0), OVERVIEW_UNITS - u1);
      const extent: readonly [number, number] =
        drag.mode === 'move'
          ? [u0 + shift, u1 + shift]
          : drag.mode === 'start'
            ? [at, u1]
            : drag.mode === 'end'
              ? [u0, at]
              : [drag.at, at];
      this.#goTo(windowOfOverviewExtent(this.#overviewAxis, extent[0], extent[1]), false);
    });
    const end = (event: PointerEvent) => {
      if (drag === undefined) return;
      const { moved, mode, extent } = drag;
      drag = undefined;
      this.#setMoving('dragging', false);
      if (overview.hasPointerCapture(event.pointerId)) overview.releasePointerCapture(event.pointerId);
      if (moved || mode !== 'draw' || event.type !== 'pointerup') return;
      // A click outside the window: centre the window there, keeping its width.
      const at = unitsAt(event);
      const half = (extent[1] - extent[0]) / 2;
      this.#goTo(windowOfOverviewExtent(this.#overviewAxis, at - half, at + half), true);
    };
    overview.addEventListener('pointerup', end);
    overview.addEventListener('pointercancel', end);
  }

  #syncOverview(): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    const [u0, u1] = overviewExtentOf(this.#overviewAxis, controller.window);
    const percent = (units: number) => `${((units / OVERVIEW_UNITS) * 100).toFixed(3)}%`;
    // Each part spans the strip and is moved (and the fill scaled) by a transform: nothing is laid out again, which
    // matters on a long page, where even a small layout costs milliseconds.
    const place = (selector: string, transform: string) => {
      const element = this.querySelector<HTMLElement>(selector);
      if (element !== null && element.style.transform !== transform) element.style.transform = transform;
    };
    place(
      '[data-overview-window]',
      `translateX(${percent(u0)}) scaleX(${(Math.max(0.5, u1 - u0) / OVERVIEW_UNITS).toFixed(5)})`,
    );
    place('[data-overview-edge="start"]', `translateX(${percent(u0)})`);
    place('[data-overview-edge="end"]', `translateX(${percent(u1)})`);
  }

  // ---- Controls, filters and the reader list ----

  #setUpControls(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const action = button.dataset['zoom'];
        if (action === 'in') this.#zoomBy(ZOOM_STEP);
        else if (action === 'out') this.#zoomBy(1 / ZOOM_STEP);
        else this.#goTo(undefined, true);
      });
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-lane-toggle]')) {
      box.addEventListener('change', () => this.#controller?.setLaneVisible(box.value, box.checked));
    }
    const actor = this.querySelector<HTMLSelectElement>('[data-actor]');
    actor?.addEventListener('change', () => this.#controller?.setActor(actor.value === '' ? undefined : actor.value));
    this.querySelector('[data-close]')?.addEventListener('click', () => this.#close());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      button.addEventListener('click', () => {
        if (this.#controller?.step(button.dataset['step'] === '-1' ? -1 : 1) === true) this.#flush();
      });
    }
  }

  #applyFilters(): void {
    const controller = this.#controller;
    if (controller === undefined) return;
    const { hiddenLanes, actor } = controller.state;
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-lane-toggle]'))
      box.checked = !hiddenLanes.has(box.value);
    const select = this.querySelector<HTMLSelectElement>('[data-actor]');
    if (select !== null) select.value = actor ?? '';

    // The reader list follows the same filters: cards, then years left empty, then their links in the index.
    for (const [id, card] of this.#cards) {
      const event = controller.event(id);
      card.hidden = event !== undefined && !controller.isShown(event);
    }
    const list = document.querySelector(this.dataset['readerList'] ?? '.reader-timeline');
    for (const group of list?.querySelectorAll<HTMLElement>('section.year-group') ?? []) {
      group.hidden = group.querySelector('li[data-event-id]:not([hidden])') === null;
      const headingId = group.querySelector('h2[id]')?.id;
      const item =
        headingId === undefined ? null : list?.querySelector(`a[href="#${CSS.escape(headingId)}"]`)?.closest('li');
      if (item instanceof HTMLElement) item.hidden = group.hidden;
    }

    const shown = controller.shownEvents().length;
    const total = controller.timeline.events.length;
    const message = shown === total ? `Showing all ${total} events.` : `Showing ${shown} of ${total} events.`;
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = message;
    if (this.#source !== 'init') this.#announce(message);
  }

  // ---- Selection and the detail panel ----

  #setUpMarks(): void {
    this.#svg.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link === null || event.defaultPrevented) return;
      // Modified clicks open the event's page as any link would.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      this.#activate(link);
    });
    const tooltip = this.querySelector<HTMLElement>('[data-tooltip]');
    if (tooltip === null) return;
    const show = (target: EventTarget | null) => {
      const link = target instanceof Element ? target.closest('a') : null;
      if (link === null || !this.#svg.contains(link)) {
        tooltip.hidden = true;
        return;
      }
      const id = link.getAttribute('data-event-id');
      const event = id === null ? undefined : this.#controller?.event(id);
      tooltip.textContent =
        event === undefined ? (link.getAttribute('aria-label') ?? '') : `${event.dateText} · ${event.title}`;
      tooltip.hidden = false;
      const box = link.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      const left = Math.min(Math.max(0, box.left - host.left), Math.max(0, host.width - tooltip.offsetWidth));
      tooltip.style.left = `${left}px`;
      tooltip.style.top = `${box.top - host.top - tooltip.offsetHeight - 4}px`;
    };
    this.#svg.addEventListener('pointerover', (event) => show(event.target));
    this.#svg.addEventListener('pointerleave', () => {
      tooltip.hidden = true;
    });
    this.#svg.addEventListener('focusin', (event) => show(event.target));
    this.#svg.addEventListener('focusout', () => {
      tooltip.hidden = true;
    });
  }

  // A mark was clicked or activated with Enter: select its event, or zoom into a cluster.
  #activate(link: Element): void {
    const from = Number(link.getAttribute('data-expand-from'));
    const to = Number(link.getAttribute('data-expand-to'));
    if (link.classList.contains('tl-cluster')) {
      if (Number.isFinite(from) && Number.isFinite(to) && to > from) this.#goTo({ from, to }, true);
      return;
    }
    const id = link.getAttribute('data-event-id');
    if (id === null) return;
    this.#opener = id;
    this.#focusAfterRender = id;
    this.#controller?.select(id);
    this.#flush();
  }

  #close(): void {
    const controller = this.#controller;
    const id = controller?.state.selectedId;
    if (controller === undefined || id === undefined) return;
    const returnTo = this.#opener ?? id;
    controller.select(undefined);
    this.#focusAfterRender = returnTo;
    this.#flush();
    // The mark may have gone into a cluster once no longer pinned: then the timeline itself takes focus.
    if (!this.#svg.contains(document.activeElement)) this.#svg.focus({ preventScroll: true });
  }

  #showSelection(): void {
    const controller = this.#controller;
    const panel = this.querySelector<HTMLElement>('[data-detail]');
    if (controller === undefined || panel === null) return;
    const id = controller.state.selectedId;
    const event = id === undefined ? undefined : controller.event(id);
    if (event === undefined) {
      panel.hidden = true;
      return;
    }
    const lane = controller.timeline.lanes.find((candidate) => candidate.id === event.lane);
    const set = (selector: string, text: string) => {
      const element = panel.querySelector(selector);
      if (element !== null) element.textContent = text;
    };
    set('[data-detail-meta]', lane === undefined ? event.dateText : `${event.dateText} · ${lane.label}`);
    set('[data-detail-title]', event.title);
    const permalink = panel.querySelector<HTMLAnchorElement>('[data-detail-permalink]');
    if (permalink !== null) permalink.href = this.#paths.event(event.id);

    const body = panel.querySelector<HTMLElement>('[data-detail-body]');
    if (body !== null) this.#showDetailParts(body, event.id);
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      const direction = button.dataset['step'] === '-1' ? -1 : 1;
      const neighbour = controller.neighbour(direction);
      button.hidden = neighbour === undefined;
      button.textContent =
        neighbour === undefined ? '' : `${direction === -1 ? '← Previous' : 'Next →'}: ${neighbour.title}`;
    }
    panel.hidden = false;
    const { index, count } = controller.positionOf();
    if (this.#source !== 'init') this.#announce(`${event.dateText}: ${event.title}. Event ${index} of ${count}.`);
  }

  // Summary, editor's note and quoted sources: from the event's card in the reader list on this page, or, where the
  // list gives only titles, from the event's own page.
  #showDetailParts(body: HTMLElement, id: string): void {
    const card = this.#cards.get(id);
    const parts = card === undefined ? undefined : detailPartsOf(card);
    body.removeAttribute('aria-busy');
    if (parts !== undefined) {
      body.replaceChildren(...parts);
      return;
    }
    const url = this.#paths.event(id);
    const status = document.createElement('p');
    status.className = 'tl-detail__status';
    status.textContent = 'Loading the summary and sources…';
    body.replaceChildren(status);
    body.setAttribute('aria-busy', 'true');
    this.#eventPages.load(url).then(
      (loaded) => {
        if (this.#controller?.state.selectedId !== id) return;
        body.removeAttribute('aria-busy');
        body.replaceChildren(...loaded.map((part) => part.cloneNode(true)));
      },
      () => {
        if (this.#controller?.state.selectedId !== id) return;
        body.removeAttribute('aria-busy');
        const link = document.createElement('a');
        link.href = url;
        link.textContent = 'Read them on the event’s page';
        status.replaceChildren('The summary and sources could not be loaded. ', link, '.');
      },
    );
  }

  #announce(message: string): void {
    const live = this.querySelector('[data-live]');
    if (live === null) return;
    // Clear first, so that the same words said twice are read twice.
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = message;
    });
  }

  // ---- Keyboard: one tab stop (the chart); arrows, + − 0, Enter and Escape inside it ----

  #setUpKeyboard(): void {
    this.addEventListener('keydown', (event) => {
      const controller = this.#controller;
      const target = event.target instanceof Element ? event.target : null;
      if (controller === undefined || target === null || event.altKey || event.metaKey || event.ctrlKey) return;
      const inChart = this.#svg.contains(target);
      const inPanel = this.querySelector('[data-detail]')?.contains(target) === true;
      const formControl = target.closest('input, select, textarea') !== null;
      const selected = controller.state.selectedId !== undefined;
      let handled = true;
      if (event.key === 'Escape' && selected && (inChart || inPanel)) {
        this.#close();
      } else if (!inChart) {
        handled = false;
        if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && inPanel && selected && !formControl) {
          handled = this.#step(event.key === 'ArrowLeft' ? -1 : 1);
        }
      } else if (event.key === '+' || event.key === '=') {
        this.#zoomBy(ZOOM_STEP);
      } else if (event.key === '-' || event.key === '_') {
        this.#zoomBy(1 / ZOOM_STEP);
      } else if (event.key === '0') {
        this.#goTo(undefined, true);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        const direction = event.key === 'ArrowLeft' ? -1 : 1;
        if (selected) this.#step(direction);
        else this.#panBy(direction * PAN_STEP);
      } else if (event.key === 'Enter' && target === this.#svg) {
        // Enter on the chart itself opens the first event in view.
        const first = controller.layout.marks.find((mark) => mark.kind !== 'cluster');
        const link = first === undefined || !('eventId' in first) ? null : this.#markElement(first.eventId);
        if (link !== null) this.#activate(link);
      } else if (event.key === 'Enter' && target.closest('a') !== null) {
        this.#activate(target.closest('a') as Element);
      } else {
        handled = false;
      }
      if (handled) event.preventDefault();
    });
  }

  #step(direction: 1 | -1): boolean {
    const controller = this.#controller;
    if (controller === undefined) return false;
    const neighbour = controller.neighbour(direction);
    if (neighbour === undefined) return true;
    this.#opener = neighbour.id;
    this.#focusAfterRender = this.#svg.contains(document.activeElement) ? neighbour.id : undefined;
    controller.select(neighbour.id);
    this.#flush();
    return true;
  }

  // ---- The view in the URL ----

  #recordHistory(change: TimelineChange, source: Source): void {
    const controller = this.#controller;
    if (controller === undefined || source !== 'user') return;
    const urlNow = () => {
      const query = serializeViewParams(controller.toViewParams(this.#baseView));
      return `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
    };
    window.clearTimeout(this.#urlTimer);
    if (change.selection) {
      // A selection is a place to come back to.
      const url = urlNow();
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
      this.#lastUrlWrite = performance.now();
      return;
    }
    // A filter is written at once. A moving window is written when it stops, and then at most every
    // URL_INTERVAL_MS: on a long page history.replaceState can take as long as a frame (Chromium revisits every
    // link on the page when the document's URL changes), so it is kept out of a gesture's frames.
    if (this.#isMoving() && !change.filters) return;
    const wait = change.filters ? 0 : URL_INTERVAL_MS - (performance.now() - this.#lastUrlWrite);
    const write = () => {
      this.#lastUrlWrite = performance.now();
      history.replaceState(history.state, '', urlNow());
    };
    if (wait <= 0) write();
    else this.#urlTimer = window.setTimeout(write, wait);
  }

  #fromHistory(): void {
    const controller = this.#controller;
    if (controller === undefined || this.#allow === undefined) return;
    window.clearTimeout(this.#urlTimer);
    this.#stopAnimation();
    this.#source = 'history';
    try {
      this.#baseView = parseViewParams(location.search, this.#allow);
      controller.applyViewParams(this.#baseView);
      this.#flush();
    } finally {
      this.#source = 'user';
    }
  }
}

// Both changes at once: what either touched.
function merge(a: TimelineChange, b: TimelineChange): TimelineChange {
  return { window: a.window || b.window, selection: a.selection || b.selection, filters: a.filters || b.filters };
}

// Whether a d3 event came from the reader (and not from our own syncing).
function isInput(event: unknown): boolean {
  return event instanceof Event;
}

// The colours alone: the worker takes the lane colours from the payload.
function coloursOf(theme: CanvasTheme): CanvasColours {
  const { laneColour: _, ...colours } = theme;
  return colours;
}

// The same script is the page's element and, started as a module worker by the element, its canvas worker.
if (typeof document === 'undefined') serveCanvasWorker(globalThis as unknown as WorkerScope);
else if (customElements.get('tl-timeline') === undefined) customElements.define('tl-timeline', TlTimeline);
