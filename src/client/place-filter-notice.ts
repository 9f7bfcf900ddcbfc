import type { Translate } from '../lib/i18n/translator.ts';
import type { SitePaths } from '../lib/site-paths.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';

/**
 * The place filter's notice above the chart: which place the timeline is filtered to, a link to that place's page
 * (where a click on the map would have gone without scripts) and a button that shows every place again. Hidden
 * while no place is chosen. Returns the function that brings the notice in line with the filter, which gives what
 * to announce when a place is chosen (else undefined).
 */
export function listenToPlaceFilter(
  host: HTMLElement,
  controller: TimelineController,
  paths: SitePaths,
  t: Translate,
): () => string | undefined {
  const notice = host.querySelector<HTMLElement>('[data-place-filter]');
  notice?.querySelector('[data-place-filter-clear]')?.addEventListener('click', () => {
    controller.setPlace(undefined);
    // The button goes with the notice: focus goes back to the chart rather than to the page's top.
    host.querySelector<SVGElement>('[data-viewport] > svg')?.focus({ preventScroll: true });
  });
  return () => {
    const id = controller.state.place;
    const place = controller.timeline.places.find((known) => known.id === id);
    if (notice === null) return undefined;
    notice.hidden = place === undefined;
    if (place === undefined) return undefined;
    const values = { place: place.name, count: controller.shownEvents().length };
    const text = notice.querySelector('[data-place-filter-text]');
    if (text !== null) text.textContent = t('timeline.placeFilter.notice', values);
    notice.querySelector('a')?.setAttribute('href', paths.place(place.id));
    return t('timeline.placeFilter.announce', values);
  };
}
