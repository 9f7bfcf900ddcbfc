import type { Translate } from '../lib/i18n/translator.ts';
import type { SitePaths } from '../lib/site-paths.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';

/**
 * The place filter's notice above the chart: which place the timeline is filtered to, a link to that place's page
 * (where a click on the map would have gone without scripts) and a button that shows every place again. Hidden
 * while no place is chosen.
 */
export class PlaceFilterNotice {
  readonly #notice: HTMLElement | null;
  readonly #controller: TimelineController;
  readonly #paths: SitePaths;
  readonly #t: Translate;

  constructor(host: HTMLElement, controller: TimelineController, paths: SitePaths, t: Translate) {
    this.#notice = host.querySelector<HTMLElement>('[data-place-filter]');
    this.#controller = controller;
    this.#paths = paths;
    this.#t = t;
    this.#notice?.querySelector('[data-place-filter-clear]')?.addEventListener('click', () => {
      controller.setPlace(undefined);
      // The button goes with the notice: focus goes back to the chart rather than to the page's top.
      host.querySelector<SVGElement>('[data-viewport] > svg')?.focus({ preventScroll: true });
    });
  }

  /** Bring the notice in line with the filter; returns what to announce when a place is chosen, else undefined. */
  apply(): string | undefined {
    const controller = this.#controller;
    const id = controller.state.place;
    const place = id === undefined ? undefined : controller.timeline.places.find((known) => known.id === id);
    const notice = this.#notice;
    if (notice !== null) notice.hidden = place === undefined;
    if (place === undefined) return undefined;
    const count = controller.shownEvents().length;
    const text = notice?.querySelector('[data-place-filter-text]');
    if (text != null) text.textContent = this.#t('timeline.placeFilter.notice', { place: place.name, count });
    const link = notice?.querySelector<HTMLAnchorElement>('[data-place-filter-link]');
    if (link != null) link.href = this.#paths.place(place.id);
    return this.#t('timeline.placeFilter.announce', { place: place.name, count });
  }
}
