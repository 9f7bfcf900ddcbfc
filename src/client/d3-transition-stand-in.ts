/**
 * Bundled in place of d3-transition (see src/site-build/client-bundle.ts). d3-zoom imports d3-transition for two things:
 * to animate a double click, and to interrupt such an animation when a new gesture starts. This timeline animates
 * its own moves (so that `prefers-reduced-motion` is obeyed and the canvas takes over while moving), turns off
 * d3-zoom's double click, and so never starts a d3 transition; with nothing to interrupt, these no-ops are the whole
 * of what d3-zoom needs. That leaves out d3-transition and what it brings (colour and string interpolation, easing,
 * timers): about 5 KB gzip of the page's 35 KB budget.
 */
import { selection } from 'd3-selection';

/** d3-zoom's `interrupt(node)`: there is never a transition to stop. */
export function interrupt(): void {}

// d3-zoom's `zoom.transform(selection, …)` calls `selection.interrupt()` first; d3-transition would have added it.
Object.assign(selection.prototype, {
  interrupt(this: unknown): unknown {
    return this;
  },
});
