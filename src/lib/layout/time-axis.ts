/**
 * The time axis: a piecewise-linear map from day numbers to x that squeezes long empty stretches behind a break.
 *
 * Why breaks and not focus+context. This history has four events in thirty years (1988–2019) and thirty-three in
 * four (2020–2023). On one linear axis 2020–2023 gets a ninth of the width: 140 px at 1280, 40 px at 390. A
 * fisheye or a focus+context lens fixes the density but bends time continuously, so a bar's length no longer says
 * how long something lasted, and no two bars can be compared. A broken axis keeps a single rate, px per day, for
 * all the time it shows, so the 44-day war and the two-year war are drawn to the same scale; it removes only
 * stretches where nothing happens, and marks each with a visible break, the way a printed chart does. It is a
 * plain function of the events, so the static SVG and the browser draw the same axis, and zooming stays a linear
 * map of axis x (what d3-zoom's transform already does); the overview strip gives the context.
 *
 * Units: days are continuous day numbers (day n covers [n, n + 1)); axis x is px at the full view, [0, width].
 */

/** A stretch of time in continuous day numbers: `to` is the instant after the last day shown. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

/** One linear piece of the axis: either drawn at the axis rate, or a squeezed break. */
export interface AxisPiece {
  readonly fromDay: number;
  readonly toDay: number;
  readonly fromX: number;
  readonly toX: number;
  readonly isBreak: boolean;
}

/** The axis at the full view, for one width. */
export interface TimeAxis {
  readonly width: number;
  /** All the time the axis shows at the full view, events plus padding. */
  readonly domain: DayWindow;
  /** px per day in every piece that is not a break. */
  readonly pxPerDay: number;
  /** Contiguous pieces from domain.from to domain.to, in order. */
  readonly pieces: readonly AxisPiece[];
}

/** How the axis is fitted. Every field has a default that suits 320–2560 px. */
export interface TimeAxisOptions {
  readonly width: number;
  /** The width of one break at the full view, px. */
  readonly breakWidth?: number;
  /** Empty stretches shorter than this stay linear. Default: a year, or 5 % of the whole span if longer. */
  readonly minBreakDays?: number;
  /** Empty time kept on each side of the events next to a break or an end. Default: 1 % of the span. */
  readonly paddingDays?: number;
}

const DEFAULT_BREAK_WIDTH = 24;
// Breaks may take at most this share of the width, so that a narrow screen still shows mostly time.
const MAX_BREAK_SHARE = 0.25;

/**
 * Fit the axis to the events' day ranges ([first, last] day numbers, inclusive): gaps longer than `minBreakDays`
 * become breaks `breakWidth` px wide, the rest shares the width linearly.
 * @example layoutTimeAxis([[6574, 6939], [18532, 19723]], { width: 1280 }).pieces.filter((p) => p.isBreak).length // 1
 */
export function layoutTimeAxis(dayRanges: Iterable<readonly [number, number]>, options: TimeAxisOptions): TimeAxis {
  const width = options.width;
  const intervals = [...dayRanges].map(([first, last]) => [first, last + 1] as const).sort((a, b) => a[0] - b[0]);
  // An axis with no events still needs a domain; a year from day 0 keeps every caller simple.
  if (intervals.length === 0) intervals.push([0, 366]);

  const start = intervals[0]?.[0] ?? 0;
  const end = intervals.reduce((latest, [, to]) => Math.max(latest, to), start);
  const span = end - start;
  const padding = options.paddingDays ?? Math.max(1, span * 0.01);
  const minBreakDays = options.minBreakDays ?? Math.max(365, span * 0.05);

  // Runs of time with events, each padded; a gap between two runs may become a break.
  const runs: { from: number; to: number }[] = [];
  for (const [from, to] of intervals) {
    const last = runs.at(-1);
    if (last !== undefined && from - padding <= last.to) last.to = Math.max(last.to, to + padding);
    else runs.push({ from: from - padding, to: to + padding });
  }
  let gaps: DayWindow[] = [];
  for (let i = 1; i < runs.length; i += 1) {
    const before = runs[i - 1];
    const after = runs[i];
    if (before !== undefined && after !== undefined && after.from - before.to > minBreakDays) {
      gaps.push({ from: before.to, to: after.from });
    }
  }
  const domain = { from: runs[0]?.from ?? start, to: runs.at(-1)?.to ?? end };

  const breakWidth = Math.min(
    options.breakWidth ?? DEFAULT_BREAK_WIDTH,
    (width * MAX_BREAK_SHARE) / Math.max(1, gaps.length),
  );
  let pxPerDay = rateFor(domain, gaps, width, breakWidth);
  // A break is worth drawing only where it saves space; dropping one slows the rate, so repeat until stable.
  for (;;) {
    const kept = gaps.filter((gap) => (gap.to - gap.from) * pxPerDay > 2 * breakWidth);
    if (kept.length === gaps.length) break;
    gaps = kept;
    pxPerDay = rateFor(domain, gaps, width, breakWidth);
  }

  const pieces: AxisPiece[] = [];
  let day = domain.from;
  let x = 0;
  const push = (toDay: number, toX: number, isBreak: boolean) => {
    pieces.push({ fromDay: day, toDay, fromX: x, toX, isBreak });
    day = toDay;
    x = toX;
  };
  for (const gap of gaps) {
    push(gap.from, x + (gap.from - day) * pxPerDay, false);
    push(gap.to, x + breakWidth, true);
  }
  // The last piece ends exactly at the width, whatever rounding the sums above did.
  push(domain.to, width, false);
  return { width, domain, pxPerDay, pieces };
}

function rateFor(domain: DayWindow, gaps: readonly DayWindow[], width: number, breakWidth: number): number {
  const gapDays = gaps.reduce((sum, gap) => sum + gap.to - gap.from, 0);
  return (width - gaps.length * breakWidth) / (domain.to - domain.from - gapDays);
}

/** Where a day falls on the axis at the full view, px; days outside the domain continue at the axis rate. */
export function toAxisX(axis: TimeAxis, day: number): number {
  const { pieces, domain, pxPerDay, width } = axis;
  if (day <= domain.from) return (day - domain.from) * pxPerDay;
  if (day >= domain.to) return width + (day - domain.to) * pxPerDay;
  const piece = pieces[findPiece(pieces, day, 'fromDay')];
  if (piece === undefined) return 0;
  return piece.fromX + ((day - piece.fromDay) / (piece.toDay - piece.fromDay)) * (piece.toX - piece.fromX);
}

/** The day at an axis x at the full view: the inverse of toAxisX. */
export function fromAxisX(axis: TimeAxis, x: number): number {
  const { pieces, domain, pxPerDay, width } = axis;
  if (x <= 0) return domain.from + x / pxPerDay;
  if (x >= width) return domain.to + (x - width) / pxPerDay;
  const piece = pieces[findPiece(pieces, x, 'fromX')];
  if (piece === undefined) return domain.from;
  return piece.fromDay + ((x - piece.fromX) / (piece.toX - piece.fromX)) * (piece.toDay - piece.fromDay);
}

// The last piece starting at or before the value: pieces are few, but this runs for every mark on every frame.
function findPiece(pieces: readonly AxisPiece[], value: number, key: 'fromDay' | 'fromX'): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((pieces[middle]?.[key] ?? Infinity) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
