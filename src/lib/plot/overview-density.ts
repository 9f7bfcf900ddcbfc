import { binX, plot, rectY } from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * The overview strip's event density, drawn with Observable Plot at build time into a DOM that linkedom provides.
 * Build-time only: Plot never ships to the browser (nothing under src/client imports this folder). The chart has
 * no text and stretches to any width, so one drawing serves every screen.
 */

/** How the density is drawn. */
export interface OverviewDensityOptions {
  /** The width of the units positions are given in. */
  readonly units: number;
  /** px. */
  readonly height: number;
  /** The width of one bin, in units. */
  readonly binWidth?: number;
}

/**
 * An SVG of how many events fall in each stretch of the overview, as columns (square-root scale, so one event in
 * a quiet decade still shows next to fifty in a busy year).
 * @example renderOverviewDensity([12, 13, 950], { units: 1000, height: 32 }) // '<svg viewBox="0 0 1000 32" …'
 */
export function renderOverviewDensity(positions: readonly number[], options: OverviewDensityOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = plot({
    document: document as unknown as Document,
    width: options.units,
    height: options.height,
    margin: 0,
    x: { domain: [0, options.units], axis: null },
    y: { type: 'sqrt', axis: null },
    marks: [
      rectY(
        positions.map((x) => ({ x })),
        {
          ...binX({ y: 'count' }, { x: 'x', interval: options.binWidth ?? 4 }),
          fill: 'currentColor',
          inset: 0.5,
        },
      ),
    ],
  });
  // Plot's own stylesheet sets a white background and a font; the page's CSS does both.
  chart.querySelector('style')?.remove();
  chart.removeAttribute('class');
  for (const name of ['font-family', 'font-size', 'text-anchor']) chart.removeAttribute(name);
  chart.setAttribute('preserveAspectRatio', 'none');
  chart.setAttribute('class', 'tl-overview__density');
  chart.setAttribute('aria-hidden', 'true');
  return chart.outerHTML;
}
