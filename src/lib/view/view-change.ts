import { fromDayNumber } from '../dates/calendar-day.ts';
import { serializeViewParams, type ViewParams } from '../embed/view-params.ts';
import { placesInWindow } from '../map/places-in-window.ts';
import type { TimelineController } from '../timeline-controller.ts';

/**
 * The `tl-viewchange` event of <tl-timeline>: fired (bubbling, composed) when the view comes to rest after a
 * zoom or pan, and when the selection or the filters change. Host pages and the embed dialog follow the view with
 * it instead of watching the URL.
 * @example document.addEventListener('tl-viewchange', (e) => console.log(e.detail.from, e.detail.to))
 */
export const VIEW_CHANGE_EVENT = 'tl-viewchange';

/** The `detail` of a `tl-viewchange` event. */
export interface ViewChangeDetail {
  /** The first day in view, ISO 8601 (`2020-09-27`). */
  readonly from: string;
  /** The last day in view, ISO 8601. */
  readonly to: string;
  /** The selected event's id, or null. */
  readonly event: string | null;
  /** The ids of the lanes shown, in the timeline's order. */
  readonly lanes: readonly string[];
  /** The actor filter, or null for every actor. */
  readonly actor: string | null;
  /** The place filter, or null for every place. */
  readonly place: string | null;
  /** The ids of the places of the events in view (those the filters show), for the map: in first-named order. */
  readonly places: readonly string[];
  /** The ids of the selected event's places; empty with nothing selected. */
  readonly eventPlaces: readonly string[];
  /** The view as the page's query string, without `?` (`from=2020&to=2023&event=…`); empty for the default view. */
  readonly query: string;
}

/**
 * The detail of the view `controller` shows; `params` is that view as URL parameters: the URL's own at the start
 * and after back/forward, `controller.toViewParams(base)` once the reader has changed it.
 */
export function viewChangeOf(controller: TimelineController, params: ViewParams): ViewChangeDetail {
  const { window, state } = controller;
  const last = Math.max(Math.floor(window.from), Math.ceil(window.to) - 1);
  const selected = state.selectedId === undefined ? undefined : controller.event(state.selectedId);
  return {
    from: isoDay(Math.floor(window.from)),
    to: isoDay(last),
    event: state.selectedId ?? null,
    lanes: controller.timeline.lanes.map((lane) => lane.id).filter((id) => !state.hiddenLanes.has(id)),
    actor: state.actor ?? null,
    place: state.place ?? null,
    places: [...placesInWindow(controller.shownEvents(), window).keys()],
    eventPlaces: selected?.places ?? [],
    query: serializeViewParams(params),
  };
}

/** Whether two details describe the same view (a view at rest again where it was is no change). */
export function sameViewChange(a: ViewChangeDetail | undefined, b: ViewChangeDetail): boolean {
  return (
    a !== undefined &&
    a.from === b.from &&
    a.to === b.to &&
    a.event === b.event &&
    a.actor === b.actor &&
    a.place === b.place &&
    a.query === b.query &&
    a.lanes.join() === b.lanes.join()
  );
}

function isoDay(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
