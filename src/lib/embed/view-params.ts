import { fromDayNumber } from '../dates/calendar-day.ts';
import {
  dayRangeOfDate,
  isRealPartialDate,
  readPartialDate,
  type DatePrecision,
  type PartialDate,
} from '../dates/partial-date.ts';
import type { DayWindow } from '../layout/time-axis.ts';
import type { EventId, PlaceId } from '../timeline-model.ts';

/**
 * The view in the URL: `?from=2020-01&to=2023-12&event=<id>&lanes=military,diplomacy&place=<id>&theme=dark&title=0`
 * (and, in an embed, `map=1`). Anyone can write a URL, so every value is checked against an allow-list (known events,
 * lanes and places, dates near the
 * timeline's range) and anything else is dropped, never thrown: a bad link opens the default view. Dates are read
 * with calendar-day.ts alone, not the EDTF parser, which browser code would otherwise have to carry (about 12 KB
 * gzip) for three fixed shapes: `2020`, `2020-01`, `2020-01-31`.
 */

/** The colour scheme an embed asks for; `auto` follows the reader's system. */
export type ViewTheme = 'light' | 'dark' | 'auto';

/** What a URL can say about the view. Absent fields mean the default: the full range, nothing selected, all lanes. */
export interface ViewParams {
  /** The first period shown (from its first day). */
  readonly from?: PartialDate;
  /** The last period shown (to its last day). */
  readonly to?: PartialDate;
  /** The selected event. */
  readonly event?: EventId;
  /** The lanes shown, in config order; absent when all are. */
  readonly lanes?: readonly string[];
  /** The place filter: only events at this place of the gazetteer. */
  readonly place?: PlaceId;
  readonly theme: ViewTheme;
  /** Whether an embed shows the timeline's title. */
  readonly title: boolean;
  /** Whether an embed shows the map of places under the timeline; absent (false) by default. */
  readonly map?: true;
}

/** What a URL may refer to. */
export interface ViewParamsAllowList {
  readonly eventIds: ReadonlySet<string> | readonly string[];
  /** In config order. */
  readonly laneIds: readonly string[];
  /** The days the timeline covers; dates further than a year outside it are ignored. */
  readonly domain: DayWindow;
  /** The gazetteer's place ids; without it no place filter is read. */
  readonly placeIds?: ReadonlySet<string> | readonly string[];
}

/** The view when the URL says nothing. */
export const DEFAULT_VIEW_PARAMS: ViewParams = { theme: 'auto', title: true };

// Longer than any real query; beyond it the rest is not read at all.
const MAX_QUERY_LENGTH = 2000;
// Room for a long list of lanes; an event id or a date is far shorter.
const MAX_VALUE_LENGTH = 500;
const DOMAIN_SLACK_DAYS = 366;
const THEMES: readonly ViewTheme[] = ['light', 'dark', 'auto'];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Read the view from a query string (with or without `?`) or URLSearchParams. Unknown parameters, unknown ids,
 * malformed or far-off dates, `from` after `to`, over-long values: each is ignored and its default kept.
 * @example parseViewParams('?from=2020-01&lanes=military,nonsense', allowed)
 *   // { from: { precision: 'month', year: 2020, month: 1, … }, lanes: ['military'], theme: 'auto', title: true }
 */
export function parseViewParams(search: string | URLSearchParams, allowed: ViewParamsAllowList): ViewParams {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH)) : search;
  } catch {
    return DEFAULT_VIEW_PARAMS;
  }
  const read = (name: string): string | undefined => {
    const value = params.get(name);
    return value === null || value.length > MAX_VALUE_LENGTH ? undefined : value;
  };

  let from = parseViewDate(read('from'), allowed.domain);
  let to = parseViewDate(read('to'), allowed.domain);
  if (from !== undefined && to !== undefined && firstDayNumber(from) > lastDayNumber(to)) {
    // A reversed window says nothing reliable about either end.
    from = undefined;
    to = undefined;
  }

  const eventText = read('event');
  const event = readId(eventText, allowed.eventIds) as EventId | undefined;
  const place = readId(read('place'), allowed.placeIds ?? []) as PlaceId | undefined;

  const laneText = read('lanes');
  const asked = new Set(laneText?.split(',') ?? []);
  const lanes = allowed.laneIds.filter((id) => asked.has(id));

  const themeText = read('theme');
  const theme = THEMES.find((name) => name === themeText) ?? DEFAULT_VIEW_PARAMS.theme;
  const titleText = read('title');
  const title = titleText === '0' ? false : titleText === '1' ? true : DEFAULT_VIEW_PARAMS.title;
  const map = read('map') === '1';

  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(event === undefined ? {} : { event }),
    // No lane, or every lane, is the default: leave it out so each view has one spelling.
    ...(lanes.length === 0 || lanes.length === allowed.laneIds.length ? {} : { lanes }),
    ...(place === undefined ? {} : { place }),
    theme,
    title,
    ...(map ? { map } : {}),
  };
}

/**
 * The view as a query string without `?`, parameters in a fixed order (from, to, event, lanes, place, theme, title,
 * map) and
 * defaults left out, so equal views give equal strings: serialize(parse(serialize(v))) === serialize(v).
 * @example serializeViewParams({ from: june2020, theme: 'dark', title: false }) // "from=2020-06&theme=dark&title=0"
 */
export function serializeViewParams(view: ViewParams): string {
  const parts: string[] = [];
  if (view.from !== undefined) parts.push(`from=${formatViewDate(view.from)}`);
  if (view.to !== undefined) parts.push(`to=${formatViewDate(view.to)}`);
  if (view.event !== undefined) parts.push(`event=${encodeURIComponent(view.event)}`);
  if (view.lanes !== undefined && view.lanes.length > 0) {
    parts.push(`lanes=${view.lanes.map(encodeURIComponent).join(',')}`);
  }
  if (view.place !== undefined) parts.push(`place=${encodeURIComponent(view.place)}`);
  if (view.theme !== DEFAULT_VIEW_PARAMS.theme) parts.push(`theme=${view.theme}`);
  if (view.title !== DEFAULT_VIEW_PARAMS.title) parts.push(`title=${view.title ? '1' : '0'}`);
  if (view.map === true) parts.push('map=1');
  return parts.join('&');
}

/** The window a view asks for in day numbers, from the first day of `from` to the end of `to`; undefined: full view. */
export function viewWindowOf(view: ViewParams, domain: DayWindow): DayWindow | undefined {
  if (view.from === undefined && view.to === undefined) return undefined;
  return {
    from: view.from === undefined ? domain.from : firstDayNumber(view.from),
    to: view.to === undefined ? domain.to : lastDayNumber(view.to) + 1,
  };
}

/**
 * The whole years, months or days that cover a window, for writing a zoomed view into the URL: years for windows
 * of two years or more, months for two months or more, days below that.
 * @example viewDatesOf({ from: 18262, to: 19723 }) // { from: 2020, to: 2023 }
 */
export function viewDatesOf(window: DayWindow): { from: PartialDate; to: PartialDate } {
  const first = fromDayNumber(Math.floor(window.from));
  const last = fromDayNumber(Math.max(Math.floor(window.from), Math.ceil(window.to) - 1));
  const days = window.to - window.from;
  const precision: DatePrecision = days >= 730 ? 'year' : days >= 60 ? 'month' : 'day';
  return {
    from: partialDate(first.year, first.month, first.day, precision),
    to: partialDate(last.year, last.month, last.day, precision),
  };
}

/**
 * How much taller a fixed-height embed's iframe is made when it shows the map of places, in px: the map under the
 * timeline is 360 px high, and its caption (the places beyond it, the borders' source) takes about 120 more.
 */
export const EMBED_MAP_HEIGHT = 480;

/**
 * An embed's query with the map of places asked for (`map=1`, last, as serializeViewParams writes it) or not.
 * @example withEmbedMap('?from=2023&to=2023', true) // '?from=2023&to=2023&map=1'
 */
export function withEmbedMap(search: string, map: boolean): string {
  // The rest of the query is kept as written: URLSearchParams would spell the lanes' commas %2C.
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !/^map(=|$)/.test(part));
  if (map) parts.push('map=1');
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

// An id as the URL gives it, when it is one of `known` (a Set or, for short lists, an array).
function readId(text: string | undefined, known: ReadonlySet<string> | readonly string[]): string | undefined {
  if (text === undefined || !ID_PATTERN.test(text)) return undefined;
  return ('has' in known ? known.has(text) : known.includes(text)) ? text : undefined;
}

function parseViewDate(text: string | undefined, domain: DayWindow): PartialDate | undefined {
  const read = text === undefined ? undefined : readPartialDate(text);
  // A view's bounds are plain days, months or years that exist: no qualifier, no year before 1.
  if (read === undefined || read.approximate || read.uncertain || !isRealPartialDate(read)) return undefined;
  const date = partialDate(read.year, read.month ?? 1, read.day ?? 1, read.precision);
  const near =
    lastDayNumber(date) >= domain.from - DOMAIN_SLACK_DAYS && firstDayNumber(date) < domain.to + DOMAIN_SLACK_DAYS;
  return near ? date : undefined;
}

function partialDate(year: number, month: number, day: number, precision: DatePrecision): PartialDate {
  const parts = {
    year,
    ...(precision === 'year' ? {} : { month }),
    ...(precision === 'day' ? { day } : {}),
  };
  return {
    kind: 'date',
    edtf: formatViewDate({ precision, ...parts }),
    precision,
    ...parts,
    approximate: false,
    uncertain: false,
  };
}

function formatViewDate(date: Pick<PartialDate, 'precision' | 'year' | 'month' | 'day'>): string {
  const pad = (n: number | undefined, width: number) => String(n ?? 1).padStart(width, '0');
  if (date.precision === 'year') return pad(date.year, 4);
  if (date.precision === 'month') return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function firstDayNumber(date: PartialDate): number {
  return dayRangeOfDate(date)[0];
}

function lastDayNumber(date: PartialDate): number {
  return dayRangeOfDate(date)[1];
}
