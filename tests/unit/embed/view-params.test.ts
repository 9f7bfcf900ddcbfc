import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import {
  DEFAULT_VIEW_PARAMS,
  parseViewParams,
  serializeViewParams,
  viewDatesOf,
  viewWindowOf,
  withEmbedMap,
  type ViewParams,
  type ViewParamsAllowList,
} from '../../../src/lib/embed/view-params.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';
import { seededRandom } from '../layout/layout-invariants.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let allowed: ViewParamsAllowList;
let eventIds: string[];
let placeIds: string[];
beforeAll(async () => {
  const timeline = await loadTimeline(LAYOUT_SITE);
  eventIds = timeline.events.map((event) => event.id);
  placeIds = timeline.places.map((place) => place.id);
  allowed = {
    eventIds: new Set(eventIds),
    laneIds: timeline.config.lanes.map((lane) => lane.id),
    domain: { from: day(1988), to: day(2024, 1, 2) },
    placeIds: new Set(placeIds),
  };
});

const parse = (search: string) => parseViewParams(search, allowed);
const canonical = (search: string) => serializeViewParams(parse(search));

describe('parseViewParams()', () => {
  it('reads the window, the selected event, lanes, theme and title', () => {
    const view = parse(
      '?from=2020-01&to=2023-12&event=e10-diplomacy-2020-11-10&lanes=military,diplomacy&theme=dark&title=0',
    );
    expect(view).toMatchObject({
      from: { precision: 'month', year: 2020, month: 1, edtf: '2020-01' },
      to: { precision: 'month', year: 2023, month: 12 },
      event: 'e10-diplomacy-2020-11-10',
      lanes: ['military', 'diplomacy'],
      theme: 'dark',
      title: false,
    });
  });

  it('reads years, months and days, with or without the question mark, or from URLSearchParams', () => {
    expect(parse('from=1992').from).toMatchObject({ precision: 'year', year: 1992 });
    expect(parse('from=2020-11-10').from).toMatchObject({ precision: 'day', year: 2020, month: 11, day: 10 });
    expect(parseViewParams(new URLSearchParams({ to: '2023-09' }), allowed).to).toMatchObject({
      precision: 'month',
      month: 9,
    });
  });

  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_VIEW_PARAMS);
    expect(parse('?')).toEqual(DEFAULT_VIEW_PARAMS);
  });

  it('ignores unknown events and lanes, keeping the known lanes in config order', () => {
    expect(parse('event=no-such-event').event).toBeUndefined();
    expect(parse('lanes=diplomacy,weather,military,diplomacy').lanes).toEqual(['military', 'diplomacy']);
    expect(parse('lanes=weather').lanes).toBeUndefined();
    expect(parse('lanes=').lanes).toBeUndefined();
  });

  it('treats every lane listed as the default, so a view has one spelling', () => {
    expect(parse('lanes=humanitarian,politics,diplomacy,military').lanes).toBeUndefined();
  });

  it('ignores impossible, malformed and far-off dates', () => {
    for (const bad of [
      '2023-02-30',
      '2023-13',
      '2023-00',
      '20',
      '02020',
      '2020-1',
      '2020-01-1',
      '1066',
      '9999',
      '2020-01-01T00:00',
      '2020~',
      '2020/2021',
      '+2020',
      ' 2020',
    ]) {
      expect(parse(`from=${encodeURIComponent(bad)}`).from, bad).toBeUndefined();
    }
    // A year either side of the timeline is still near enough to open.
    expect(parse('from=1987').from).toBeDefined();
    expect(parse('to=2025').to).toBeDefined();
  });

  it('drops both ends when from is after to', () => {
    const view = parse('from=2023&to=2020-06');
    expect(view.from).toBeUndefined();
    expect(view.to).toBeUndefined();
    expect(parse('from=2020-06&to=2020').from).toBeDefined();
  });

  it('rejects hostile input without throwing', () => {
    const hostile = [
      'event=<script>alert(1)</script>',
      'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'from=<script>&to=javascript:alert(1)',
      'lanes=<img src=x onerror=alert(1)>,military',
      'theme=dark"><script>',
      'title=1<script>',
      'from=99999999999999999999&to=1e308',
      'from=-2020&to=NaN',
      'event=__proto__&lanes=constructor,__proto__',
      `event=${'a'.repeat(100_000)}`,
      `lanes=${'military,'.repeat(10_000)}`,
      '%E0%A4%A&from=%',
      '&&&==&from&to=&event',
      'from=2020&from=<script>',
    ];
    for (const search of hostile) {
      const view = parse(search);
      const text = serializeViewParams(view);
      expect(text, search).not.toMatch(/[<>"']|script|alert|proto/);
    }
    expect(parse('lanes=<img src=x onerror=alert(1)>,military').lanes).toEqual(['military']);
    expect(parse('theme=dark"><script>').theme).toBe('auto');
    expect(parse('title=1<script>').title).toBe(true);
  });

  it('ignores values that are too long', () => {
    expect(parse(`event=${eventIds[0] ?? ''}${'-x'.repeat(200)}`).event).toBeUndefined();
  });

  it('uses the first of repeated parameters', () => {
    expect(parse('theme=dark&theme=light').theme).toBe('dark');
  });

  it('reads a known place as the place filter and ignores unknown or malformed ones', () => {
    expect(placeIds.length).toBeGreaterThan(1);
    expect(parse(`place=${placeIds[1] ?? ''}`).place).toBe(placeIds[1]);
    expect(parse('place=no-such-place').place).toBeUndefined();
    expect(parse('place=Place-A').place).toBeUndefined();
    expect(parse('place=<script>').place).toBeUndefined();
    expect(parse(`place=${eventIds[0] ?? ''}`).place).toBeUndefined();
  });

  it('reads no place filter without a list of places to check it against', () => {
    const { placeIds: _, ...withoutPlaces } = allowed;
    expect(parseViewParams(`place=${placeIds[0] ?? ''}`, withoutPlaces).place).toBeUndefined();
  });

  it('shows the map in an embed only for map=1', () => {
    expect(parse('map=1').map).toBe(true);
    for (const other of ['map=0', 'map=true', 'map=', 'map=1<script>', ''])
      expect(parse(other).map, other).toBeUndefined();
  });

  it('accepts an array of event ids as the allow-list', () => {
    expect(parseViewParams(`event=${eventIds[3] ?? ''}`, { ...allowed, eventIds }).event).toBe(eventIds[3]);
  });
});

describe('serializeViewParams()', () => {
  it('writes parameters in a fixed order and leaves defaults out', () => {
    const view = parse(
      'map=1&title=0&theme=light&place=place-b&lanes=diplomacy,military&event=e32-diplomacy-2023-09-20&to=2023-12&from=2020-01',
    );
    expect(serializeViewParams(view)).toBe(
      'from=2020-01&to=2023-12&event=e32-diplomacy-2023-09-20&lanes=military,diplomacy&place=place-b&theme=light&title=0&map=1',
    );
    expect(serializeViewParams(DEFAULT_VIEW_PARAMS)).toBe('');
    expect(canonical('theme=auto&title=1')).toBe('');
  });

  it('round-trips: serialize(parse(serialize(v))) === serialize(v) for views within the allow-list', () => {
    const random = seededRandom(7);
    const pick = <T>(values: readonly T[]): T | undefined => values[Math.floor(random() * values.length)];
    for (let i = 0; i < 500; i += 1) {
      const from = day(1988) + Math.floor(random() * 12_000);
      const to = Math.min(from + 1 + Math.floor(random() * 2000), allowed.domain.to);
      const dates = random() < 0.7 ? viewDatesOf({ from, to }) : undefined;
      const lanes = allowed.laneIds.filter(() => random() < 0.5);
      const event = random() < 0.5 ? pick(eventIds) : undefined;
      const place = random() < 0.5 ? pick(placeIds) : undefined;
      const view: ViewParams = {
        ...(dates === undefined ? {} : random() < 0.8 ? dates : { from: dates.from }),
        ...(event === undefined ? {} : { event: event as ViewParams['event'] & string }),
        ...(lanes.length === 0 || lanes.length === allowed.laneIds.length ? {} : { lanes }),
        ...(place === undefined ? {} : { place: place as ViewParams['place'] & string }),
        theme: pick(['light', 'dark', 'auto'] as const) ?? 'auto',
        title: random() < 0.5,
        ...(random() < 0.3 ? { map: true as const } : {}),
      };
      const text = serializeViewParams(view);
      expect(serializeViewParams(parse(text)), text).toBe(text);
      expect(parse(text)).toEqual(view);
    }
  });

  it('is stable after one parse for any query, however odd', () => {
    for (const search of [
      'from=2023&to=2020',
      'lanes=politics,military,politics&from=2020-02-29',
      'event=x&theme=DARK&title=yes',
      'to=2021-02-29',
    ]) {
      expect(canonical(canonical(search))).toBe(canonical(search));
    }
  });
});

describe('withEmbedMap()', () => {
  it('asks for the map last, once, and takes it away again, keeping the rest of the view', () => {
    expect(withEmbedMap('?from=2023&to=2023&event=x', true)).toBe('?from=2023&to=2023&event=x&map=1');
    expect(withEmbedMap('from=2023&map=1', true)).toBe('?from=2023&map=1');
    expect(withEmbedMap('?map=1&theme=dark', false)).toBe('?theme=dark');
    expect(withEmbedMap('', true)).toBe('?map=1');
    expect(withEmbedMap('?map=1', false)).toBe('');
    expect(withEmbedMap('?lanes=military,diplomacy&mapx=2', true)).toBe('?lanes=military,diplomacy&mapx=2&map=1');
  });

  it('gives a query the parser reads back with the map', () => {
    const search = withEmbedMap(`?${canonical('from=2020&to=2023&theme=dark')}`, true);
    expect(parse(search).map).toBe(true);
    expect(`?${canonical(search)}`).toBe(search);
  });
});

describe('viewWindowOf() and viewDatesOf()', () => {
  it('turns from and to into a window from the first day of one to the end of the other', () => {
    const view = parse('from=2020-01&to=2023-12');
    expect(viewWindowOf(view, allowed.domain)).toEqual({ from: day(2020), to: day(2024) });
    expect(viewWindowOf(parse('from=2022'), allowed.domain)).toEqual({ from: day(2022), to: allowed.domain.to });
    expect(viewWindowOf(parse(''), allowed.domain)).toBeUndefined();
  });

  it('writes a window as whole years, months or days, covering it', () => {
    expect(
      serializeViewParams({ ...DEFAULT_VIEW_PARAMS, ...viewDatesOf({ from: day(2020) + 0.3, to: day(2024) }) }),
    ).toBe('from=2020&to=2023');
    expect(
      serializeViewParams({ ...DEFAULT_VIEW_PARAMS, ...viewDatesOf({ from: day(2023, 6, 1), to: day(2023, 9, 15) }) }),
    ).toBe('from=2023-06&to=2023-09');
    expect(
      serializeViewParams({
        ...DEFAULT_VIEW_PARAMS,
        ...viewDatesOf({ from: day(2020, 11, 8.5), to: day(2020, 11, 10) + 0.2 }),
      }),
    ).toBe('from=2020-11-08&to=2020-11-10');
  });

  it('gives a window that covers the one written', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 200; i += 1) {
      const from = day(1988) + random() * 13_000;
      const to = from + 1 + random() * 3000;
      const window = viewWindowOf({ ...DEFAULT_VIEW_PARAMS, ...viewDatesOf({ from, to }) }, allowed.domain);
      expect(window?.from).toBeLessThanOrEqual(from);
      expect(window?.to).toBeGreaterThanOrEqual(to);
    }
  });
});
