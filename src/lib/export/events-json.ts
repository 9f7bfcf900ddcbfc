import { createSiteUrls } from '../cite/site-urls.ts';
import { endOf, firstDayOf, lastDayOf, startOf, type DatePrecision, type TimelineDate } from '../dates/partial-date.ts';
import { formatTimelineDate, toDatetimeAttribute } from '../dates/format-date.ts';
import type { CalendarDay } from '../dates/calendar-day.ts';
import { correctionAnchors } from '../corrections/correction-anchor.ts';
import { dateModified } from '../corrections/date-modified.ts';
import { eventPageKey, NO_PAGE_DATES, type PageDatesLookup } from '../history/page-dates.ts';
import type { Place, PlaceKind, Stance, Timeline, TimelineEvent } from '../timeline-model.ts';

/**
 * `events.json`: every event with its date, lane and citations, in chronological order. The shape is stable and
 * described by EVENTS_SCHEMA (events-schema.ts): every key is always present, `null` where a value is absent.
 * Bump `version` on any change that could break a reader.
 */
export interface EventsJson {
  readonly version: 3;
  /** The timeline's title. */
  readonly title: string;
  /** The site's home page, absolute. */
  readonly url: string;
  readonly events: readonly EventRecord[];
}

/** One event as open data. */
export interface EventRecord {
  /** The permanent id: the event file's name. */
  readonly id: string;
  /** The event's page, absolute. */
  readonly url: string;
  readonly title: string;
  readonly date: EventDateRecord;
  readonly lane: { readonly id: string; readonly label: string };
  readonly actors: readonly string[];
  /** The gazetteer's places of the event, in the editors' order, with their coordinates. */
  readonly places: readonly PlaceRecord[];
  /** The neutral summary, in Markdown. */
  readonly summary: string;
  /** The editors' note on vague, conflicting or wrong sources; null if none. */
  readonly note: string | null;
  readonly citations: readonly CitationRecord[];
  /** The editors' corrections of the event, oldest first; empty when there are none. */
  readonly corrections: readonly CorrectionRecord[];
  /**
   * The day the event's page last changed (`YYYY-MM-DD`): the later of its last update and its newest correction;
   * null when neither is known.
   */
  readonly dateModified: string | null;
}

/** A place of the gazetteer where an event happened (see places.geojson for its reference and note). */
export interface PlaceRecord {
  /** The place's permanent id in the gazetteer. */
  readonly id: string;
  /** The name in the file's language, both forms where the name is political. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Decimal degrees, WGS 84. */
  readonly latitude: number;
  readonly longitude: number;
}

/** A correction of an event: what was wrong and when it was put right. */
export interface CorrectionRecord {
  /** The day of the correction, `YYYY-MM-DD`. */
  readonly date: string;
  /** The editors' words, in Markdown. */
  readonly text: string;
  /** The correction on the event's page, absolute. */
  readonly url: string;
}

/** An event's date, as EDTF and spelt out for readers who do not speak EDTF. */
export interface EventDateRecord {
  /** As the event file gives it (EDTF level 0 with the `~` and `?` qualifiers): `2023-06~`, `1992/1994-05-12`. */
  readonly edtf: string;
  readonly kind: 'date' | 'interval';
  /** How precisely the date is known; for an interval, the coarser of its two ends. */
  readonly precision: DatePrecision;
  /** The first bound at its own precision: `1992`, `2023-09`, `2020-11-10`. */
  readonly start: string;
  /** The last bound at its own precision; the same as `start` for a single date. */
  readonly end: string;
  /** The first calendar day the date may stand for (`2023-09` starts on `2023-09-01`), for sorting and plotting. */
  readonly firstDay: string;
  /** The last calendar day the date may stand for (`2023-09` ends on `2023-09-30`). */
  readonly lastDay: string;
  /** Whether either bound is approximate (`~`). */
  readonly approximate: boolean;
  /** Whether either bound is uncertain (`?`). */
  readonly uncertain: boolean;
  /** As the site shows it: `27 September – 10 November 2020 (44 days)`, `about June 2023`. */
  readonly display: string;
}

/** A verbatim passage of a source article that supports the event. */
export interface CitationRecord {
  /** The article's id (see sources.json). */
  readonly article: string;
  /** The article's page on this site, absolute. */
  readonly articleUrl: string;
  /** The quote as the editors gave it. */
  readonly quote: string;
  /** The article's own characters for the quote. */
  readonly passage: string;
  /** `fact`: the article states it; `claim`: the article attributes it to `claimant`. */
  readonly stance: Stance;
  readonly claimant: string | null;
  /** The id of the article paragraph holding the passage, e.g. `p7`. */
  readonly paragraphId: string;
  /** The article's page scrolled to the paragraph, with a text fragment that highlights the passage. */
  readonly passageUrl: string;
}

/** Where the open data is published: the absolute URL of the site, base path included. */
export interface ExportOptions {
  readonly siteUrl: string;
  /** When each page was published and updated (see src/lib/history); nothing is known without it. */
  readonly pageDates?: PageDatesLookup;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The timeline's events as `events.json` data (serialise with JSON.stringify). */
export function toEventsJson(timeline: Timeline, { siteUrl, pageDates = NO_PAGE_DATES }: ExportOptions): EventsJson {
  const urls = createSiteUrls(siteUrl);
  const laneLabels = new Map(timeline.config.lanes.map((lane) => [lane.id, lane.label]));
  const places = new Map(timeline.places.map((place) => [place.id, toPlaceRecord(place)]));
  const toRecord = (event: TimelineEvent): EventRecord => ({
    id: event.id,
    url: urls.event(event.id),
    title: event.title,
    date: toEventDateRecord(event.date),
    lane: { id: event.lane, label: laneLabels.get(event.lane) ?? event.lane },
    actors: [...event.actors],
    // The loader lets no event name a place the gazetteer lacks.
    places: event.places.map((id) => places.get(id)!),
    summary: event.summary,
    note: event.note ?? null,
    citations: event.citations.map((citation) => ({
      article: citation.article,
      articleUrl: urls.source(citation.article),
      quote: citation.quote,
      passage: citation.passage,
      stance: citation.stance,
      claimant: citation.claimant ?? null,
      paragraphId: citation.paragraphId,
      passageUrl: urls.passage(citation),
    })),
    corrections: correctionAnchors(event.corrections).map((anchor, i) => ({
      date: toIsoDay(event.corrections[i]!.date),
      text: event.corrections[i]!.text,
      url: `${urls.event(event.id)}#${anchor}`,
    })),
    dateModified: toIsoDayOrNull(dateModified(pageDates(eventPageKey(event.id)), event.corrections)),
  });
  return { version: 3, title: timeline.config.title, url: urls.home(), events: timeline.events.map(toRecord) };
}

/** A place as open data: its id, name, kind and point. */
export function toPlaceRecord({ id, name, kind, point }: Place): PlaceRecord {
  return { id, name, kind, latitude: point.latitude, longitude: point.longitude };
}

/** A timeline date spelt out as EventDateRecord. */
export function toEventDateRecord(date: TimelineDate): EventDateRecord {
  const start = startOf(date);
  const end = endOf(date);
  return {
    edtf: date.edtf,
    kind: date.kind,
    precision: RANK[start.precision] <= RANK[end.precision] ? start.precision : end.precision,
    start: toDatetimeAttribute(start),
    end: toDatetimeAttribute(end),
    firstDay: toIsoDay(firstDayOf(start)),
    lastDay: toIsoDay(lastDayOf(end)),
    approximate: start.approximate || end.approximate,
    uncertain: start.uncertain || end.uncertain,
    display: formatTimelineDate(date),
  };
}

function toIsoDayOrNull(day: CalendarDay | undefined): string | null {
  return day === undefined ? null : toIsoDay(day);
}

function toIsoDay({ year, month, day }: CalendarDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
