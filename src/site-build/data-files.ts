import { toDatasetCsl } from '../lib/cite/index.ts';
import {
  EVENTS_SCHEMA,
  toEventsCsv,
  toEventsJson,
  toPlacesGeoJson,
  toSourcesBibliography,
  toSourcesJson,
  toTimelineJs,
} from '../lib/export/index.ts';
import type { CslItem } from '../lib/cite/index.ts';
import type { SiteData } from '../data/site-data.ts';
import type { MessageKey } from '../lib/i18n/catalogues.ts';

/** One file of the open data at /data/<name>: what it is, and how it is written from the timeline. */
export interface DataFile {
  readonly name: string;
  /** Catalogue keys: the data page shows each file's title and description in the page's language. */
  readonly title: MessageKey;
  readonly description: MessageKey;
  readonly mediaType: string;
  readonly render: (site: SiteData) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every open-data file, in the order the data page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: 'events.json',
    title: 'data.file.eventsJson.title',
    description: 'data.file.eventsJson.description',
    mediaType: 'application/json',
    render: ({ timeline, siteUrl, pageDates }) => json(toEventsJson(timeline, { siteUrl, pageDates })),
  },
  {
    name: 'events.schema.json',
    title: 'data.file.eventsSchemaJson.title',
    description: 'data.file.eventsSchemaJson.description',
    mediaType: 'application/schema+json',
    render: () => json(EVENTS_SCHEMA),
  },
  {
    name: 'events.csv',
    title: 'data.file.eventsCsv.title',
    description: 'data.file.eventsCsv.description',
    mediaType: 'text/csv',
    render: ({ timeline, siteUrl, pageDates }) => toEventsCsv(timeline, { siteUrl, pageDates }),
  },
  {
    name: 'places.geojson',
    title: 'data.file.placesGeojson.title',
    description: 'data.file.placesGeojson.description',
    mediaType: 'application/geo+json',
    render: ({ timeline, siteUrl, pageDates }) => json(toPlacesGeoJson(timeline, { siteUrl, pageDates })),
  },
  {
    name: 'sources.json',
    title: 'data.file.sourcesJson.title',
    description: 'data.file.sourcesJson.description',
    mediaType: 'application/json',
    render: ({ timeline, siteUrl }) => json(toSourcesJson(timeline, { siteUrl })),
  },
  {
    name: 'bibliography.bib',
    title: 'data.file.bibliographyBib.title',
    description: 'data.file.bibliographyBib.description',
    mediaType: 'application/x-bibtex',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'bibtex', { accessed: builtOn }),
  },
  {
    name: 'bibliography.ris',
    title: 'data.file.bibliographyRis.title',
    description: 'data.file.bibliographyRis.description',
    mediaType: 'application/x-research-info-systems',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'ris', { accessed: builtOn }),
  },
  {
    name: 'bibliography.json',
    title: 'data.file.bibliographyJson.title',
    description: 'data.file.bibliographyJson.description',
    mediaType: 'application/vnd.citationstyles.csl+json',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'csl-json', { accessed: builtOn }),
  },
  {
    name: 'timelinejs.json',
    title: 'data.file.timelinejsJson.title',
    description: 'data.file.timelinejsJson.description',
    mediaType: 'application/json',
    render: ({ timeline, siteUrl, events, text }) => {
      const html = new Map(events.map((event) => [event.id, event.summaryHtml]));
      return json(toTimelineJs(timeline, { siteUrl, summaryHtml: (event) => html.get(event.id) ?? '', text }));
    },
  },
];

/** The dataset as one citable item. */
export function datasetCsl(site: SiteData): CslItem {
  return toDatasetCsl(site.config, { url: site.urls.data(), issued: site.builtOn, accessed: site.builtOn });
}
