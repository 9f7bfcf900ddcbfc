/**
 * <tl-place-map>: links the map of places (a complete, linked SVG drawn at build time: src/components/PlaceMap.astro)
 * with the timeline on the same page, both ways, through the timeline's documented events
 * (src/lib/view/place-link-events.ts, src/lib/view/view-change.ts). It loads only once the timeline is interactive
 * (the timeline's script imports it), moves no geometry and projects nothing: the marks are already drawn.
 * - The timeline's view at rest (`tl-viewchange`): marks of places with no event in the window are dimmed (still
 *   links, still named: the map's description says how many are in the period, and the live region says it when the
 *   window moves); the selected event's places and the filtered place are highlighted.
 * - An event's mark with the pointer or focus (`tl-eventhover`): its places are marked as partners.
 * - A mark with the pointer or focus tells the timeline (`tl-placehover`), which marks that place's events.
 * - A plain click or Enter on a mark filters the timeline to the place (`tl-placeselect`); the place's page stays a
 *   modified click away, and the timeline's filter notice links to it. Arrow keys move between the marks in view,
 *   the way the arrow points; Escape clears the filter.
 */
import { markInDirection, type MapDirection } from '../lib/map/mark-in-direction.ts';
import {
  EVENT_HOVER_EVENT,
  PLACE_HOVER_EVENT,
  PLACE_SELECT_EVENT,
  type EventHoverDetail,
  type PlaceDetail,
} from '../lib/view/place-link-events.ts';
import { VIEW_CHANGE_EVENT, type ViewChangeDetail } from '../lib/view/view-change.ts';
import type { Translate } from '../lib/i18n/translator.ts';
import { readPageText } from './page-text.ts';

const ARROWS: Readonly<Record<string, MapDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

class TlPlaceMap extends HTMLElement {
  // Every link to a place in the map (its mark, or its name in the list of places beyond the frame), by place id.
  readonly #links = new Map<string, HTMLElement[]>();
  #t: Translate | undefined;
  #window = '';
  #place: string | null = null;
  #hovered: string | null = null;

  connectedCallback(): void {
    if (this.#t !== undefined) return;
    this.#t = readPageText(this).t;
    for (const link of this.querySelectorAll<HTMLElement>('a[data-place]')) {
      const id = link.dataset['place'] ?? '';
      this.#links.set(id, [...(this.#links.get(id) ?? []), link]);
    }
    // The SVG's description: how many places are in the period, and how to use the map (LinkedPlaceMap.astro).
    const described = [...this.querySelectorAll('#place-map-status, #place-map-help')].map((element) => element.id);
    this.querySelector('svg')?.setAttribute('aria-describedby', described.join(' '));
    document.addEventListener(VIEW_CHANGE_EVENT, (event) =>
      this.#show((event as CustomEvent<ViewChangeDetail>).detail),
    );
    document.addEventListener(EVENT_HOVER_EVENT, (event) => {
      const places = (event as CustomEvent<EventHoverDetail>).detail.places;
      this.#mark('is-partner', new Set(places));
    });
    this.#listen();
    // The timeline has already told the page its first view: read it from the element.
    const view = (document.querySelector('tl-timeline') as { view?: ViewChangeDetail } | null)?.view;
    if (view !== undefined) this.#show(view, false);
    this.setAttribute('data-ready', '');
  }

  #listen(): void {
    const placeOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest<HTMLElement>('a[data-place]')?.dataset['place'] ?? null) : null;
    this.addEventListener('click', (event) => {
      const place = placeOf(event.target);
      if (place === null || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // No interactive timeline to filter (its upgrade failed): the link goes to the place's page, as without scripts.
      if (document.querySelector('tl-timeline[data-ready]') === null) return;
      event.preventDefault();
      this.#tell(PLACE_SELECT_EVENT, place);
    });
    const hover = (place: string | null) => {
      if (place === this.#hovered) return;
      this.#hovered = place;
      this.#tell(PLACE_HOVER_EVENT, place);
    };
    this.addEventListener('pointerover', (event) => hover(placeOf(event.target)));
    this.addEventListener('pointerleave', () => hover(null));
    this.addEventListener('focusin', (event) => hover(placeOf(event.target)));
    this.addEventListener('focusout', (event) => hover(placeOf(event.relatedTarget)));
    this.addEventListener('keydown', (event) => {
      if (event.altKey || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const from = placeOf(event.target);
      const direction = ARROWS[event.key];
      if (event.key === 'Escape' && this.#place !== null) {
        this.#tell(PLACE_SELECT_EVENT, null);
      } else if (direction !== undefined && from !== null) {
        const next = markInDirection(this.#markPoints(from), from, direction);
        if (next !== undefined) this.#markOf(next)?.focus();
      } else {
        return;
      }
      event.preventDefault();
    });
  }

  // The view at rest: dim what is out of the window, highlight the selected event's places and the filtered one.
  #show(view: ViewChangeDetail, announce = true): void {
    const inView = new Set(view.places.filter((id) => this.#links.has(id)));
    for (const [id, links] of this.#links) {
      for (const link of links) link.classList.toggle('is-outside', !inView.has(id));
    }
    this.#place = view.place;
    this.#mark('is-highlighted', new Set(view.place === null ? view.eventPlaces : [...view.eventPlaces, view.place]));
    for (const [id, links] of this.#links) {
      for (const link of links) {
        if (id === view.place) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }
    const words = this.#t?.('map.live.inView', { count: inView.size }) ?? '';
    const status = this.querySelector('[data-map-status]');
    if (status !== null) status.textContent = words;
    // Said when the window moves, not when a filter or the selection changes (the timeline says those).
    const window = `${view.from}/${view.to}`;
    const moved = window !== this.#window;
    this.#window = window;
    const live = this.querySelector('[data-map-live]');
    if (!announce || !moved || live === null) return;
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = words;
    });
  }

  #mark(className: string, places: ReadonlySet<string>): void {
    for (const [id, links] of this.#links) {
      for (const link of links) link.classList.toggle(className, places.has(id));
    }
  }

  #markOf(id: string): HTMLElement | undefined {
    return this.#links.get(id)?.find((link) => link.closest('svg') !== null);
  }

  // The centres of the marks an arrow key may move to: those in the window (all of them when none is), and `from`.
  #markPoints(from: string): { id: string; x: number; y: number }[] {
    const points = [];
    const anyInView = [...this.#links.values()].some((links) => !links[0]?.classList.contains('is-outside'));
    for (const id of this.#links.keys()) {
      const mark = this.#markOf(id);
      if (mark === undefined || (anyInView && id !== from && mark.classList.contains('is-outside'))) continue;
      const box = mark.getBoundingClientRect();
      points.push({ id, x: box.left + box.width / 2, y: box.top + box.height / 2 });
    }
    return points;
  }

  #tell(type: string, place: string | null): void {
    const detail: PlaceDetail = { place };
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (customElements.get('tl-place-map') === undefined) customElements.define('tl-place-map', TlPlaceMap);
