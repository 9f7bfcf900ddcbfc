import { csvFormatRow } from 'd3-dsv';
import type { Timeline } from '../timeline-model.ts';
import { toEventsJson, type CitationRecord, type EventRecord, type ExportOptions } from './events-json.ts';
import { toSpreadsheetSafe } from './spreadsheet-safe.ts';

/** The separator of the list columns (`actors`, `places`). */
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
  'summary',
  'note',
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
 * - `actors`, `places`: lists joined with "; ";
 * - `summary` (Markdown), `note` (empty when there is none);
 * - `citation_count`, then for n = 1 up to the largest count in the timeline: `citation_<n>_article`,
 *   `citation_<n>_article_url`, `citation_<n>_quote`, `citation_<n>_passage`, `citation_<n>_stance`,
 *   `citation_<n>_claimant`, `citation_<n>_paragraph_id`, `citation_<n>_passage_url` (empty past the event's own
 *   count; an empty claimant is a fact).
 */
export function toEventsCsv(timeline: Timeline, options: ExportOptions): string {
  const { events } = toEventsJson(timeline, options);
  const mostCitations = Math.max(0, ...events.map((event) => event.citations.length));
  const header = [...EVENT_COLUMNS, ...citationColumns(mostCitations)];
  const rows = events.map((event) =>
    [...eventCells(event), ...citationCells(event.citations, mostCitations)].map(toSpreadsheetSafe),
  );
  return [header, ...rows].map((row) => csvFormatRow(row)).join('\r\n') + '\r\n';
}

function citationColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    CITATION_FIELDS.map(([column]) => `citation_${i + 1}_${column}`),
  ).flat();
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
    event.places.join(CSV_LIST_SEPARATOR),
    event.summary,
    event.note ?? '',
    String(event.citations.length),
  ];
}

function citationCells(citations: readonly CitationRecord[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const citation = citations[i];
    return CITATION_FIELDS.map(([, key]) => (citation === undefined ? '' : (citation[key] ?? '')));
  }).flat();
}
