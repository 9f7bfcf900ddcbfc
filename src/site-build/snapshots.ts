import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { dayDate, dayRangeOfDate, formatTimelineDate, fromDayNumber } from '../lib/dates/index.ts';
import { layoutTimeline, type DayWindow } from '../lib/layout/index.ts';
import { renderTimelineSvg } from '../lib/layout/render-timeline-svg.ts';
import { textDirection } from '../lib/i18n/text-direction.ts';
import { composeSnapshot, locatorBand, SNAPSHOT_FONT_FAMILY } from '../lib/snapshot/compose-snapshot.ts';
import { SNAPSHOT_LOCATOR_SIZE, snapshotLocator } from '../lib/snapshot/snapshot-locator.ts';
import { countriesForProjection } from '../lib/map/load-countries.ts';
import { LIGHT } from '../lib/design-tokens.ts';
import type { Era, PlaceId, TimelineEvent } from '../lib/timeline-model.ts';
import { getSiteData, type SiteData } from '../data/site-data.ts';

/** One snapshot the build writes: `/snapshots/<name>.svg` and `.png`. */
export interface SnapshotSpec {
  readonly name: string;
  readonly title: string;
  readonly window?: DayWindow;
  readonly selectedId?: string;
  /** The period shown, as readers read it; by default the window's first and last day. */
  readonly rangeText?: string;
  /** Social cards are 1200×630; view snapshots are 1200 wide and as tall as they need. */
  readonly height?: number;
  /** The page the snapshot stands for. */
  readonly permalink: (site: SiteData) => string;
}

export const SNAPSHOT_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const CHART_WIDTH = 1120;

/** Every snapshot of an edition (`lang`, none for the original): the default view, each era, one card per event. */
export async function snapshotSpecs(lang?: string): Promise<SnapshotSpec[]> {
  const { config, events, text } = await getSiteData(lang);
  const first = events[0];
  const last = events.at(-1);
  const whole =
    first && last
      ? text.t('date.range', { start: formatTimelineDate(first.date, text), end: formatTimelineDate(last.date, text) })
      : '';
  return [
    { name: 'timeline', title: config.title, rangeText: whole, permalink: (site) => site.urls.home() },
    // The share card of every page that has no card of its own.
    {
      name: 'timeline-card',
      title: config.title,
      rangeText: whole,
      height: CARD_HEIGHT,
      permalink: (site) => site.urls.home(),
    },
    ...config.eras.map((era) => ({
      name: `era-${era.id}`,
      title: text.t('snapshot.eraTitle', { title: config.shortTitle, era: era.label }),
      rangeText: formatTimelineDate(
        {
          kind: 'interval',
          edtf: `${era.from.edtf}/${era.to.edtf}`,
          start: era.from,
          end: era.to,
        },
        text,
      ),
      window: eraWindow(era),
      permalink: (site: SiteData) => `${site.urls.home()}?from=${era.from.edtf}&to=${era.to.edtf}`,
    })),
    ...(config.eventSnapshots ? events : []).map((event) => ({
      name: `events/${event.id}`,
      title: event.title,
      window: eventWindow(event),
      selectedId: event.id,
      height: CARD_HEIGHT,
      permalink: (site: SiteData) => site.urls.event(event.id),
    })),
  ];
}

function eraWindow(era: Era): DayWindow {
  return { from: dayRangeOfDate(era.from)[0], to: dayRangeOfDate(era.to)[1] + 1 };
}

// An event in context: its own span and at least a year around it.
function eventWindow(event: TimelineEvent): DayWindow {
  const [first, last] = dayRangeOfDate(event.date);
  const margin = Math.max(183, (last - first) * 0.6);
  return { from: first - margin, to: last + 1 + margin };
}

/** The snapshot as SVG markup, in the edition `lang`. */
export async function snapshotSvg(spec: SnapshotSpec, lang?: string): Promise<string> {
  const site = await getSiteData(lang);
  const { config, events, lane, paths, article, builtOn, text } = site;
  const dayText = (day: number) => formatTimelineDate(dayDate(fromDayNumber(day)), text);
  const byId = new Map<string, TimelineEvent>(events.map((event) => [event.id, event]));
  const selected = spec.selectedId === undefined ? undefined : byId.get(spec.selectedId);
  // An event's card shows where it happened beside the drawing, which is then laid out narrower (not shrunk).
  const locator =
    selected === undefined
      ? undefined
      : snapshotLocator({
          places: selected.places.map(site.place),
          counts: placeCounts(events),
          href: (place) => site.urls.place(place.id),
          countries: countriesForProjection,
          t: text.t,
          tokens: LIGHT,
          fontFamily: SNAPSHOT_FONT_FAMILY,
        });
  const layout = layoutTimeline(events, config.lanes, {
    width: locator === undefined ? CHART_WIDTH : CHART_WIDTH - locatorBand(SNAPSHOT_LOCATOR_SIZE.width),
    monthNames: text.monthNames,
    textDirection: textDirection(config.language),
    ...(spec.window === undefined ? {} : { window: spec.window }),
    ...(spec.selectedId === undefined ? {} : { pinnedEventIds: [spec.selectedId] }),
    ...(spec.height === undefined ? {} : { maxRowsPerLane: 4 }),
  });
  const node = renderTimelineSvg(layout, {
    idPrefix: `snap-${spec.name.replace(/\W+/g, '-')}`,
    title: spec.title,
    text,
    eventOf: (id) => {
      const event = byId.get(id);
      return (
        event && {
          dateText: formatTimelineDate(event.date, text),
          href: paths.event(id),
          colour: lane(event.lane).colour,
        }
      );
    },
    clusterHref: () => paths.home(),
    selectedId: spec.selectedId,
  });
  const window = layout.window;
  const inView = events.filter((event) => {
    const [first, last] = dayRangeOfDate(event.date);
    return last >= window.from && first < window.to;
  });
  const outlets = [...new Set(inView.flatMap((event) => event.citations.map((c) => article(c.article).outlet)))];
  const windowText = text.t('date.range', {
    start: dayText(Math.ceil(window.from)),
    end: dayText(Math.floor(window.to) - 1),
  });
  const rangeText = selected
    ? text.t('snapshot.inContext', { date: formatTimelineDate(selected.date, text), window: windowText })
    : (spec.rangeText ?? windowText);
  return composeSnapshot(
    { node, width: layout.width, height: layout.height },
    {
      title: spec.title,
      rangeText,
      credit: config.credit,
      outlets: selected ? [...new Set(selected.citations.map((c) => article(c.article).outlet))] : outlets,
      permalink: spec.permalink(site),
      madeOn: text.t('snapshot.madeOn', {
        date: dayText(Math.round(Date.UTC(builtOn.year, builtOn.month - 1, builtOn.day) / 86_400_000)),
      }),
      direction: textDirection(config.language),
      ...(locator === undefined ? {} : { locator }),
    },
    { width: SNAPSHOT_WIDTH, ...(spec.height === undefined ? {} : { height: spec.height }) },
    text.t,
  );
}

// Events per place, as the site's maps count them.
function placeCounts(events: readonly TimelineEvent[]): Map<PlaceId, number> {
  const counts = new Map<PlaceId, number>();
  for (const event of events) for (const id of event.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

// The font ships with the site's dependencies; system fonts are never used, so every machine draws the same text.
const require = createRequire(join(process.cwd(), 'package.json'));
/** The snapshot font's files, by the name the site serves them under (/snapshots/fonts/<name>). */
export const SNAPSHOT_FONTS: Readonly<Record<string, string>> = {
  'source-sans-3-regular.ttf':
    require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
  'source-sans-3-bold.ttf': require.resolve('@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'),
  // Source Sans 3 has Latin, Greek and Cyrillic letters only: titles in Arabic or Armenian fall back to these
  // (resvg picks, letter by letter, a font of the list that has the glyph).
  'noto-sans-arabic-regular.ttf':
    require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  'noto-sans-arabic-bold.ttf':
    require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
  'noto-sans-armenian-regular.ttf':
    require.resolve('@expo-google-fonts/noto-sans-armenian/400Regular/NotoSansArmenian_400Regular.ttf'),
  'noto-sans-armenian-bold.ttf':
    require.resolve('@expo-google-fonts/noto-sans-armenian/700Bold/NotoSansArmenian_700Bold.ttf'),
};
const FONT_FILES = Object.values(SNAPSHOT_FONTS);

/** Rasterise snapshot SVG to PNG at `scale` times its size. */
export function rasteriseSnapshot(svgMarkup: string, scale = 1): Uint8Array {
  const resvg = new Resvg(svgMarkup, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: SNAPSHOT_FONT_FAMILY },
    fitTo: { mode: 'zoom', value: scale },
  });
  return resvg.render().asPng();
}
