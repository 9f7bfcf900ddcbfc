/**
 * <tl-timeline>: upgrades the home page's static timeline into an interactive one. The page is whole without it
 * (a linked SVG, the reader list below); this element redraws the same SVG from the same layout code at the exact
 * width, and forwards input to a TimelineController (src/lib), which holds all state: zoom window, selection,
 * filters, overview drags, the view in the URL. The element wires small parts together (zoom gestures, animated
 * moves, the overview strip, the canvas shown while moving, the live SVG, the detail panel, the reader list, the
 * URL, the keyboard, the place filter and its link with the map of places), runs the render loop, and announces each
 * view at rest with a `tl-viewchange` event (src/lib/view/view-change.ts). Anything unexpected (no payload, a broken one) leaves the static timeline in place.
 */
import type { ViewParams } from '../lib/embed/view-params.ts';
import { createSitePaths } from '../lib/site-paths.ts';
import { TimelineController, type TimelineChange } from '../lib/timeline-controller.ts';
import { decodeClientTimeline } from '../lib/timeline-payload.ts';
import { sameViewChange, VIEW_CHANGE_EVENT, viewChangeOf, type ViewChangeDetail } from '../lib/view/view-change.ts';
import { browserMeasure } from './browser-measure.ts';
import { CanvasLayer } from './canvas-layer.ts';
import { serveCanvasWorker, type WorkerScope } from './canvas-worker.ts';
import { ChartMotion } from './chart-motion.ts';
import { DetailPanel } from './detail-panel.ts';
import { FrameLog } from './frame-log.ts';
import { LiveChart } from './live-chart.ts';
import { listenToMarks } from './mark-pointer.ts';
import { OverviewStrip } from './overview-strip.ts';
import { readPageText } from './page-text.ts';
import { listenToPlaceFilter } from './place-filter-notice.ts';
import { linkToPlaceMap, type PlaceLink } from './place-link.ts';
import { ReaderListSync } from './reader-list-sync.ts';
import { SelectionFocus } from './selection-focus.ts';
import { listenToControls } from './timeline-controls.ts';
import { listenToKeys } from './timeline-keyboard.ts';
import { UrlHistory } from './url-history.ts';
import { ZoomGestures } from './zoom-gestures.ts';

// This script also runs as the canvas worker (below), where there is no HTMLElement to extend.
const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

/** Who changed the view: the reader, back/forward, or the page opening (which announces nothing). */
type Source = 'user' | 'history' | 'init';
const NO_CHANGE: TimelineChange = { window: false, selection: false, filters: false };
const ALL: TimelineChange = { window: true, selection: true, filters: true };

/** The parts the element wires together, made once the upgrade has succeeded. */
interface Parts {
  readonly controller: TimelineController;
  readonly chart: LiveChart;
  readonly canvas: CanvasLayer;
  readonly motion: ChartMotion;
  readonly zoom: ZoomGestures;
  readonly overview: OverviewStrip;
  readonly list: ReaderListSync;
  readonly panel: DetailPanel;
  readonly selection: SelectionFocus;
  readonly url: UrlHistory;
  /** Brings the place filter's notice in line; returns what to announce when a place is chosen. */
  readonly placeFilter: () => string | undefined;
  readonly placeLink: PlaceLink;
}

class TlTimeline extends ElementBase {
  #parts: Parts | undefined;
  #source: Source = 'init';
  #pending: TimelineChange = NO_CHANGE;
  #stale: TimelineChange = NO_CHANGE;
  #frame = 0;
  // The view at rest as URL parameters (the URL's own at the start and after back/forward), and as last announced.
  #params: ViewParams | undefined;
  #announced: ViewChangeDetail | undefined;
  #resizeObserver: ResizeObserver | undefined;
  readonly #frames = new FrameLog();

  /** How long the last redraws took, ms, from the start of the frame to after its paint: for `npm run bench`. */
  get frameTimes(): readonly number[] {
    return this.#frames.times;
  }

  /** How long the canvas worker's last frames took to lay out and paint, ms (empty without a worker). */
  get canvasFrameTimes(): readonly number[] {
    return this.#parts?.canvas.workerFrameTimes ?? [];
  }

  /** The view at rest, as the last `tl-viewchange` event described it (undefined before the upgrade). */
  get view(): ViewChangeDetail | undefined {
    return this.#announced;
  }

  connectedCallback(): void {
    if (this.#parts !== undefined) return;
    if (document.readyState === 'loading') {
      // Loaded async, the script can arrive before the browser has painted anything: let the static drawing show
      // first (a task after the next frame), then upgrade while the rest of the page is parsed.
      requestAnimationFrame(() => setTimeout(() => this.isConnected && this.#parts === undefined && this.#start()));
      return;
    }
    this.#start();
  }

  disconnectedCallback(): void {
    this.#resizeObserver?.disconnect();
    // (Stopping an animation schedules a last drawing at rest: cancelled just after.)
    this.#parts?.motion.stop();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
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

  #upgrade(): void {
    const payload = this.querySelector('script[data-payload]')?.textContent ?? '';
    const timeline = decodeClientTimeline(payload);
    const viewport = this.querySelector<HTMLElement>('[data-viewport]');
    if (timeline === undefined || timeline.events.length === 0 || viewport === null) return;
    const paths = createSitePaths(this.dataset['base'] ?? '/');
    const text = readPageText(this);
    const controller = new TimelineController(timeline, {
      width: viewport.clientWidth,
      measureText: browserMeasure(document.createElement('canvas').getContext('2d')),
      textDirection: getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr',
      monthNames: text.monthNames,
    });
    const url = new UrlHistory(controller);
    controller.applyViewParams(url.base);
    const list = new ReaderListSync(this, controller, this.dataset['readerList'] ?? '.reader-timeline', text.t);
    const chart = new LiveChart(viewport, controller, paths, this.dataset['title'] ?? '', text);
    const motion = new ChartMotion(controller, { frame: () => this.#flush(), rest: () => this.#schedule(NO_CHANGE) });
    const parts: Parts = {
      controller,
      chart,
      canvas: new CanvasLayer(this, viewport, controller, () => motion.moving),
      motion,
      zoom: new ZoomGestures(viewport, controller, motion),
      overview: new OverviewStrip(this, controller, motion),
      list,
      panel: new DetailPanel(this, controller, paths, (id) => list.cardOf(id), text.t),
      selection: new SelectionFocus(controller, chart, motion, () => this.#flush()),
      url,
      placeFilter: listenToPlaceFilter(this, controller, paths, text.t),
      placeLink: linkToPlaceMap(this, controller, chart),
    };
    this.#parts = parts;
    if (document.readyState === 'loading') {
      // The script is loaded async and may run while the reader list below is still being parsed: once it is all
      // there, take its cards again and bring them (filters, the open event's panel) in line with the view.
      document.addEventListener('DOMContentLoaded', () => this.#catchUpWithReaderList(), { once: true });
    }
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = true;
    for (const element of this.querySelectorAll<HTMLElement>('[data-controls], .tl__help-js')) element.hidden = false;

    this.#listen(parts, viewport);
    controller.subscribe((change) => this.#schedule(change));
    this.#render(ALL);
    parts.canvas.start(payload, import.meta.url, text.monthNames);
    this.#render(NO_CHANGE);
    this.#source = 'user';
    this.#paramsFromUrl();
    this.#announced = viewChangeOf(controller, this.#params ?? url.base);
    this.setAttribute('data-ready', '');
    // A link to an event opens with its panel: bring its mark on screen too, above the panel. Not in an embed (the
    // host page must not move), nor once the reader has scrolled.
    const opened = controller.state.selectedId;
    if (opened !== undefined && window.top === window && window.scrollY === 0) {
      chart.markOf(opened)?.scrollIntoView({ block: 'center' });
    }
    parts.canvas.warmUp();
  }

  #listen(parts: Parts, viewport: HTMLElement): void {
    const { controller, motion, chart, panel, selection } = parts;
    listenToControls(this, controller, motion, { close: () => selection.close(), stepped: () => this.#flush() });
    const hovered = (id: string | null) => parts.placeLink.hover(id);
    listenToMarks(this, chart, controller, (link) => selection.activate(link), chart.text.t, hovered);
    listenToKeys(this, controller, { chart, motion, selection, inPanel: (node) => panel.contains(node) });
    parts.url.listen((view) => {
      motion.stop();
      this.#source = 'history';
      try {
        controller.applyViewParams(view);
        this.#paramsFromUrl();
        this.#flush();
      } finally {
        this.#source = 'user';
      }
    });
    this.#resizeObserver = new ResizeObserver(() => controller.setWidth(viewport.clientWidth));
    this.#resizeObserver.observe(viewport);
  }

  // The view is the one the URL asks for (at the start, after back or forward): its parameters are the URL's.
  #paramsFromUrl(): void {
    const parts = this.#parts;
    if (parts === undefined) return;
    const { event: _, ...base } = parts.url.base;
    const selected = parts.controller.state.selectedId;
    this.#params = selected === undefined ? base : { ...base, event: selected };
  }

  #catchUpWithReaderList(): void {
    const parts = this.#parts;
    if (parts === undefined) return;
    parts.list.collect();
    // Nothing the reader did: nothing to announce.
    parts.list.apply();
    parts.placeFilter();
    if (parts.controller.state.selectedId !== undefined) parts.panel.show();
  }

  // Back to the static drawing when the upgrade failed half-way.
  #undo(): void {
    const svg = this.#parts?.chart.svg;
    this.#parts = undefined;
    if (svg?.isConnected === true) svg.remove();
    for (const element of this.querySelectorAll<HTMLElement>('[data-static]')) element.hidden = false;
    for (const element of this.querySelectorAll<HTMLElement>(
      '[data-controls], .tl__help-js, [data-detail], [data-place-filter]',
    )) {
      element.hidden = true;
    }
  }

  // ---- The render loop: changes are drawn once per frame; while moving, on the canvas ----

  #schedule(change: TimelineChange): void {
    this.#pending = merge(this.#pending, change);
    if (this.#source === 'user') this.#parts?.url.record(change, this.#parts.motion.moving);
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
    const parts = this.#parts;
    if (parts === undefined) return;
    const { controller, canvas } = parts;
    const started = performance.now();
    const moving = parts.motion.moving;
    // With a worker, a frame of a movement is laid out there: the frame grows when it reports a taller drawing.
    if (!moving || !canvas.hasWorker) canvas.fitFrame(controller.layout.height, change.filters);
    if (moving) {
      // While moving, paint the same layout on the canvas over the (stale) SVG; the SVG catches up at rest.
      canvas.paint();
      this.#stale = merge(this.#stale, change);
    } else {
      canvas.clear();
      change = merge(change, this.#stale);
      this.#stale = NO_CHANGE;
      parts.chart.draw(parts.selection.takeFocusTarget());
      parts.placeLink.markPartners();
    }
    parts.zoom.sync(canvas.frameHeight);
    parts.overview.sync();
    if (!moving) {
      if (change.filters) {
        const status = parts.list.apply();
        this.#announce(parts.placeFilter() ?? status);
      }
      if (change.selection) this.#announce(parts.panel.show());
      if (change.window || change.selection || change.filters) this.#announceView(parts);
    }
    this.#frames.log(started);
  }

  // Tell the page about a view at rest that differs from the last one told: `tl-viewchange`.
  #announceView(parts: Parts): void {
    if (this.#source === 'init') return;
    if (this.#source === 'user') this.#params = parts.controller.toViewParams(parts.url.base);
    const detail = viewChangeOf(parts.controller, this.#params ?? parts.url.base);
    if (sameViewChange(this.#announced, detail)) return;
    this.#announced = detail;
    this.dispatchEvent(new CustomEvent(VIEW_CHANGE_EVENT, { detail, bubbles: true, composed: true }));
  }

  // Say it in the live region, unless the page is only opening.
  #announce(message: string | undefined): void {
    const live = this.querySelector('[data-live]');
    if (live === null || message === undefined || this.#source === 'init') return;
    // Clear first, so that the same words said twice are read twice.
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = message;
    });
  }
}

// Both changes at once: what either touched.
function merge(a: TimelineChange, b: TimelineChange): TimelineChange {
  return { window: a.window || b.window, selection: a.selection || b.selection, filters: a.filters || b.filters };
}

// The same script is the page's element and, started as a module worker by the element, its canvas worker.
if (typeof document === 'undefined') serveCanvasWorker(globalThis as unknown as WorkerScope);
else if (customElements.get('tl-timeline') === undefined) customElements.define('tl-timeline', TlTimeline);
