import {
  EVENT_HOVER_EVENT,
  PLACE_HOVER_EVENT,
  PLACE_SELECT_EVENT,
  type EventHoverDetail,
  type PlaceDetail,
} from '../lib/view/place-link-events.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import type { LiveChart } from './live-chart.ts';

/** The timeline's side of its link with the map: see linkToPlaceMap(). */
export interface PlaceLink {
  /** An event's mark gained (or, null, lost) the pointer or focus: tell the map. */
  readonly hover: (id: string | null) => void;
  /** Mark the drawn events at the place the map points at (again after each drawing, which makes marks anew). */
  readonly markPartners: () => void;
}

/**
 * The timeline's side of its link with the map of places (src/lib/view/place-link-events.ts): it tells the page
 * which event has the pointer or focus, marks the events of the place the map's pointer or focus is on, takes a
 * place chosen on the map as its place filter, and loads the map's script now that the timeline is interactive (the
 * map's code is its own bundle, with its own budget, and of no use before).
 */
export function linkToPlaceMap(host: HTMLElement, controller: TimelineController, chart: LiveChart): PlaceLink {
  let place: string | null = null;
  let hovered: string | null = null;
  const placeOf = (event: Event) => (event as CustomEvent<PlaceDetail | undefined>).detail?.place ?? null;
  const markPartners = () => {
    for (const mark of chart.svg.querySelectorAll('a[data-event-id]')) {
      const event = place === null ? undefined : controller.event(mark.getAttribute('data-event-id') ?? '');
      mark.classList.toggle('is-partner', event?.places.some((id) => id === place) === true);
    }
  };
  document.addEventListener(PLACE_HOVER_EVENT, (event) => {
    place = placeOf(event);
    markPartners();
  });
  document.addEventListener(PLACE_SELECT_EVENT, (event) => controller.setPlace(placeOf(event) ?? undefined));
  const src = document.querySelector<HTMLElement>('tl-place-map[data-script]')?.dataset['script'];
  if (src !== undefined) {
    import(/* @vite-ignore */ src).catch((error: unknown) => console.warn('tl-timeline: no map script:', error));
  }
  return {
    hover: (id) => {
      if (id === hovered) return;
      hovered = id;
      const detail: EventHoverDetail = { event: id, places: id === null ? [] : (controller.event(id)?.places ?? []) };
      host.dispatchEvent(new CustomEvent(EVENT_HOVER_EVENT, { detail, bubbles: true, composed: true }));
    },
    markPartners,
  };
}
