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

// Where raw chart markup goes; a text no title or label can contain.
const CHART_SLOT = '@@snapshot-chart@@';
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

  const available = size.height === undefined ? chart.height : size.height - headHeight - footHeight;
  const scale = Math.min(1, inner / chart.width, Math.max(available, 1) / chart.height);
  const chartWidth = chart.width * scale;
  const chartHeight = chart.height * scale;
  const height = size.height ?? Math.ceil(headHeight + chartHeight + footHeight);
  const chartTop = headHeight + (size.height === undefined ? 0 : Math.max(0, (available - chartHeight) / 2));
  const footTop = height - footHeight + 18;

  // Text lines start at the left edge, or end at the right one for a right-to-left language (the chart itself keeps
  // time running left to right in every language).
  const rtl = frame.direction === 'rtl';
  const text = (x: number, y: number, cls: string, content: string) =>
    svg('text', rtl ? { x: size.width - x, y, class: cls, 'text-anchor': 'end' } : { x, y, class: cls }, [content]);
  const children: SvgNode[] = [
    svg('style', {}, [extraStyle + STYLE]),
    svg('rect', { width: size.width, height, fill: C.bg }),
    ...titleLines.map((line, i) => text(PADDING, PADDING + (i + 0.8) * TITLE_SIZE * LINE, 'snap-title', line)),
    text(PADDING, PADDING + titleLines.length * TITLE_SIZE * LINE + RANGE_SIZE, 'snap-range', frame.rangeText),
    svg(
      'svg',
      {
        x: PADDING + (inner - chartWidth) / 2,
        y: chartTop,
        width: chartWidth,
        height: chartHeight,
        viewBox: `0 0 ${chart.width} ${chart.height}`,
        overflow: 'hidden',
      },
      'markup' in chart.node ? [CHART_SLOT] : chart.node.children,
    ),
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
  const body =
    'markup' in chart.node ? markup.replace(CHART_SLOT, () => (chart.node as { markup: string }).markup) : markup;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
