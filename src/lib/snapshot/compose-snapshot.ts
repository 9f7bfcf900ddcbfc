import { createCharWidthMeasure } from '../layout/text-measure.ts';
import { svg, toSvgMarkup, type SvgNode } from '../layout/svg-markup.ts';
import { LIGHT } from '../design-tokens.ts';
import type { Translate } from '../i18n/translator.ts';

/**
 * A snapshot: a static image of one timeline view that carries its own context, because it travels without the
 * page around it (into a CMS, a social card, a slide). Title, date range, the drawing, credit line, the outlets
 * cited in view, the permalink and the day the snapshot was made are all drawn into the image itself.
 */

/** What a snapshot shows, besides the drawing. */
export interface SnapshotFrame {
  readonly title: string;
  /** "1988–2024", "27 September – 10 November 2020". */
  readonly rangeText: string;
  readonly credit: string;
  /** The outlets cited by the events in view. */
  readonly outlets: readonly string[];
  /** Where the view lives online. */
  readonly permalink: string;
  /** "Snapshot made 23 November 2026". */
  readonly madeOn: string;
  /** The page's direction: a right-to-left language sets its title, dates and credit from the right edge. */
  readonly direction?: 'ltr' | 'rtl';
  /** A small map of where the event happened, beside the drawing (after it in the reading direction). */
  readonly locator?: SnapshotLocator;
}

/** A locator map for a snapshot: standalone SVG markup of its own size, and the lines set under it. */
export interface SnapshotLocator {
  /** An `<svg>` whose every text is escaped already (renderPlaceMap), painted for a rasteriser. */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
  /** Under the map: the places beyond it, the borders' source. */
  readonly caption: readonly string[];
  /**
   * `beside` the drawing (a share card's small map; the default), or `below` it at its own size (a downloaded view's
   * overview map, in an image as tall as its content; with a fixed height it goes beside).
   */
  readonly placement?: 'beside' | 'below';
  /** CSS for a map that carries no colours of its own (one taken from the page, styled there by its stylesheet). */
  readonly style?: string;
}

/** The drawing to frame: a rendered timeline (as a tree, or as the markup of an SVG's children, which the
 *  browser has) and the size it was laid out at. */
export interface SnapshotChart {
  readonly node: SvgNode | { readonly markup: string };
  readonly width: number;
  readonly height: number;
}

/** The image's size; with `height` left out the image is as tall as its content. */
export interface SnapshotSize {
  readonly width: number;
  readonly height?: number;
}

/** The snapshot's font: shipped with the site and loaded by the rasteriser, so text renders the same everywhere. */
export const SNAPSHOT_FONT_FAMILY = 'Source Sans 3';

/** The space a locator map takes beside the drawing (its width and the gap), for laying the drawing out narrower. */
export function locatorBand(locatorWidth: number): number {
  return locatorWidth + LOCATOR_GAP;
}

// Where raw chart and map markup go; texts no title or label can contain.
const CHART_SLOT = '@@snapshot-chart@@';
const LOCATOR_SLOT = '@@snapshot-locator@@';
// The space between the drawing and the locator map, and the size of the lines under the map.
const LOCATOR_GAP = 24;
const CAPTION_SIZE = 13;
const PADDING = 40;
const TITLE_SIZE = 34;
const RANGE_SIZE = 20;
const FOOT_SIZE = 15;
const LINE = 1.25;

// The site's light theme (src/lib/design-tokens.ts), spelt out: a rasteriser knows no CSS custom properties.
const C = LIGHT;
const STYLE = `
text{font-family:'${SNAPSHOT_FONT_FAMILY}',sans-serif}
.tl-axis__rule,.tl-axis__tick{stroke:${C.text};stroke-width:1px}
.tl-axis__grid{stroke:${C.grid};stroke-width:1px}
.tl-axis__label{fill:${C.muted};font-size:11px}
.tl-axis__break{fill:${C.break}}
.tl-axis__zigzag{fill:none;stroke:${C.text};stroke-width:1.25px}
.tl-lane__rule{stroke:${C.rule}}
.tl-lane__label{fill:${C.muted};font-size:10.5px;font-weight:700;letter-spacing:0.06em}
.tl-mark__hit{fill:none;stroke:none}
.tl-mark__label{fill:${C.text};font-size:12px}
.tl-mark__open{stroke-width:2px;stroke-dasharray:2 2}
.tl-mark--selected .tl-mark__hit{fill:${C.selected}}
.tl-mark--selected .tl-mark__label{font-weight:700}
.tl-mark--selected .tl-mark__dot{stroke:${C.text};stroke-width:1.5px}
.tl-cluster__pill{fill:${C.surface};stroke-width:1.25px}
.tl-cluster__label{fill:${C.text};font-size:11px;font-weight:700}
.snap-title{fill:${C.text};font-size:${TITLE_SIZE}px;font-weight:700}
.snap-range{fill:${C.muted};font-size:${RANGE_SIZE}px}
.snap-foot{fill:${C.textSoft};font-size:${FOOT_SIZE}px}
.snap-foot-strong{fill:${C.text};font-size:${FOOT_SIZE}px;font-weight:700}
.snap-rule{stroke:${C.text};stroke-width:2px}
`;
// Only in an image with a locator map.
const LOCATOR_STYLE = `.snap-map-frame{fill:none;stroke:${C.rule};stroke-width:1px}
.snap-map-caption{fill:${C.textSoft};font-size:${CAPTION_SIZE}px}
`;

/** Break text into lines no wider than `width` at `size` px (a conservative measure, so nothing runs off). */
export function wrapText(text: string, width: number, size: number, maxLines = 3): string[] {
  const measure = createCharWidthMeasure(size, 1.05);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (measure(next) <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/**
 * The snapshot as standalone SVG markup: the frame's text above and below, the drawing scaled (never up) to the
 * space between. With a fixed height (a 1200×630 social card) the drawing shrinks to fit; without, it keeps its size.
 */
export function composeSnapshot(
  chart: SnapshotChart,
  frame: SnapshotFrame,
  size: SnapshotSize,
  /** The page's messages: the image's own words ("Sources: …") are in its language. */
  t: Translate,
  /** Extra CSS for the image, e.g. @font-face rules that embed the font in a downloaded SVG. */
  extraStyle = '',
): string {
  const inner = size.width - PADDING * 2;
  const titleLines = wrapText(frame.title, inner, TITLE_SIZE, 2);
  const headHeight = PADDING + titleLines.length * TITLE_SIZE * LINE + RANGE_SIZE * LINE + 16;

  const sources =
    frame.outlets.length === 0
      ? t('snapshot.sourcesNone')
      : t('snapshot.sources', { outlets: frame.outlets.join('; ') });
  const footLines = [
    { text: frame.credit, strong: true },
    ...wrapText(sources, inner, FOOT_SIZE, 3).map((text) => ({ text, strong: false })),
    { text: `${frame.permalink} · ${frame.madeOn}`, strong: false },
  ];
  const footHeight = 18 + footLines.length * FOOT_SIZE * LINE + PADDING * 0.75;

  // The locator takes the end of the drawing's band (the right, or the left in a right-to-left language), or goes
  // below the drawing in an image without a fixed height; its caption lines are wrapped to its width.
  const { locator } = frame;
  const below = locator?.placement === 'below' && size.height === undefined;
  const beside = locator !== undefined && !below;
  const mapScale = locator === undefined || !below ? 1 : Math.min(1, inner / locator.width);
  // Beside the drawing, the caption keeps to the map's width; below it, it has the whole width.
  const captionLines =
    locator === undefined
      ? []
      : locator.caption.flatMap((line) =>
          below ? wrapText(line, inner, CAPTION_SIZE, 3) : wrapText(line, locator.width, CAPTION_SIZE, 2),
        );
  const captionHeight = captionLines.length * CAPTION_SIZE * LINE + (captionLines.length > 0 ? 6 : 0);
  const chartSpace = beside ? inner - locator.width - LOCATOR_GAP : inner;
  // The gap above the map, the map, its caption, and room before the rule over the foot.
  const belowHeight = below ? LOCATOR_GAP + locator.height * mapScale + captionHeight + 8 : 0;

  // A fixed height (a card) shrinks the drawing to the band left between head and foot; without one, the band is as
  // tall as the drawing at its width (or the locator beside it with its caption, if taller).
  const widthScale = Math.min(1, chartSpace / chart.width);
  const available =
    size.height === undefined
      ? Math.max(chart.height * widthScale, beside ? locator.height + captionHeight : 0)
      : size.height - headHeight - footHeight;
  const scale = Math.min(widthScale, Math.max(available, 1) / chart.height);
  const chartWidth = chart.width * scale;
  const chartHeight = chart.height * scale;
  const height = size.height ?? Math.ceil(headHeight + available + belowHeight + footHeight);
  const chartTop = headHeight + Math.max(0, (available - chartHeight) / 2);
  const footTop = height - footHeight + 18;

  // Text lines start at the left edge, or end at the right one for a right-to-left language (the chart itself keeps
  // time running left to right in every language).
  const rtl = frame.direction === 'rtl';
  const chartLeft = PADDING + (rtl && beside ? locator.width + LOCATOR_GAP : 0);
  const map =
    locator === undefined
      ? []
      : below
        ? locatorNodes(locator, captionLines, captionHeight, rtl, {
            width: size.width,
            top: headHeight + available + LOCATOR_GAP,
            available: locator.height * mapScale + captionHeight,
            // Where the text starts.
            side: rtl ? 'right' : 'left',
          })
        : locatorNodes(locator, captionLines, captionHeight, rtl, {
            width: size.width,
            top: headHeight,
            available,
            // After the drawing in the reading direction.
            side: rtl ? 'left' : 'right',
          });
  const text = (x: number, y: number, cls: string, content: string) =>
    svg('text', rtl ? { x: size.width - x, y, class: cls, 'text-anchor': 'end' } : { x, y, class: cls }, [content]);
  const children: SvgNode[] = [
    svg('style', {}, [extraStyle + STYLE + (locator === undefined ? '' : LOCATOR_STYLE + (locator.style ?? ''))]),
    svg('rect', { width: size.width, height, fill: C.bg }),
    ...titleLines.map((line, i) => text(PADDING, PADDING + (i + 0.8) * TITLE_SIZE * LINE, 'snap-title', line)),
    text(PADDING, PADDING + titleLines.length * TITLE_SIZE * LINE + RANGE_SIZE, 'snap-range', frame.rangeText),
    svg(
      'svg',
      {
        x: chartLeft + (chartSpace - chartWidth) / 2,
        y: chartTop,
        width: chartWidth,
        height: chartHeight,
        viewBox: `0 0 ${chart.width} ${chart.height}`,
        overflow: 'hidden',
      },
      'markup' in chart.node ? [CHART_SLOT] : chart.node.children,
    ),
    ...map,
    svg('line', { x1: PADDING, x2: size.width - PADDING, y1: footTop - 14, y2: footTop - 14, class: 'snap-rule' }),
    ...footLines.map((line, i) =>
      text(PADDING, footTop + (i + 0.6) * FOOT_SIZE * LINE, line.strong ? 'snap-foot-strong' : 'snap-foot', line.text),
    ),
  ];
  const root = svg(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: size.width,
      height,
      viewBox: `0 0 ${size.width} ${height}`,
      role: 'img',
      'aria-label': `${frame.title}, ${frame.rangeText}. ${frame.credit}. ${sources}.`,
    },
    children,
  );
  const markup = toSvgMarkup(root);
  const withChart =
    'markup' in chart.node ? markup.replace(CHART_SLOT, () => (chart.node as { markup: string }).markup) : markup;
  const body = locator === undefined ? withChart : withChart.replace(LOCATOR_SLOT, () => locator.markup);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

/**
 * The locator on one side of its band, centred in the band's height and scaled down (never up) to fit it with its
 * caption: the map framed by a hairline, the caption lines under it.
 */
function locatorNodes(
  locator: SnapshotLocator,
  captionLines: readonly string[],
  captionHeight: number,
  rtl: boolean,
  { width, top, available, side }: { width: number; top: number; available: number; side: 'left' | 'right' },
): SvgNode[] {
  const scale = Math.min(1, Math.max(available - captionHeight, 1) / locator.height);
  const mapWidth = locator.width * scale;
  const mapHeight = locator.height * scale;
  const x = side === 'left' ? PADDING : width - PADDING - mapWidth;
  const y = top + Math.max(0, (available - mapHeight - captionHeight) / 2);
  const box = { x, y, width: mapWidth, height: mapHeight };
  return [
    svg('svg', { ...box, viewBox: `0 0 ${locator.width} ${locator.height}`, overflow: 'hidden' }, [LOCATOR_SLOT]),
    svg('rect', { ...box, class: 'snap-map-frame' }),
    ...captionLines.map((line, i) =>
      svg(
        'text',
        rtl
          ? {
              x: x + mapWidth,
              y: y + mapHeight + 6 + (i + 0.8) * CAPTION_SIZE * LINE,
              class: 'snap-map-caption',
              'text-anchor': 'end',
            }
          : { x, y: y + mapHeight + 6 + (i + 0.8) * CAPTION_SIZE * LINE, class: 'snap-map-caption' },
        [line],
      ),
    ),
  ];
}
