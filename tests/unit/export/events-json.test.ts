import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_SCHEMA, toEventDateRecord, toEventsJson } from '../../../src/lib/export/index.ts';
import { parseTimelineDate, type TimelineDate } from '../../../src/lib/dates/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';
// Formats ("uri") are documentation for readers here; the pattern checks that URLs are absolute.
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true, validateFormats: false }).compile(EVENTS_SCHEMA);

function parse(text: string): TimelineDate {
  const result = parseTimelineDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

let small: Timeline;
let layoutSite: Timeline;
beforeAll(async () => {
  [small, layoutSite] = await Promise.all([
    loadTimeline('tests/fixtures/small-site'),
    loadTimeline('tests/fixtures/layout-site'),
  ]);
});

describe('toEventsJson()', () => {
  it('validates against EVENTS_SCHEMA, for both fixtures, after a trip through JSON', () => {
    for (const timeline of [small, layoutSite]) {
      const data = JSON.parse(JSON.stringify(toEventsJson(timeline, { siteUrl: SITE_URL }))) as unknown;
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('is a schema that rejects a changed shape', () => {
    const data = structuredClone(toEventsJson(small, { siteUrl: SITE_URL })) as unknown as {
      events: Record<string, unknown>[];
    };
    data.events[0]!['extra'] = 1;
    expect(validate(data)).toBe(false);
    delete data.events[0]!['extra'];
    data.events[0]!['url'] = '/timeline/events/x/';
    expect(validate(data)).toBe(false);
  });

  it("gives each event's places with the gazetteer's id, name, kind and coordinates, in the editors' order", () => {
    const data = toEventsJson(layoutSite, { siteUrl: SITE_URL });
    for (const event of layoutSite.events) {
      const record = data.events.find((e) => e.id === event.id)!;
      expect(record.places.map((p) => p.id)).toEqual(event.places);
      for (const place of record.places) {
        const gazetteer = layoutSite.places.find((p) => p.id === place.id)!;
        expect(place).toEqual({
          id: gazetteer.id,
          name: gazetteer.name,
          kind: gazetteer.kind,
          latitude: gazetteer.point.latitude,
          longitude: gazetteer.point.longitude,
        });
      }
    }
    expect(data.events.some((e) => e.places.length > 1)).toBe(true);
  });

  it('carries a hostile place name as text: JSON gives it back unchanged, and the schema still validates', () => {
    const name = 'Portville</script><script>alert("x")</script>\u2028"; DROP';
    const timeline: Timeline = { ...small, places: small.places.map((place) => ({ ...place, name })) };
    const text = JSON.stringify(toEventsJson(timeline, { siteUrl: SITE_URL }));
    const data = JSON.parse(text) as { events: { places: { name: string }[] }[] };
    expect(data.events.flatMap((e) => e.places.map((p) => p.name))).toContain(name);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('lists every event in chronological order, with absolute URLs under the base path', () => {
    const data = toEventsJson(small, { siteUrl: SITE_URL });
    expect(data).toMatchObject({ version: 3, title: 'Harbour Bridge: a fixture timeline', url: SITE_URL });
    expect(data.events.map((e) => e.id)).toEqual(small.events.map((e) => e.id));
    const vote = data.events.find((e) => e.id === 'council-vote')!;
    expect(vote).toEqual({
      id: 'council-vote',
      url: 'https://example.org/timeline/events/council-vote/',
      title: 'Council approves the bridge',
      date: {
        edtf: '2021-03-02',
        kind: 'date',
        precision: 'day',
        start: '2021-03-02',
        end: '2021-03-02',
        firstDay: '2021-03-02',
        lastDay: '2021-03-02',
        approximate: false,
        uncertain: false,
        display: '2 March 2021',
      },
      lane: { id: 'council', label: 'Council' },
      actors: ['Town council'],
      places: [{ id: 'portville', name: 'Portville', kind: 'town', latitude: 46.35, longitude: 13.4 }],
      summary: 'The town council approved the **new** harbour bridge by seven votes to two.',
      note: 'The article says "on Tuesday"; 2 March 2021 was a Tuesday.',
      citations: [
        {
          article: 'gazette-2021-03-04',
          articleUrl: 'https://example.org/timeline/sources/gazette-2021-03-04/',
          quote: 'The town council on Tuesday approved the "new" harbour bridge',
          passage: 'The town council on Tuesday approved the “new” harbour bridge',
          stance: 'fact',
          claimant: null,
          paragraphId: vote.citations[0]!.paragraphId,
          passageUrl: `https://example.org/timeline/sources/gazette-2021-03-04/#${vote.citations[0]!.paragraphId}:~:text=The%20town%20council%20on%20Tuesday%20approved%20the%20%E2%80%9Cnew%E2%80%9D%20harbour%20bridge`,
        },
      ],
      corrections: [
        {
          date: '2026-11-20',
          text: 'An earlier version dated the vote 3 March 2021; it was on Tuesday 2 March. See the [council minutes](https://example.org/minutes).',
          url: 'https://example.org/timeline/events/council-vote/#correction-2026-11-20',
        },
        {
          date: '2026-11-30',
          text: 'An earlier version said the vote was *eight* to one; the article gives seven votes to two.',
          url: 'https://example.org/timeline/events/council-vote/#correction-2026-11-30',
        },
      ],
      dateModified: '2026-11-30',
    });
  });

  it('dates an event as modified on the later of its last update and its newest correction, null when neither is known', () => {
    const updated = { year: 2026, month: 12, day: 1 };
    const pageDates = (file: string) =>
      file === 'events/bridge-opens.md' || file === 'events/council-vote.md'
        ? { basis: 'history' as const, published: updated, updated }
        : { basis: 'unknown' as const };
    const events = toEventsJson(small, { siteUrl: SITE_URL, pageDates }).events;
    const modified = Object.fromEntries(events.map((e) => [e.id, e.dateModified]));
    expect(modified).toMatchObject({
      'bridge-opens': '2026-12-01',
      'council-vote': '2026-12-01',
      'ferry-closed': null,
    });
    expect(toEventsJson(small, { siteUrl: SITE_URL }).events.find((e) => e.id === 'council-vote')!.dateModified).toBe(
      '2026-11-30',
    );
  });

  it('gives null, not a missing key, where an event has no note or a citation no claimant', () => {
    const opens = toEventsJson(small, { siteUrl: SITE_URL }).events.find((e) => e.id === 'bridge-opens')!;
    expect(opens.note).toBeNull();
    expect(opens.citations.map((c) => [c.stance, c.claimant])).toEqual([
      ['fact', null],
      ['claim', 'Opponents of the bridge'],
    ]);
  });
});

describe(`toEventDateRecord() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  it('spells out partial dates with the days they may stand for', () => {
    expect(toEventDateRecord(parse('2023-09'))).toMatchObject({
      precision: 'month',
      start: '2023-09',
      end: '2023-09',
      firstDay: '2023-09-01',
      lastDay: '2023-09-30',
    });
    expect(toEventDateRecord(parse('1994'))).toMatchObject({
      start: '1994',
      firstDay: '1994-01-01',
      lastDay: '1994-12-31',
    });
    expect(toEventDateRecord(parse('2021-03~'))).toMatchObject({
      approximate: true,
      uncertain: false,
      display: 'about March 2021',
    });
  });

  it('gives an interval its bounds at their own precision and the coarser precision overall', () => {
    expect(toEventDateRecord(parse('1992/1994-05-12'))).toEqual({
      edtf: '1992/1994-05-12',
      kind: 'interval',
      precision: 'year',
      start: '1992',
      end: '1994-05-12',
      firstDay: '1992-01-01',
      lastDay: '1994-05-12',
      approximate: false,
      uncertain: false,
      display: '1992 – 12 May 1994',
    });
  });
});
