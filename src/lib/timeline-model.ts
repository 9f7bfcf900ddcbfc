import type { CalendarDay } from './dates/calendar-day.ts';
import type { PartialDate, TimelineDate } from './dates/partial-date.ts';
import type { OptionalHtmlElement } from './markup/markdown-problems.ts';
import type { ReaderListSetting } from './reader-list-form.ts';

/**
 * The validated timeline: what every page, export and test works from. Plain data only (no classes, no Dates),
 * so Astro's data store and the browser can hold it as it is.
 */

declare const brand: unique symbol;
/** An article's permanent id: its file name without `.md`. */
export type ArticleId = string & { readonly [brand]: 'ArticleId' };
/** An event's permanent id: its file name without `.md`. */
export type EventId = string & { readonly [brand]: 'EventId' };
/** A place's permanent id, from the gazetteer (`content/places.yaml`). */
export type PlaceId = string & { readonly [brand]: 'PlaceId' };

/** What a place is; the map draws each kind with its own mark. */
export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'checkpoint',
  'bridge',
  'site',
  'district',
  'region',
  'country',
  'route',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A point on the Earth in decimal degrees (WGS 84), as the gazetteer gives it. */
export interface GeoPoint {
  /** -90 to 90, north positive. */
  readonly latitude: number;
  /** -180 to 180, east positive. */
  readonly longitude: number;
}

/** The public reference a place's coordinates were taken from. */
export interface PlaceReference {
  readonly title: string;
  readonly url?: string;
}

/** The kinds of place that are areas (a shape of them is a polygon) and lines (a route). */
export const AREA_KINDS: readonly PlaceKind[] = ['district', 'region', 'country'];
export const LINE_KINDS: readonly PlaceKind[] = ['route'];

/** GeoJSON geometry (RFC 7946: [longitude, latitude] positions) of an area or a route. */
export type ShapeGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly [number, number])[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly (readonly [number, number])[])[])[];
    }
  | { readonly type: 'LineString'; readonly coordinates: readonly (readonly [number, number])[] }
  | { readonly type: 'MultiLineString'; readonly coordinates: readonly (readonly (readonly [number, number])[])[] };

/** An area's outline or a route's line, from `shapes/<place-id>.geojson`, with the source it was drawn from. */
export interface PlaceShape {
  readonly geometry: ShapeGeometry;
  readonly source: PlaceReference;
  /** The file, for messages and the data's provenance. */
  readonly file: string;
}

/** A place of the gazetteer: events name it by id; the map draws it at its point. */
export interface Place {
  readonly id: PlaceId;
  /** The display name, both forms where the name is political ("Stepanakert/Khankendi"). */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Where the map draws it: a city's centre, a region's or a route's representative point. */
  readonly point: GeoPoint;
  readonly reference: PlaceReference;
  /** Editors' note on the place or its coordinates (Markdown). */
  readonly note?: string;
  /** Its outline (an area) or line (a route), when the content folder has one. */
  readonly shape?: PlaceShape;
  /** Set by translateTimeline() when the name is not translated: the language it is in (the original). */
  readonly textLanguage?: string;
}

/** A group of events drawn and filtered together (military, diplomacy, …), declared once in the site config. */
export interface Lane {
  readonly id: string;
  readonly label: string;
  /** A CSS colour. Always shown together with the label, never alone. */
  readonly colour: string;
}

/** A named period the timeline and its snapshots can open on. */
export interface Era {
  readonly id: string;
  readonly label: string;
  readonly from: PartialDate;
  readonly to: PartialDate;
}

/** Site-wide settings from `content/timeline.yaml`. */
export interface TimelineConfig {
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  readonly language: string;
  readonly publisher: string;
  readonly credit: string;
  readonly sourceBalance?: string;
  /** The licence of the site's own work (summaries, notes, data); quoted excerpts stay their publishers'. */
  readonly license?: { readonly name: string; readonly url: string };
  readonly lanes: readonly Lane[];
  readonly eras: readonly Era[];
  /** Show only cited paragraphs on source pages, for deployments without the right to reproduce whole articles. */
  readonly citedParagraphsOnly: boolean;
  /** Draw a 1200×630 share card per event (off for very large timelines, where it costs build time). */
  readonly eventSnapshots: boolean;
  /** How the home page lists events below the timeline: see `readerListForm`. */
  readonly readerList: ReaderListSetting;
  /** HTML elements editors may write in summaries, notes and about.md, beyond plain Markdown (still sanitised). */
  readonly allowHtml: readonly OptionalHtmlElement[];
  /** Set by translateTimeline() when the texts above are not translated: the language they are in (the original). */
  readonly textLanguage?: string;
}

/**
 * A correction the editors made to a page: a fact, a date, an attribution, a quote or a name that changes meaning was
 * wrong. Typos and formatting are fixed without one (see the README's corrections section).
 */
export interface Correction {
  /** The day the page was corrected (not the day of the event). */
  readonly date: CalendarDay;
  /** The editors' words on what was wrong and what is right, in Markdown ("An earlier version said …; it was …"). */
  readonly text: string;
  /** Set by translateTimeline() when the text is not translated: the language it is in (the original). */
  readonly textLanguage?: string;
}

/** One block of an article's text, as the article file holds it. */
export interface ArticleBlock {
  /** `paragraph`: running text; `heading`: a cross-head or the headline of a stitched second piece; `break`: the
   *  seam between two articles published as one page. */
  readonly kind: 'paragraph' | 'heading' | 'break';
  /** Stable anchor on the source page (`p1`, `p2`, …), counted over paragraphs and headings; none for breaks. */
  readonly id?: string;
  /** The verbatim text (for a heading, without the `## ` marker). */
  readonly text: string;
}

/** A source article, reproduced verbatim paragraph by paragraph. */
export interface Article {
  readonly id: ArticleId;
  /** The file it came from, relative to the working directory, for messages. */
  readonly file: string;
  readonly title: string;
  /** Present where the title was supplied by the editors because the text had none. */
  readonly titleNote?: string;
  readonly outlet: string;
  readonly outletNote: string;
  readonly perspective: string;
  readonly published: PartialDate;
  readonly publishedBasis: 'stated' | 'inferred';
  readonly publishedNote: string;
  readonly dateline?: string;
  readonly language: string;
  readonly seed: string;
  /** The original address, only where it is really known. */
  readonly url?: string;
  readonly furnitureRemoved?: string;
  readonly stitchedNote?: string;
  /** Corrections of the source page (its notes, title, metadata), oldest first; empty when there are none. */
  readonly corrections: readonly Correction[];
  readonly blocks: readonly ArticleBlock[];
  /** The editors' own dates of this site's page (frontmatter), winning over the content history. */
  readonly pagePublished?: CalendarDay;
  readonly pageUpdated?: CalendarDay;
  /** Set by translateTimeline() when the editors' notes are not translated: the language they are in (the original). */
  readonly notesLanguage?: string;
}

/** How a source presents what a citation supports. */
export type Stance = 'fact' | 'claim';

/** Where a quote stands in a text: [start, end) character offsets into the original text. */
export interface QuoteRange {
  readonly start: number;
  readonly end: number;
}

/** A verbatim passage of an article that supports an event, resolved to the paragraph that holds it. */
export interface Citation {
  readonly article: ArticleId;
  /** The quote as the event file gives it. */
  readonly quote: string;
  /** The article's own characters for the quoted passage (typographic quotes and all). */
  readonly passage: string;
  readonly stance: Stance;
  /** Who makes the claim, when stance is `claim`. */
  readonly claimant?: string;
  /** The id of the paragraph holding the passage, e.g. `p7`. */
  readonly paragraphId: string;
  /** Where the passage stands in that paragraph's text. */
  readonly range: QuoteRange;
  /** In a translated edition, the editors' translation of the quote, shown beside it (the quote stays verbatim). */
  readonly translation?: string;
}

/** A curated event. */
export interface TimelineEvent {
  readonly id: EventId;
  readonly file: string;
  readonly title: string;
  readonly date: TimelineDate;
  readonly lane: string;
  readonly actors: readonly string[];
  /** Ids of the gazetteer's places (Timeline.places), in the editors' order. */
  readonly places: readonly PlaceId[];
  readonly citations: readonly Citation[];
  /** Editor's note: where sources are vague, disagree or are wrong, and the reference checked. */
  readonly note?: string;
  /** The neutral summary, in Markdown. */
  readonly summary: string;
  /** Set on a draft (`status: draft`), which only `npm run dev` shows; published events never carry it. */
  readonly draft?: true;
  /** The editors' own dates of this site's page (frontmatter), winning over the content history. */
  readonly pagePublished?: CalendarDay;
  readonly pageUpdated?: CalendarDay;
  /** Corrections of the event, oldest first (two of one day in file order); empty when there are none. */
  readonly corrections: readonly Correction[];
  /** Set by translateTimeline() when the title and summary are not translated: the language they are in (the original). */
  readonly textLanguage?: string;
}

/** Everything a site is made of, cross-checked. Events are in chronological order. */
export interface Timeline {
  readonly config: TimelineConfig;
  /** The about page's own text (Markdown), from `content/about.md`; empty when there is none. */
  readonly about: string;
  readonly articles: readonly Article[];
  readonly events: readonly TimelineEvent[];
  /** The gazetteer (`content/places.yaml`), sorted by id; empty when the folder has none. */
  readonly places: readonly Place[];
  /** Events marked `status: draft`: checked, but not published (citations may be missing). */
  readonly drafts: readonly TimelineEvent[];
  /** The editions in other languages than `config.language`, sorted by language (see translateTimeline()). */
  readonly translations: readonly ContentTranslation[];
  /** Set by translateTimeline() when the about page is not translated: the language it is in (the original). */
  readonly aboutLanguage?: string;
}

/**
 * The editors' translation of a timeline into one more language, from `content/translations/<language>/`: only the
 * texts that are the editors' own (quotes stay verbatim, dates and lanes stay the original's). Plain data; what is
 * not here is shown in the original language.
 */
export interface ContentTranslation {
  /** A canonical BCP 47 tag (`ru`, `pt-BR`), the folder's name. */
  readonly language: string;
  /** The translated site texts of `timeline.yaml`; each may be missing. */
  readonly config: ConfigTranslation;
  /** The translated about page (Markdown), when there is one. */
  readonly about?: string;
  /** The translated events, by id; drafts' translations included. */
  readonly events: readonly EventTranslation[];
  /** The translated editors' notes on sources, by article id. */
  readonly articles: readonly ArticleTranslation[];
  /** Place names in this language (`translations/<language>/places.yaml`), by place id; missing ones stay the original's. */
  readonly places: Readonly<Record<string, string>>;
}

/** The site texts of `timeline.yaml` a translation may give. */
export interface ConfigTranslation {
  readonly title?: string;
  readonly shortTitle?: string;
  readonly description?: string;
  readonly publisher?: string;
  readonly credit?: string;
  readonly sourceBalance?: string;
  readonly licenseName?: string;
  /** Lane labels by lane id. */
  readonly lanes: Readonly<Record<string, string>>;
  /** Era labels by era id. */
  readonly eras: Readonly<Record<string, string>>;
}

/** One event's texts in another language. */
export interface EventTranslation {
  readonly id: EventId;
  /** The translation's file, for messages. */
  readonly file: string;
  readonly title: string;
  /** Markdown. */
  readonly summary: string;
  /** Present exactly when the original has a note. */
  readonly note?: string;
  /** One item per citation of the original, in its order: the editors' translation of the quote, where there is one. */
  readonly citations: readonly { readonly translation?: string }[];
  /** Each correction's text, in the model's order of the original's corrections (by date); empty when not translated. */
  readonly corrections: readonly string[];
}

/** The editors' notes on one source in another language (never the article's text). */
export interface ArticleTranslation {
  readonly id: ArticleId;
  readonly file: string;
  readonly titleNote?: string;
  readonly outletNote?: string;
  readonly perspective?: string;
  readonly publishedNote?: string;
  readonly furnitureRemoved?: string;
  readonly stitchedNote?: string;
}
