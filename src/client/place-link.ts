import {
  EVENT_HOVER_EVENT,
  PLACE_HOVER_EVENT,
  PLACE_SELECT_EVENT,
  type EventHoverDetail,
  type PlaceDetail,
} from '../lib/view/place-link-events.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import type { LiveChart } from './live-chart.ts';

/**
 * The timeline's side of its link with the map of places (src/lib/view/place-link-events.ts): it tells the page
 * which event has the pointer or focus, marks the events of the place the map's pointer or focus is on, takes a
 * place chosen on the map as its place filter, and loads the map's script once the timeline is interactive (the
 * map's code is its own bundle, with its own budget, and is of no use before).
 */
export class PlaceLink {
  readonly #host: HTMLElement;
  readonly #controller: TimelineController;
  readonly #chart: LiveChart;
  #place: string | null = null;
  #event: string | null = null;

  constructor(host: HTMLElement, controller: TimelineController, chart: LiveChart) {
    this.#host = host;
    this.#controller = controller;
    this.#chart = chart;
    document.addEventListener(PLACE_HOVER_EVENT, (event) => {
      this.#place = placeOf(event);
      this.markPartners();
    });
    document.addEventListener(PLACE_SELECT_EVENT, (event) => controller.setPlace(placeOf(event) ?? undefined));
  }

  /** An event's mark gained (or, null, lost) the pointer or focus: tell the map. */
  hover(id: string | null): void {
    if (id === this.#event) return;
    this.#event = id;
    const places = id === null ? [] : (this.#controller.event(id)?.places ?? []);
    const detail: EventHoverDetail = { event: id, places };
    this.#host.dispatchEvent(new CustomEvent(EVENT_HOVER_EVENT, { detail, bubbles: true, composed: true }));
  }

  /** Mark the drawn events at the place the map points at (again after each drawing, which makes marks anew). */
  markPartners(): void {
    const place = this.#place;
    for (const mark of this.#chart.svg.querySelectorAll<SVGAElement>('a[data-event-id]')) {
      const event = place === null ? undefined : this.#controller.event(mark.getAttribute('data-event-id') ?? '');
      mark.classList.toggle('is-partner', event?.places.some((id) => id === place) === true);
    }
  }

  /** Load the map's script, if the page has a map that asks for one. */
  loadMap(): void {
    const src = document.querySelector<HTMLElement>('tl-place-map[data-script]')?.dataset['script'];
    if (src === undefined) return;
    import(/* @vite-ignore */ src).catch((error: unknown) => console.warn('tl-timeline: no map script:', error));
  }
}

function placeOf(event: Event): string | null {
  const detail = (event as CustomEvent<PlaceDetail | undefined>).detail;
  return typeof detail?.place === 'string' ? detail.place : null;
}
