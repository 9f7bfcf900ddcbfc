import type { TimelineController } from '../lib/timeline-controller.ts';
import type { ChartMotion } from './chart-motion.ts';
import type { LiveChart } from './live-chart.ts';

/**
 * Opening, stepping through and closing events, and where focus goes: a mark opened from the chart keeps focus,
 * stepping moves it to the next mark, closing gives it back to the mark that opened the panel (or the chart, when
 * that mark has gone into a cluster). `redraw` draws at once; `focusTarget` is taken by the next drawing.
 */
export class SelectionFocus {
  readonly #controller: TimelineController;
  readonly #chart: LiveChart;
  readonly #motion: ChartMotion;
  readonly #redraw: () => void;
  #focusAfterRender: string | undefined;
  #opener: string | undefined;

  constructor(controller: TimelineController, chart: LiveChart, motion: ChartMotion, redraw: () => void) {
    this.#controller = controller;
    this.#chart = chart;
    this.#motion = motion;
    this.#redraw = redraw;
  }

  /** The mark the next drawing should give focus to, once. */
  takeFocusTarget(): string | undefined {
    const id = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    return id;
  }

  /** A mark was clicked or activated with Enter: select its event, or zoom into a cluster. */
  activate(link: Element): void {
    if (link.classList.contains('tl-cluster')) {
      const from = Number(link.getAttribute('data-expand-from'));
      const to = Number(link.getAttribute('data-expand-to'));
      if (Number.isFinite(from) && Number.isFinite(to) && to > from) this.#motion.goTo({ from, to }, true);
      return;
    }
    const id = link.getAttribute('data-event-id');
    if (id === null) return;
    this.#opener = id;
    this.#focusAfterRender = id;
    this.#controller.select(id);
    this.#redraw();
  }

  /** Enter on the chart itself: open the first event in view. */
  openFirst(): void {
    const first = this.#controller.layout.marks.find((mark) => mark.kind !== 'cluster');
    const link = first === undefined || !('eventId' in first) ? null : this.#chart.markOf(first.eventId);
    if (link !== null) this.activate(link);
  }

  close(): void {
    const id = this.#controller.state.selectedId;
    if (id === undefined) return;
    const returnTo = this.#opener ?? id;
    this.#controller.select(undefined);
    this.#focusAfterRender = returnTo;
    this.#redraw();
    // The mark may have gone into a cluster once no longer pinned: then the timeline itself takes focus.
    if (!this.#chart.contains(document.activeElement)) this.#chart.svg.focus({ preventScroll: true });
  }

  /** Select the previous (-1) or next (1) shown event. */
  step(direction: 1 | -1): void {
    const neighbour = this.#controller.neighbour(direction);
    if (neighbour === undefined) return;
    this.#opener = neighbour.id;
    this.#focusAfterRender = this.#chart.contains(document.activeElement) ? neighbour.id : undefined;
    this.#controller.select(neighbour.id);
    this.#redraw();
  }
}
