import { toDatasetCsl } from '../lib/cite/index.ts';
import {
  EVENTS_SCHEMA,
  toEventsCsv,
  toEventsJson,
  toSourcesBibliography,
  toSourcesJson,
  toTimelineJs,
} from '../lib/export/index.ts';
import type { CslItem } from '../lib/cite/index.ts';
import type { SiteData } from '../data/site-data.ts';

/** One file of the open data at /data/<name>: what it is, and how it is written from the timeline. */
export interface DataFile {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly mediaType: string;
  readonly render: (site: SiteData) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every open-data file, in the order the data page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: 'events.json',
    title: 'Events (JSON)',
    description:
      'Every event with its date (EDTF text, precision, first and last day, display text), lane, actors, places, summary (Markdown), editor’s note, citations (article, quote, the article’s own passage, stance, claimant, paragraph and links), corrections (date, the editors’ words, link) and the day its page last changed. Validates against events.schema.json.',
    mediaType: 'application/json',
    render: ({ timeline, siteUrl, pageDates }) => json(toEventsJson(timeline, { siteUrl, pageDates })),
  },
  {
    name: 'events.schema.json',
    title: 'JSON Schema of events.json',
    description: 'The documented shape of events.json (JSON Schema, draft 2020-12).',
    mediaType: 'application/schema+json',
    render: () => json(EVENTS_SCHEMA),
  },
  {
    name: 'events.csv',
    title: 'Events (CSV)',
    description:
      "One row per event (RFC 4180, UTF-8). Lists (actors, places) are joined with “; ”. Citations are in numbered columns: citation_1_article, citation_1_quote, citation_1_stance … up to the largest number of citations of any event; citation_count says how many an event has. Corrections follow the same way (correction_1_date, correction_1_text, correction_1_url …, counted by correction_count); date_modified is the day the event’s page last changed, empty when unknown. A cell that would start with =, +, -, @, a tab or a carriage return begins with a straight single quote ('), so that no spreadsheet runs it as a formula: remove that one quote to get the text.",
    mediaType: 'text/csv',
    render: ({ timeline, siteUrl, pageDates }) => toEventsCsv(timeline, { siteUrl, pageDates }),
  },
  {
    name: 'sources.json',
    title: 'Sources (JSON)',
    description:
      'Every source article’s metadata: outlet, what is known about it, publication date and how it was established, original address where known, and every passage the events cite.',
    mediaType: 'application/json',
    render: ({ timeline, siteUrl }) => json(toSourcesJson(timeline, { siteUrl })),
  },
  {
    name: 'bibliography.bib',
    title: 'Bibliography of the sources (BibTeX)',
    description:
      'Every source article as BibLaTeX entries (@article, the outlet as corporate author), for reference managers.',
    mediaType: 'application/x-bibtex',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'bibtex', { accessed: builtOn }),
  },
  {
    name: 'bibliography.ris',
    title: 'Bibliography of the sources (RIS)',
    description: 'Every source article as RIS records (CRLF line ends, dates as YYYY/MM/DD/).',
    mediaType: 'application/x-research-info-systems',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'ris', { accessed: builtOn }),
  },
  {
    name: 'bibliography.json',
    title: 'Bibliography of the sources (CSL-JSON)',
    description: 'Every source article as CSL-JSON, the input format of Zotero, Pandoc and citeproc.',
    mediaType: 'application/vnd.citationstyles.csl+json',
    render: ({ timeline, builtOn }) => toSourcesBibliography(timeline, 'csl-json', { accessed: builtOn }),
  },
  {
    name: 'timelinejs.json',
    title: 'TimelineJS data',
    description:
      'The events in TimelineJS3’s JSON format (start and end dates at their precision, headline and text with the quoted sources, lanes as groups, eras), to load into Knight Lab’s TimelineJS.',
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
