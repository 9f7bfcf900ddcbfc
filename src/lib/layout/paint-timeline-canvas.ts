import { barParts } from './bar-parts.ts';
import { AXIS_HEIGHT, type BarMark, type TimelineLayout, type TimelineMark } from './layout-timeline.ts';

/**
 * The same layout painted on a canvas: what the browser shows while the reader is zooming or panning, when a
 * dense timeline changes hundreds of SVG elements on every frame and the browser cannot restyle and lay them out
 * fast enough. It draws what renderTimelineSvg draws, at the same places; once the movement stops, the SVG (with
 * its links, names and focus) is brought up to date and shown again.
 */

/** The part of a 2D canvas context the painter uses, so that it can be tested without a browser. */
export interface CanvasPainter {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  font: string;
  textBaseline: CanvasTextBaseline;
  textAlign?: CanvasTextAlign;
  direction?: CanvasDirection;
  clearRect(x: number, y: number, width: number, height: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  roundRect(x: number, y: number, width: number, height: number, radii: number): void;
  fill(): void;
  stroke(): void;
  setLineDash(segments: number[]): void;
}

/** The page's colours and fonts (CSS custom properties, read once per movement), and the lane colours. */
export interface CanvasTheme {
  readonly background: string;
  readonly ink: string;
  readonly muted: string;
  readonly grid: string;
  readonly rule: string;
  readonly breakFill: string;
  readonly surface: string;
  readonly selected: string;
  readonly font: string;
  /** Which way the page's text runs; the time axis runs left to right either way. Left to right by default. */
  readonly textDirection?: 'ltr' | 'rtl';
  readonly laneColour: (laneId: string) => string;
}

const TICK_LENGTH = 6;

/**
 * Paint the layout (axis, lanes, marks) in layout px. With `rows`, only marks between those y (px) are drawn: the
 * browser paints the band of a tall chart that is on screen.
 */
export function paintTimelineCanvas(
  context: CanvasPainter,
  layout: TimelineLayout,
  theme: CanvasTheme,
  selectedId?: string,
  rows: { readonly top: number; readonly bottom: number } = { top: -Infinity, bottom: Infinity },
): void {
  const { width, height } = layout;
  context.fillStyle = theme.background;
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'alphabetic';
  // Every text is placed by its left edge, as the layout measured it; right-to-left text still reads right to left
  // inside that box (its ellipsis at the left), as in the SVG (see timeline.css).
  context.textAlign = 'left';
  context.direction = theme.textDirection ?? 'ltr';
  context.setLineDash([]);

  // Grid and ticks.
  context.lineWidth = 1;
  context.strokeStyle = theme.grid;
  context.beginPath();
  for (const tick of layout.ticks) {
    const x = Math.round(tick.x) + 0.5;
    context.moveTo(x, AXIS_HEIGHT);
    context.lineTo(x, height);
  }
  context.stroke();
  context.strokeStyle = theme.ink;
  context.beginPath();
  let from = 0;
  for (const gap of layout.breaks) {
    if (gap.x > from) line(context, from, gap.x, AXIS_HEIGHT - 0.5);
    from = Math.max(from, gap.x2);
  }
  if (from < width) line(context, from, width, AXIS_HEIGHT - 0.5);
  for (const tick of layout.ticks) {
    const x = Math.round(tick.x) + 0.5;
    context.moveTo(x, AXIS_HEIGHT - TICK_LENGTH);
    context.lineTo(x, AXIS_HEIGHT);
  }
  context.stroke();
  context.fillStyle = theme.breakFill;
  for (const gap of layout.breaks) context.fillRect(gap.x, 2, gap.x2 - gap.x, AXIS_HEIGHT - 4);
  context.fillStyle = theme.muted;
  context.font = `11px ${theme.font}`;
  for (const tick of layout.ticks) context.fillText(tick.label, tick.labelX, layout.axis.labelBaseline);

  // Lanes: a rule above each but the first, a swatch and the name.
  layout.lanes.forEach((lane, i) => {
    if (i > 0) {
      context.strokeStyle = theme.rule;
      context.beginPath();
      line(context, 0, width, lane.y + 0.5);
      context.stroke();
    }
    context.fillStyle = lane.colour;
    disc(context, 5, lane.labelBaseline - 4, 4);
    context.fillStyle = theme.muted;
    context.font = `bold 10.5px ${theme.font}`;
    context.fillText(lane.label.toUpperCase(), 14, lane.labelBaseline);
  });

  // Marks, then clusters: each set in one font, since switching a canvas's font costs more than drawing a label.
  context.font = `12px ${theme.font}`;
  for (const mark of layout.marks) {
    if (mark.kind === 'cluster' || !inRows(mark, rows)) continue;
    if (mark.eventId === selectedId) {
      context.fillStyle = theme.selected;
      context.fillRect(mark.label.x - 2, mark.label.y - 1, mark.label.width + 4, mark.label.height + 2);
    }
    const colour = theme.laneColour(mark.laneId);
    context.fillStyle = colour;
    if (mark.kind === 'point') disc(context, mark.x, mark.y, mark.r);
    else paintBar(context, mark, colour);
    context.fillStyle = theme.ink;
    context.fillText(mark.label.text, mark.label.x, mark.label.baseline);
  }
  context.font = `bold 11px ${theme.font}`;
  context.lineWidth = 1.25;
  for (const mark of layout.marks) {
    if (mark.kind !== 'cluster' || !inRows(mark, rows)) continue;
    context.fillStyle = theme.surface;
    context.strokeStyle = theme.laneColour(mark.laneId);
    context.beginPath();
    context.roundRect(mark.x, mark.y, mark.x2 - mark.x, mark.height, mark.height / 2);
    context.fill();
    context.stroke();
    context.fillStyle = theme.ink;
    context.fillText(mark.label.text, mark.label.x, mark.label.baseline);
  }
}

// Whether a mark is in the band of rows to paint.
function inRows(mark: TimelineMark, rows: { readonly top: number; readonly bottom: number }): boolean {
  return mark.label.y <= rows.bottom && mark.label.y + 2 * mark.label.height >= rows.top;
}

// The solid part, and a dashed stub where the span runs on past the window, as the SVG's .tl-mark__open draws it.
function paintBar(context: CanvasPainter, mark: BarMark, colour: string): void {
  const { from, to, middle, before, after } = barParts(mark);
  context.fillRect(from, mark.y, to - from, mark.height);
  if (before === undefined && after === undefined) return;
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.setLineDash([2, 2]);
  context.beginPath();
  for (const stub of [before, after]) if (stub !== undefined) line(context, stub[0], stub[1], middle);
  context.stroke();
  context.setLineDash([]);
}

function line(context: CanvasPainter, x1: number, x2: number, y: number): void {
  context.moveTo(x1, y);
  context.lineTo(x2, y);
}

function disc(context: CanvasPainter, x: number, y: number, radius: number): void {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fill();
}
