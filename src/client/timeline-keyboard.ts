import type { TimelineController } from '../lib/timeline-controller.ts';
import type { ChartMotion } from './chart-motion.ts';
import type { LiveChart } from './live-chart.ts';
import type { SelectionFocus } from './selection-focus.ts';

/** How much closer a press of + (or the Zoom in button) brings the view. */
export const ZOOM_STEP = 2;
/** A press of ← or → with nothing selected moves the window by this share of its width. */
const PAN_STEP = 0.2;

/**
 * The keyboard model: one tab stop (the chart); inside it + − 0 zoom, ← → pan or step through events, Enter opens,
 * Escape closes. In the detail panel (`inPanel`) ← → step and Escape closes, except in a form control.
 */
export function listenToKeys(
  host: HTMLElement,
  controller: TimelineController,
  parts: {
    readonly chart: LiveChart;
    readonly motion: ChartMotion;
    readonly selection: SelectionFocus;
    readonly inPanel: (node: Element) => boolean;
  },
): void {
  const { chart, motion, selection } = parts;
  host.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target === null || event.altKey || event.metaKey || event.ctrlKey) return;
    const inChart = chart.contains(target);
    const inPanel = parts.inPanel(target);
    const selected = controller.state.selectedId !== undefined;
    const key = event.key;
    const arrow = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
    let handled = true;
    if (key === 'Escape' && selected && (inChart || inPanel)) {
      selection.close();
    } else if (!inChart) {
      handled = arrow !== 0 && inPanel && selected && target.closest('input, select, textarea') === null;
      if (handled) selection.step(arrow as 1 | -1);
    } else if (key === '+' || key === '=') {
      motion.zoomBy(ZOOM_STEP);
    } else if (key === '-' || key === '_') {
      motion.zoomBy(1 / ZOOM_STEP);
    } else if (key === '0') {
      motion.goTo(undefined, true);
    } else if (arrow !== 0) {
      if (selected) selection.step(arrow as 1 | -1);
      else motion.panBy(arrow * PAN_STEP);
    } else if (key === 'Enter' && target === chart.svg) {
      selection.openFirst();
    } else if (key === 'Enter' && target.closest('a') !== null) {
      selection.activate(target.closest('a') as Element);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  });
}
