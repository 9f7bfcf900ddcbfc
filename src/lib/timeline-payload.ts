import { readTimelineDate, type TimelineDate } from './dates/partial-date.ts';
import type { LayoutEvent } from './layout/place-events.ts';
import type { EventId, Lane, Place, PlaceId, TimelineEvent } from './timeline-model.ts';

/**
 * What the home page hands its timeline script: per event only what the browser needs to lay it out, name it, link
 * it and filter it. Summaries and quotes are not repeated: the detail panel reads them from the reader list on the
 * same page. The wire format is compact (an event is one array, a date its EDTF text), because a timeline of
 * 10,000 events ships 10,000 of them; decoding checks every field and gives up on anything unexpected, so a
 * damaged payload means the static timeline stays, never a script error.
 */

/** An event as the browser knows it. */
export interface ClientEvent extends LayoutEvent {
  /** The date as a reader reads it: "10 November 2020". */
  readonly dateText: string;
  readonly actors: readonly string[];
  /** The gazetteer's places the event happened at. */
  readonly places: readonly PlaceId[];
}

/** A place as the browser knows it: enough to name it in the place filter's notice. */
export interface ClientPlace {
  readonly id: PlaceId;
  /** In the edition's language. */
  readonly name: string;
}

/** The whole timeline as the browser knows it. Events in time order. */
export interface ClientTimeline {
  readonly lanes: readonly Lane[];
  /** Every actor named by an event, sorted: the choices of the actor filter. */
  readonly actors: readonly string[];
  readonly events: readonly ClientEvent[];
  /** The places some event names, in the gazetteer's order (by id): the choices of the place filter. */
  readonly places: readonly ClientPlace[];
}

const VERSION = 2;

/**
 * The browser's view of validated events (in time order), with their dates formatted by `formatDate`, and of the
 * gazetteer's `places` (named in the edition's language) that they name.
 */
export function toClientTimeline(
  events: readonly TimelineEvent[],
  lanes: readonly Lane[],
  formatDate: (date: TimelineDate) => string,
  places: readonly Place[] = [],
): ClientTimeline {
  const actors = [...new Set(events.flatMap((event) => event.actors))].sort((a, b) => a.localeCompare(b, 'en'));
  const named = new Set(events.flatMap((event) => event.places));
  const clientPlaces = places.filter((place) => named.has(place.id)).map(({ id, name }) => ({ id, name }));
  const known = new Set(clientPlaces.map((place) => place.id));
  return {
    lanes: lanes.map(({ id, label, colour }) => ({ id, label, colour })),
    actors,
    places: clientPlaces,
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      date: event.date,
      lane: event.lane,
      dateText: formatDate(event.date),
      actors: event.actors,
      places: event.places.filter((id) => known.has(id)),
    })),
  };
}

/**
 * The payload as JSON that is safe inside `<script type="application/json">`: no `<` can close the element.
 * @example encodeClientTimeline(timeline) // '{"v":1,"lanes":[["military","Military","#b3412f"]],…}'
 */
export function encodeClientTimeline(timeline: ClientTimeline): string {
  const laneIndex = new Map(timeline.lanes.map((lane, i) => [lane.id, i]));
  const actorIndex = new Map(timeline.actors.map((actor, i) => [actor, i]));
  const placeIndex = new Map(timeline.places.map((place, i) => [place.id, i]));
  const wire = {
    v: VERSION,
    lanes: timeline.lanes.map((lane) => [lane.id, lane.label, lane.colour]),
    actors: timeline.actors,
    places: timeline.places.map((place) => [place.id, place.name]),
    events: timeline.events.map((event) => [
      event.id,
      event.title,
      laneIndex.get(event.lane) ?? -1,
      event.dateText,
      event.date.edtf,
      event.actors.map((actor) => actorIndex.get(actor) ?? -1),
      event.places.map((id) => placeIndex.get(id) ?? -1),
    ]),
  };
  return JSON.stringify(wire).replace(/</g, '\\u003c');
}

/** The payload back from its JSON, or undefined when anything in it is not as encodeClientTimeline writes it. */
export function decodeClientTimeline(text: string): ClientTimeline | undefined {
  let wire: unknown;
  try {
    wire = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(wire) || wire['v'] !== VERSION) return undefined;
  const { lanes: laneRows, actors, places: placeRows, events: eventRows } = wire;
  if (!Array.isArray(laneRows) || !Array.isArray(actors) || !Array.isArray(eventRows)) return undefined;
  if (!Array.isArray(placeRows) || !actors.every((actor) => typeof actor === 'string')) return undefined;

  const lanes: Lane[] = [];
  for (const row of laneRows) {
    if (!Array.isArray(row) || row.length !== 3 || !row.every((cell) => typeof cell === 'string')) return undefined;
    const [id, label, colour] = row as [string, string, string];
    lanes.push({ id, label, colour });
  }
  const places: ClientPlace[] = [];
  for (const row of placeRows) {
    if (!Array.isArray(row) || row.length !== 2 || !row.every((cell) => typeof cell === 'string')) return undefined;
    const [id, name] = row as [string, string];
    places.push({ id: id as PlaceId, name });
  }
  const events: ClientEvent[] = [];
  for (const row of eventRows) {
    const event = decodeEvent(row, lanes, actors as string[], places);
    if (event === undefined) return undefined;
    events.push(event);
  }
  return { lanes, actors: actors as string[], events, places };
}

function decodeEvent(
  row: unknown,
  lanes: readonly Lane[],
  actors: readonly string[],
  places: readonly ClientPlace[],
): ClientEvent | undefined {
  if (!Array.isArray(row) || row.length !== 7) return undefined;
  const [id, title, laneIndex, dateText, edtf, actorIndexes, placeIndexes] = row as unknown[];
  if (typeof id !== 'string' || typeof title !== 'string' || typeof dateText !== 'string') return undefined;
  if (typeof laneIndex !== 'number' || typeof edtf !== 'string' || !Array.isArray(actorIndexes)) return undefined;
  if (!Array.isArray(placeIndexes)) return undefined;
  const lane = lanes[laneIndex];
  const date = readTimelineDate(edtf);
  const eventActors = actorIndexes.map((index) => (typeof index === 'number' ? actors[index] : undefined));
  const eventPlaces = placeIndexes.map((index) => (typeof index === 'number' ? places[index]?.id : undefined));
  if (lane === undefined || date === undefined || eventActors.some((actor) => actor === undefined)) return undefined;
  if (eventPlaces.some((place) => place === undefined)) return undefined;
  const event = { id: id as EventId, title, date, lane: lane.id, dateText, actors: eventActors as string[] };
  return { ...event, places: eventPlaces as PlaceId[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
