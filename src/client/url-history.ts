import {
  parseViewParams,
  serializeViewParams,
  type ViewParams,
  type ViewParamsAllowList,
} from '../lib/embed/view-params.ts';
import type { TimelineChange, TimelineController } from '../lib/timeline-controller.ts';

/** replaceState at most this often, once the window is at rest (on a long page each call can take a frame). */
const URL_INTERVAL_MS = 1000;

/**
 * The view in the page's URL: read at start and on back/forward, written as the reader changes it. A selection is
 * a new history entry (a place to come back to); filters and the window replace the current one.
 */
export class UrlHistory {
  readonly #controller: TimelineController;
  readonly #allow: ViewParamsAllowList;
  #base: ViewParams;
  #timer: number | undefined;
  #lastWrite = Number.NEGATIVE_INFINITY;

  constructor(controller: TimelineController) {
    this.#controller = controller;
    const { timeline, axis } = controller;
    this.#allow = {
      eventIds: new Set(timeline.events.map((event) => event.id)),
      laneIds: timeline.lanes.map((lane) => lane.id),
      domain: axis.domain,
      placeIds: new Set(timeline.places.map((place) => place.id)),
    };
    this.#base = this.#read();
  }

  /** The view the URL asked for last (its theme and title are kept in every URL written). */
  get base(): ViewParams {
    return this.#base;
  }

  /** On back and forward: the view the URL now asks for goes to `apply`. */
  listen(apply: (view: ViewParams) => void): void {
    window.addEventListener('popstate', () => {
      window.clearTimeout(this.#timer);
      this.#base = this.#read();
      apply(this.#base);
    });
  }

  /** Write a change the reader made; a window still moving waits until it stops. */
  record(change: TimelineChange, moving: boolean): void {
    const urlNow = () => {
      const query = serializeViewParams(this.#controller.toViewParams(this.#base));
      return `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
    };
    window.clearTimeout(this.#timer);
    if (change.selection) {
      const url = urlNow();
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
      this.#lastWrite = performance.now();
      return;
    }
    // A filter is written at once. A moving window is written when it stops, and then at most every
    // URL_INTERVAL_MS: on a long page history.replaceState can take as long as a frame (Chromium revisits every
    // link on the page when the document's URL changes), so it is kept out of a gesture's frames.
    if (moving && !change.filters) return;
    const wait = change.filters ? 0 : URL_INTERVAL_MS - (performance.now() - this.#lastWrite);
    const write = () => {
      this.#lastWrite = performance.now();
      history.replaceState(history.state, '', urlNow());
    };
    if (wait <= 0) write();
    else this.#timer = window.setTimeout(write, wait);
  }

  // The URL is anyone's to write: the parser keeps what it recognises and drops the rest.
  #read(): ViewParams {
    return parseViewParams(location.search, this.#allow);
  }
}
