import { beforeAll, describe, expect, it } from 'vitest';
import { formatTimelineDate } from '../../src/lib/dates/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { LAYOUT_SITE } from './layout-site.ts';
import {
  decodeClientTimeline,
  encodeClientTimeline,
  toClientTimeline,
  type ClientTimeline,
} from '../../src/lib/timeline-payload.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';

let timeline: Timeline;
let client: ClientTimeline;
beforeAll(async () => {
  timeline = await loadTimeline(LAYOUT_SITE);
  client = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate, timeline.places);
});

describe('toClientTimeline()', () => {
  it('keeps per event only what the browser needs, with the date as readers read it', () => {
    const ceasefire = client.events.find((event) => event.id === 'e10-diplomacy-2020-11-10');
    expect(Object.keys(ceasefire ?? {}).sort()).toEqual([
      'actors',
      'date',
      'dateText',
      'id',
      'lane',
      'places',
      'title',
    ]);
    expect(ceasefire?.dateText).toBe('10 November 2020');
    expect(client.events.map((event) => event.id)).toEqual(timeline.events.map((event) => event.id));
  });

  it('lists every actor once, sorted, for the actor filter', () => {
    expect(client.actors).toContain('Actor E');
    expect(new Set(client.actors).size).toBe(client.actors.length);
    expect(client.actors).toEqual([...client.actors].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it("gives each event its places' ids, and the places some event names, by id with their names", () => {
    const withPlaces = timeline.events.filter((event) => event.places.length > 0);
    expect(withPlaces.length).toBeGreaterThan(0);
    for (const event of withPlaces) {
      expect(client.events.find((candidate) => candidate.id === event.id)?.places).toEqual(event.places);
    }
    const named = new Set(timeline.events.flatMap((event) => event.places));
    expect(client.places.map((place) => place.id)).toEqual(
      timeline.places.map((place) => place.id).filter((id) => named.has(id)),
    );
    expect(client.places[0]).toEqual({
      id: client.places[0]?.id,
      name: timeline.places.find((p) => p.id === client.places[0]?.id)?.name,
    });
  });

  it('leaves out places the gazetteer does not list (none given: no places at all)', () => {
    const bare = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate);
    expect(bare.places).toEqual([]);
    expect(bare.events.every((event) => event.places.length === 0)).toBe(true);
  });
});

describe('encodeClientTimeline() and decodeClientTimeline()', () => {
  it('round-trip the 37 events of the layout fixture exactly, dates and places included', () => {
    expect(decodeClientTimeline(encodeClientTimeline(client))).toEqual(client);
  });

  it('write JSON that cannot close its <script> element', () => {
    const hostile: ClientTimeline = {
      ...client,
      events: [{ ...client.events[0]!, title: '</script><script>alert(1)</script>' }],
    };
    const json = encodeClientTimeline(hostile);
    expect(json).not.toContain('<');
    expect(decodeClientTimeline(json)?.events[0]?.title).toBe('</script><script>alert(1)</script>');
  });

  it('give up on anything that is not what the encoder writes, without throwing', () => {
    const good = JSON.parse(encodeClientTimeline(client)) as { events: unknown[][] };
    const damaged = [
      '',
      'not json',
      'null',
      '[]',
      '{"v":1,"lanes":[],"actors":[],"events":[]}',
      '{"v":3,"lanes":[],"actors":[],"places":[],"events":[]}',
      JSON.stringify({ ...good, places: undefined }),
      JSON.stringify({ ...good, places: [['place-a']] }),
      JSON.stringify({ ...good, events: [['id', 'title', 99, '1988', '1988', [], []]] }),
      JSON.stringify({ ...good, events: [['id', 'title', 0, '1988', '1988-13', [], []]] }),
      JSON.stringify({ ...good, events: [['id', 'title', 0, '1988', '1988', [9999], []]] }),
      JSON.stringify({ ...good, events: [['id', 'title', 0, '1988', '1988', [], [9999]]] }),
      JSON.stringify({ ...good, events: [['id', 'title', 0, '1988', '1988', []]] }),
      JSON.stringify({ ...good, events: [['id', 'title', 0, '1988']] }),
    ];
    for (const text of damaged) expect(decodeClientTimeline(text), text).toBeUndefined();
  });
});
