/**
 * The events that link the timeline and the map of places, both ways, without either script importing the other
 * (each is its own bundle, and either may be missing): they bubble up to the document, where the partner listens.
 * The view at rest, with the places in view and the selected event's places, is `tl-viewchange`
 * (src/lib/view/view-change.ts).
 */

/** <tl-timeline> → page: an event's mark gained the pointer or focus (`event` null: none has it any more). */
export const EVENT_HOVER_EVENT = 'tl-eventhover';

/** The `detail` of `tl-eventhover`. */
export interface EventHoverDetail {
  readonly event: string | null;
  /** The ids of the event's places; empty with no event. */
  readonly places: readonly string[];
}

/** <tl-place-map> → page: a place's mark gained the pointer or focus (`place` null: none has it any more). */
export const PLACE_HOVER_EVENT = 'tl-placehover';

/** <tl-place-map> → page: the reader chose a place, to filter the timeline to its events (`place` null: clear it). */
export const PLACE_SELECT_EVENT = 'tl-placeselect';

/** The `detail` of `tl-placehover` and `tl-placeselect`. */
export interface PlaceDetail {
  readonly place: string | null;
}
