import { csvFormatRow } from 'd3-dsv';
import type { Timeline } from '../timeline-model.ts';
import {
  toEventsJson,
  type CitationRecord,
  type CorrectionRecord,
  type EventRecord,
  type ExportOptions,
} from './events-json.ts';
import { toSpreadsheetSafe } from './spreadsheet-safe.ts';

/** The separator of the list columns (`actors`, `places`, `place_names`, `coordinates`). */
export const CSV_LIST_SEPARATOR = '; ';

const EVENT_COLUMNS = [
  'id',
  'url',
  'title',
  'date_edtf',
  'date_kind',
  'date_precision',
  'date_start',
  'date_end',
  'date_first_day',
  'date_last_day',
  'date_approximate',
  'date_uncertain',
  'date_display',
  'lane_id',
  'lane_label',
  'actors',
  'places',
  'place_names',
  'coordinates',
  'summary',
  'note',
  'date_modified',
  'correction_count',
  'citation_count',
] as const;

const CITATION_FIELDS = [
  ['article', 'article'],
  ['article_url', 'articleUrl'],
  ['quote', 'quote'],
  ['passage', 'passage'],
  ['stance', 'stance'],
  ['claimant', 'claimant'],
  ['paragraph_id', 'paragraphId'],
  ['passage_url', 'passageUrl'],
] as const satisfies readonly (readonly [string, keyof CitationRecord])[];

const CORRECTION_FIELDS = [
  ['date', 'date'],
  ['text', 'text'],
  ['url', 'url'],
] as const satisfies readonly (readonly [string, keyof CorrectionRecord])[];

/**
 * `events.csv`: the events of events.json as one row per event, RFC 4180 (CRLF between records, fields quoted by
 * d3-dsv where needed), UTF-8 without a byte-order mark. A cell that a spreadsheet would run as a formula (one
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return) starts with a single quote (toSpreadsheetSafe).
 * Columns, in order:
 * - `id`, `url`, `title`;
 * - `date_edtf`, `date_kind`, `date_precision`, `date_start`, `date_end`, `date_first_day`, `date_last_day`,
 *   `date_approximate`, `date_uncertain`, `date_display`: the fields of events.json's `date` (booleans as
 *   `true`/`false`);
 * - `lane_id`, `lane_label`;
 * - `actors`, `places` (the gazetteer's ids, which `npm run import` reads back), `place_names` (the names, in the
 *   same order) and `coordinates` (`latitude,longitude` in decimal degrees, WGS 84, in the same order): lists
 *   joined with "; " (a cell starting with a negative latitude gets the leading quote like any other);
 * - `summary` (Markdown), `note` (empty when there is none);
 * - `date_modified` (`YYYY-MM-DD`, empty when unknown), `correction_count`;
 * - `citation_count`, then for n = 1 up to the largest count in the timeline: `citation_<n>_article`,
 *   `citation_<n>_article_url`, `citation_<n>_quote`, `citation_<n>_passage`, `citation_<n>_stance`,
 *   `citation_<n>_claimant`, `citation_<n>_paragraph_id`, `citation_<n>_passage_url` (empty past the event's own
 *   count; an empty claimant is a fact);
 * - then for n = 1 up to the most corrections of any event: `correction_<n>_date`, `correction_<n>_text`
 *   (Markdown), `correction_<n>_url`, oldest first.
 */
export function toEventsCsv(timeline: Timeline, options: ExportOptions): string {
  const { events } = toEventsJson(timeline, options);
  const mostCitations = Math.max(0, ...events.map((event) => event.citations.length));
  const mostCorrections = Math.max(0, ...events.map((event) => event.corrections.length));
  const header = [
    ...EVENT_COLUMNS,
    ...numberedColumns('citation', CITATION_FIELDS, mostCitations),
    ...numberedColumns('correction', CORRECTION_FIELDS, mostCorrections),
  ];
  const rows = events.map((event) =>
    [
      ...eventCells(event),
      ...numberedCells(event.citations, CITATION_FIELDS, mostCitations),
      ...numberedCells(event.corrections, CORRECTION_FIELDS, mostCorrections),
    ].map(toSpreadsheetSafe),
  );
  return [header, ...rows].map((row) => csvFormatRow(row)).join('\r\n') + '\r\n';
}

function numberedColumns(prefix: string, fields: readonly (readonly [string, string])[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => fields.map(([column]) => `${prefix}_${i + 1}_${column}`)).flat();
}

function eventCells(event: EventRecord): string[] {
  const { date, lane } = event;
  return [
    event.id,
    event.url,
    event.title,
    date.edtf,
    date.kind,
    date.precision,
    date.start,
    date.end,
    date.firstDay,
    date.lastDay,
    String(date.approximate),
    String(date.uncertain),
    date.display,
    lane.id,
    lane.label,
    event.actors.join(CSV_LIST_SEPARATOR),
    event.places.map((place) => place.id).join(CSV_LIST_SEPARATOR),
    event.places.map((place) => place.name).join(CSV_LIST_SEPARATOR),
    event.places.map((place) => `${place.latitude},${place.longitude}`).join(CSV_LIST_SEPARATOR),
    event.summary,
    event.note ?? '',
    event.dateModified ?? '',
    String(event.corrections.length),
    String(event.citations.length),
  ];
}

// Empty cells past the record's own count; a null (a fact's claimant) is an empty cell too.
function numberedCells<R extends object>(
  records: readonly R[],
  fields: readonly (readonly [string, keyof R])[],
  count: number,
): string[] {
  return Array.from({ length: count }, (_, i) => {
    const record = records[i];
    return fields.map(([, key]) => (record === undefined ? '' : String(record[key] ?? '')));
  }).flat();
}
