import { viewDatesOf, viewWindowOf, type ViewParams } from './embed/view-params.ts';
import { dayRangeOfDate } from './dates/partial-date.ts';
import { layoutTimeline, MIN_LAYOUT_WIDTH, type TimelineLayout } from './layout/layout-timeline.ts';
import { layoutOverviewAxis, overviewExtentOf, windowOfOverviewExtent } from './layout/overview-axis.ts';
import { createCharWidthMeasure, memoizeTextMeasure, type TextMeasure } from './layout/text-measure.ts';
import { fromAxisX, layoutTimeAxis, toAxisX, type DayWindow, type TimeAxis } from './layout/time-axis.ts';
import { clampWindow, createTimeScale, type TimeScale } from './layout/time-scale.ts';
import { panWindow, zoomWindow } from './layout/zoom-window.ts';
import type { ClientEvent, ClientTimeline } from './timeline-payload.ts';
import type { MonthNames } from './i18n/month-names.ts';
import type { EventId, PlaceId } from './timeline-model.ts';
import type { TextDirection } from './i18n/text-direction.ts';
import {
  clickedOverviewExtent,
  dragOverviewTo,
  overviewDragModeAt,
  startOverviewDrag,
  type OverviewDrag,
  type OverviewDragMode,
  type OverviewPointer,
} from './view/overview-drag.ts';

/**
 * The timeline's state and everything that changes it, without a DOM: the zoom window, the selected event,
 * previous/next in time order, lane, actor and place filters, drags on the overview strip, and the view in the URL.
 * The custom element renders what this says and forwards input to it; the unit tests drive it directly.
 */

/** What the reader has chosen. */
export interface TimelineState {
  /** The zoom window in day numbers; undefined: the full view. */
  readonly window: DayWindow | undefined;
  readonly selectedId: EventId | undefined;
  readonly hiddenLanes: ReadonlySet<string>;
  /** Only events naming this actor; undefined: every event. */
  readonly actor: string | undefined;
  /** Only events at this place of the gazetteer (the map's filter, in the URL as `place=`); undefined: everywhere. */
  readonly place: PlaceId | undefined;
}

/** What a change touched, so the view can redraw and record history accordingly. */
export interface TimelineChange {
  readonly window: boolean;
  readonly selection: boolean;
  readonly filters: boolean;
}

/** How the controller lays out. */
export interface TimelineControllerOptions {
  /** The drawing width, px. */
  readonly width: number;
  /** Label widths; the browser passes one that also asks its canvas. */
  readonly measureText?: TextMeasure;
  /** Which way the titles read (the page's direction): the layout labels right-to-left titles from their dots. */
  readonly textDirection?: TextDirection;
  /** The axis ticks' month names, in the page's language (its ClientText's `months`); English by default. */
  readonly monthNames?: MonthNames;
}

type Listener = (change: TimelineChange, state: TimelineState) => void;

// Keep a revealed event this far (share of the width) from the window's edges.
const REVEAL_MARGIN = 0.1;

/** The headless timeline: create one per page, feed it input, read state and layout back. */
export class TimelineController {
  readonly timeline: ClientTimeline;
  readonly #measureText: TextMeasure;
  readonly #textDirection: TextDirection;
  readonly #monthNames: MonthNames | undefined;
  readonly #byId: ReadonlyMap<string, ClientEvent>;
  readonly #listeners = new Set<Listener>();
  #width: number;
  #axis: TimeAxis;
  #state: TimelineState = {
    window: undefined,
    selectedId: undefined,
    hiddenLanes: new Set(),
    actor: undefined,
    place: undefined,
  };
  #filtered: { actor: string | undefined; place: string | undefined; events: readonly ClientEvent[] } | undefined;
  #layout: TimelineLayout | undefined;
  #overviewAxis: TimeAxis | undefined;
  // The drag under way on the overview strip; not part of the state (the canvas worker's copy never drags).
  #drag: OverviewDrag | undefined;

  constructor(timeline: ClientTimeline, options: TimelineControllerOptions) {
    this.timeline = timeline;
    this.#measureText = options.measureText ?? memoizeTextMeasure(createCharWidthMeasure());
    this.#textDirection = options.textDirection ?? 'ltr';
    this.#monthNames = options.monthNames;
    this.#byId = new Map(timeline.events.map((event) => [event.id, event]));
    this.#width = layoutWidth(options.width);
    this.#axis = this.#fitAxis();
  }

  get state(): TimelineState {
    return this.#state;
  }

  get width(): number {
    return this.#width;
  }

  /** The axis at the full view for the current width: every event, whatever the filters, so time never moves. */
  get axis(): TimeAxis {
    return this.#axis;
  }

  /** The window shown, clamped: the full view when none is set. */
  get window(): DayWindow {
    return clampWindow(this.#axis, this.#state.window);
  }

  get scale(): TimeScale {
    return createTimeScale(this.#axis, this.#state.window);
  }

  /** The layout of the current state, worked out once per change. */
  get layout(): TimelineLayout {
    this.#layout ??= this.layoutOf(this.#state.window);
    return this.#layout;
  }

  /** The layout another window would have, the rest of the state as it is, without showing it. */
  layoutOf(window: DayWindow | undefined): TimelineLayout {
    return layoutTimeline(this.#shownEvents(), this.timeline.lanes, {
      width: this.#width,
      axis: this.#axis,
      measureText: this.#measureText,
      textDirection: this.#textDirection,
      ...(this.#monthNames === undefined ? {} : { monthNames: this.#monthNames }),
      hiddenLanes: this.#state.hiddenLanes,
      ...(window === undefined ? {} : { window }),
      ...(this.#state.selectedId === undefined ? {} : { pinnedEventIds: [this.#state.selectedId] }),
    });
  }

  event(id: string): ClientEvent | undefined {
    return this.#byId.get(id);
  }

  /** Whether an event passes the lane, actor and place filters. */
  isShown(event: ClientEvent): boolean {
    return passesFilters(event, this.#state);
  }

  /** The events that pass the filters, in time order: what previous/next step through. */
  shownEvents(): readonly ClientEvent[] {
    const events = this.#shownEvents();
    return this.#state.hiddenLanes.size === 0 ? events : events.filter((event) => this.isShown(event));
  }

  /** Call `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A new drawing width (the element was resized): the axis is refitted, the window kept in days. */
  setWidth(width: number): void {
    if (this.#resize(width)) this.#commit({}, { window: true, selection: false, filters: false });
  }

  /**
   * Take another controller's width and state as they are, without telling listeners: a copy of the controller
   * in a worker lays out the frames of a movement for the canvas, and must lay out exactly what this one would.
   */
  mirror(width: number, state: TimelineState): void {
    this.#resize(width);
    this.#state = state;
    this.#layout = undefined;
  }

  /** Show a window (clamped to what the axis allows); undefined or the full view resets to the default. */
  setWindow(window: DayWindow | undefined): void {
    const clamped = window === undefined ? undefined : clampWindow(this.#axis, window);
    const full = this.#axis.domain;
    const next = clamped === undefined || (clamped.from === full.from && clamped.to === full.to) ? undefined : clamped;
    const current = this.#state.window;
    if (next?.from === current?.from && next?.to === current?.to) return;
    this.#commit({ window: next }, { window: true, selection: false, filters: false });
  }

  /** Zoom by `factor` (2: twice as close) about `anchorX` px, the middle by default. */
  zoomBy(factor: number, anchorX?: number): void {
    this.setWindow(this.zoomedWindow(factor, anchorX));
  }

  /** Move the window by `dx` px towards later time. */
  panBy(dx: number): void {
    this.setWindow(this.pannedWindow(dx));
  }

  /** The window zoomBy would show, without showing it (for an animated move). */
  zoomedWindow(factor: number, anchorX?: number): DayWindow {
    return zoomWindow(this.scale, factor, anchorX);
  }

  /** The window panBy would show, without showing it. */
  pannedWindow(dx: number): DayWindow {
    return panWindow(this.scale, dx);
  }

  /** Back to the default view: the full range, filters and selection kept. */
  resetZoom(): void {
    this.setWindow(undefined);
  }

  /** Select an event that passes the filters (and bring it into view), or clear the selection. */
  select(id: string | undefined): boolean {
    const event = id === undefined ? undefined : this.#byId.get(id);
    if (id !== undefined && (event === undefined || !this.isShown(event))) return false;
    if (event?.id === this.#state.selectedId) return true;
    const window = event === undefined ? this.#state.window : this.#revealWindow(event);
    const moved = window !== this.#state.window;
    this.#commit({ selectedId: event?.id, window }, { window: moved, selection: true, filters: false });
    return true;
  }

  /** Select the next (1) or previous (-1) shown event in time order; false at either end or with none selected. */
  step(direction: 1 | -1): boolean {
    const neighbour = this.neighbour(direction);
    return neighbour === undefined ? false : this.select(neighbour.id);
  }

  /** The shown event before (-1) or after (1) the selected one. */
  neighbour(direction: 1 | -1, from: string | undefined = this.#state.selectedId): ClientEvent | undefined {
    if (from === undefined) return undefined;
    const events = this.shownEvents();
    const index = events.findIndex((event) => event.id === from);
    return index < 0 ? undefined : events[index + direction];
  }

  /** Where the selected event stands among the shown ones, from 1; 0 when none is selected. */
  positionOf(id: string | undefined = this.#state.selectedId): { index: number; count: number } {
    const events = this.shownEvents();
    return { index: events.findIndex((event) => event.id === id) + 1, count: events.length };
  }

  /** Show or hide a lane. Hiding the selected event's lane clears the selection. */
  setLaneVisible(laneId: string, visible: boolean): void {
    if (!this.timeline.lanes.some((lane) => lane.id === laneId)) return;
    if (this.#state.hiddenLanes.has(laneId) !== visible) return;
    const hiddenLanes = new Set(this.#state.hiddenLanes);
    if (visible) hiddenLanes.delete(laneId);
    else hiddenLanes.add(laneId);
    this.#setFilters(hiddenLanes, this.#state.actor, this.#state.place);
  }

  /** Show only events naming `actor`, or every event (undefined or an unknown actor). */
  setActor(actor: string | undefined): void {
    const next = actor !== undefined && this.timeline.actors.includes(actor) ? actor : undefined;
    if (next === this.#state.actor) return;
    this.#setFilters(this.#state.hiddenLanes, next, this.#state.place);
  }

  /**
   * Show only events at `place`, or every event (undefined, or a place no event names). When none of the place's
   * events is in the window, the view goes back to the full range, rather than show an empty chart.
   */
  setPlace(place: string | undefined): void {
    const next = place === undefined ? undefined : this.timeline.places.find((known) => known.id === place)?.id;
    if (next === this.#state.place) return;
    this.#setFilters(this.#state.hiddenLanes, this.#state.actor, next);
    const { from, to } = this.window;
    const inWindow = (event: ClientEvent) => {
      const [first, last] = dayRangeOfDate(event.date);
      return first < to && last + 1 > from;
    };
    if (next !== undefined && !this.shownEvents().some(inWindow)) this.setWindow(undefined);
  }

  /**
   * The view for the URL: window as the whole years, months or days covering it, the selected event, the shown
   * lanes when some are hidden, the place filter. `base` supplies what the page does not change (theme, title, map).
   */
  toViewParams(base: ViewParams): ViewParams {
    const { window, selectedId, hiddenLanes, place } = this.#state;
    const lanes = this.timeline.lanes.map((lane) => lane.id).filter((id) => !hiddenLanes.has(id));
    return {
      ...(window === undefined ? {} : viewDatesOf(window)),
      ...(selectedId === undefined ? {} : { event: selectedId }),
      ...(hiddenLanes.size === 0 || lanes.length === 0 ? {} : { lanes }),
      ...(place === undefined ? {} : { place }),
      theme: base.theme,
      title: base.title,
      ...(base.map === true ? { map: true } : {}),
    };
  }

  /** Take the view from the URL (already checked by parseViewParams): window, lanes, place and selection at once. */
  applyViewParams(view: ViewParams): void {
    const requested = viewWindowOf(view, this.#axis.domain);
    const clamped = requested === undefined ? undefined : clampWindow(this.#axis, requested);
    const full = this.#axis.domain;
    const window =
      clamped === undefined || (clamped.from === full.from && clamped.to === full.to) ? undefined : clamped;
    const shown = new Set(view.lanes ?? this.timeline.lanes.map((lane) => lane.id));
    const hiddenLanes = new Set(this.timeline.lanes.map((lane) => lane.id).filter((id) => !shown.has(id)));
    const place = this.timeline.places.find((known) => known.id === view.place)?.id;
    const event = view.event === undefined ? undefined : this.#byId.get(view.event);
    const visible = event !== undefined && passesFilters(event, { hiddenLanes, actor: this.#state.actor, place });
    const selectedId = visible ? event.id : undefined;
    const change = {
      window: window?.from !== this.#state.window?.from || window?.to !== this.#state.window?.to,
      selection: selectedId !== this.#state.selectedId,
      filters: !sameSet(hiddenLanes, this.#state.hiddenLanes) || place !== this.#state.place,
    };
    if (!change.window && !change.selection && !change.filters) return;
    this.#commit({ window, hiddenLanes, selectedId, place }, change);
  }

  /** The overview strip's axis: every event over OVERVIEW_UNITS, whatever the width. */
  get overviewAxis(): TimeAxis {
    this.#overviewAxis ??= layoutOverviewAxis(this.timeline.events);
    return this.#overviewAxis;
  }

  /** The window's extent on the overview strip, in its units. */
  get overviewExtent(): readonly [number, number] {
    return overviewExtentOf(this.overviewAxis, this.window);
  }

  /** What a press on the overview strip would do there (for the pointer's cursor). */
  overviewDragModeAt(pointer: OverviewPointer): OverviewDragMode {
    return overviewDragModeAt(this.overviewExtent, pointer);
  }

  /** A press on the overview strip: a drag begins (see src/lib/view/overview-drag.ts). */
  startOverviewDrag(pointer: OverviewPointer): void {
    this.#drag = startOverviewDrag(this.overviewExtent, pointer);
  }

  /** The pointer of the drag under way moved to `at` units: the window follows once it has really moved. */
  dragOverviewTo(at: number): void {
    if (this.#drag === undefined) return;
    const { drag, extent } = dragOverviewTo(this.#drag, at);
    this.#drag = drag;
    if (extent !== undefined) this.setWindow(windowOfOverviewExtent(this.overviewAxis, extent[0], extent[1]));
  }

  /**
   * The drag ends, released at `at` units (or cancelled: undefined). Returns the window a click outside the window
   * asks for (centred there, its width kept), for the view to move to, animated; undefined when nothing more is to
   * be done.
   */
  endOverviewDrag(at: number | undefined): DayWindow | undefined {
    const drag = this.#drag;
    this.#drag = undefined;
    const extent = drag === undefined || at === undefined ? undefined : clickedOverviewExtent(drag, at);
    return extent === undefined ? undefined : windowOfOverviewExtent(this.overviewAxis, extent[0], extent[1]);
  }

  /** Whether a drag on the overview strip is under way. */
  get draggingOverview(): boolean {
    return this.#drag !== undefined;
  }

  #setFilters(hiddenLanes: ReadonlySet<string>, actor: string | undefined, place: PlaceId | undefined): void {
    const selected = this.#state.selectedId === undefined ? undefined : this.#byId.get(this.#state.selectedId);
    const keeps = selected !== undefined && passesFilters(selected, { hiddenLanes, actor, place });
    this.#commit(
      { hiddenLanes, actor, place, selectedId: keeps ? selected.id : undefined },
      { window: false, selection: selected !== undefined && !keeps, filters: true },
    );
  }

  #commit(patch: Partial<TimelineState>, change: TimelineChange): void {
    this.#state = { ...this.#state, ...patch };
    this.#layout = undefined;
    for (const listener of this.#listeners) listener(change, this.#state);
  }

  // A new drawing width refits the axis; returns whether the width changed.
  #resize(width: number): boolean {
    const next = layoutWidth(width);
    if (next === this.#width) return false;
    this.#width = next;
    this.#axis = this.#fitAxis();
    return true;
  }

  #fitAxis(): TimeAxis {
    return layoutTimeAxis(
      this.timeline.events.map((event) => dayRangeOfDate(event.date)),
      { width: this.#width },
    );
  }

  // The events the actor and place filters let through (lanes are left to the layout), one array per filter so
  // that the layout's per-array caches keep working while the reader zooms.
  #shownEvents(): readonly ClientEvent[] {
    const { actor, place } = this.#state;
    if (actor === undefined && place === undefined) return this.timeline.events;
    const cached = this.#filtered;
    if (cached !== undefined && cached.actor === actor && cached.place === place) return cached.events;
    const filters = { hiddenLanes: NO_LANES, actor, place };
    const events = this.timeline.events.filter((event) => passesFilters(event, filters));
    this.#filtered = { actor, place, events };
    return events;
  }

  // The window that shows `event`: the current one when it is well inside, else the same zoom moved to centre it.
  #revealWindow(event: ClientEvent): DayWindow | undefined {
    const scale = this.scale;
    const [first, last] = dayRangeOfDate(event.date);
    const centre = event.date.kind === 'date' ? (first + last + 1) / 2 : first;
    const x = scale.x(centre);
    // The full view shows every event: it never moves to reveal one.
    if (this.#state.window === undefined) return undefined;
    const margin = scale.width * REVEAL_MARGIN;
    if (x >= margin && x <= scale.width - margin) return this.#state.window;
    const axis = this.#axis;
    const x0 = toAxisX(axis, scale.window.from);
    const x1 = toAxisX(axis, scale.window.to);
    const middle = toAxisX(axis, centre);
    const moved = clampWindow(axis, {
      from: fromAxisX(axis, middle - (x1 - x0) / 2),
      to: fromAxisX(axis, middle + (x1 - x0) / 2),
    });
    const full = axis.domain;
    return moved.from === full.from && moved.to === full.to ? undefined : moved;
  }
}

const NO_LANES: ReadonlySet<string> = new Set();

/** The one filter: an event is shown when its lane is not hidden and it names the chosen actor and place, if any. */
function passesFilters(
  event: ClientEvent,
  { hiddenLanes, actor, place }: Pick<TimelineState, 'hiddenLanes' | 'actor' | 'place'>,
): boolean {
  return (
    !hiddenLanes.has(event.lane) &&
    (actor === undefined || event.actors.includes(actor)) &&
    (place === undefined || event.places.includes(place))
  );
}

function layoutWidth(width: number): number {
  return Number.isFinite(width) ? Math.max(MIN_LAYOUT_WIDTH, Math.round(width)) : MIN_LAYOUT_WIDTH;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
