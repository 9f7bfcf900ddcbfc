import {
  createCharWidthMeasure,
  LABEL_FONT_SIZE,
  memoizeTextMeasure,
  type TextMeasure,
} from '../lib/layout/text-measure.ts';

/** The labels' font, as the SVG's stylesheet and the canvas painter set it. */
export const LABEL_FONT = `${LABEL_FONT_SIZE}px Arial, Helvetica, "Liberation Sans", "Nimbus Sans", Arimo, sans-serif`;

/**
 * Label widths in the browser: the width table the build used (Helvetica's widths plus 10 %), the same as the
 * static drawing's. Where the font the browser actually picks is wider than that allows (a fallback font), every
 * label is also measured on a canvas and the wider width taken, so that a label never runs over its neighbour.
 * The page and the canvas worker each build theirs here, so that both lay out the same labels at the same widths.
 */
export function browserMeasure(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null,
): TextMeasure {
  const table = createCharWidthMeasure();
  if (context === null) return memoizeTextMeasure(table);
  context.font = LABEL_FONT;
  const probe = 'Ceasefire talks resume in Minsk, 10 November 2020 (44 days) — WAR over the region';
  if (context.measureText(probe).width <= table(probe) * 0.95) return memoizeTextMeasure(table);
  return memoizeTextMeasure((text) => Math.max(table(text), context.measureText(text).width));
}
