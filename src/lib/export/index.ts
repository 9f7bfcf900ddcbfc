export {
  toEventsJson,
  toEventDateRecord,
  toPlaceRecord,
  type EventsJson,
  type PlaceRecord,
  type EventRecord,
  type EventDateRecord,
  type CitationRecord,
  type ExportOptions,
} from './events-json.ts';
export { EVENTS_SCHEMA, type JsonSchema } from './events-schema.ts';
export { toEventsCsv, CSV_LIST_SEPARATOR } from './events-csv.ts';
export { toSourcesJson, type SourcesJson, type SourceRecord, type SourceCitationRecord } from './sources-json.ts';
export {
  toTimelineJs,
  toTimelineJsDate,
  type TimelineJsData,
  type TimelineJsDate,
  type TimelineJsEvent,
  type TimelineJsEra,
  type TimelineJsOptions,
  type TimelineJsSlide,
  type TimelineJsText,
} from './timelinejs.ts';
export { toPlacesGeoJson, type PlacesGeoJson, type PlaceFeature, type PlaceProperties } from './places-geojson.ts';
export { toSourcesBibliography } from './sources-bibliography.ts';
export { toSpreadsheetSafe, fromSpreadsheetSafe } from './spreadsheet-safe.ts';
