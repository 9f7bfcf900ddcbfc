import { OVERVIEW_UNITS } from '../lib/layout/overview-axis.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import type { OverviewPointer } from '../lib/view/overview-drag.ts';
import type { ChartMotion } from './chart-motion.ts';

/** How near an edge of the overview's window, px, a press resizes it rather than moves it. */
const EDGE_GRIP_PX = 8;
const CURSORS = { move: 'grab', draw: 'crosshair', start: 'ew-resize', end: 'ew-resize' } as const;

/**
 * The overview strip under the chart: pointer input goes to the controller, which owns the drag (move the window,
 * resize it by an edge, draw a new one: src/lib/view/overview-drag.ts); `sync` shows the window on the strip.
 */
export class OverviewStrip {
  readonly #host: HTMLElement;
  readonly #controller: TimelineController;

  constructor(host: HTMLElement, controller: TimelineController, motion: ChartMotion) {
    this.#host = host;
    this.#controller = controller;
    const overview = host.querySelector<HTMLElement>('[data-overview]');
    const frame = overview?.querySelector<SVGSVGElement>('[data-overview-frame]');
    if (overview === null || frame === null || frame === undefined) return;
    // Where the pointer is, in overview units, and how wide an edge's grip is there.
    const pointerAt = (event: PointerEvent): OverviewPointer => {
      const width = Math.max(1, frame.getBoundingClientRect().width);
      return {
        at: ((event.clientX - frame.getBoundingClientRect().left) / width) * OVERVIEW_UNITS,
        grip: (EDGE_GRIP_PX / width) * OVERVIEW_UNITS,
        touch: event.pointerType === 'touch',
      };
    };
    overview.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      motion.stop();
      controller.startOverviewDrag(pointerAt(event));
      overview.setPointerCapture(event.pointerId);
      motion.set('dragging', true);
      event.preventDefault();
    });
    overview.addEventListener('pointermove', (event) => {
      const pointer = pointerAt(event);
      if (controller.draggingOverview) controller.dragOverviewTo(pointer.at);
      else overview.style.cursor = CURSORS[controller.overviewDragModeAt(pointer)];
    });
    const end = (event: PointerEvent) => {
      if (!controller.draggingOverview) return;
      const target = controller.endOverviewDrag(event.type === 'pointerup' ? pointerAt(event).at : undefined);
      motion.set('dragging', false);
      if (overview.hasPointerCapture(event.pointerId)) overview.releasePointerCapture(event.pointerId);
      // A click outside the window: the window goes there, keeping its width.
      if (target !== undefined) motion.goTo(target, true);
    };
    overview.addEventListener('pointerup', end);
    overview.addEventListener('pointercancel', end);
  }

  /** Show the controller's window on the strip. */
  sync(): void {
    const [u0, u1] = this.#controller.overviewExtent;
    const percent = (units: number) => `${((units / OVERVIEW_UNITS) * 100).toFixed(3)}%`;
    // Each part spans the strip and is moved (and the fill scaled) by a transform: nothing is laid out again, which
    // matters on a long page, where even a small layout costs milliseconds.
    const place = (selector: string, transform: string) => {
      const element = this.#host.querySelector<HTMLElement>(selector);
      if (element !== null && element.style.transform !== transform) element.style.transform = transform;
    };
    place(
      '[data-overview-window]',
      `translateX(${percent(u0)}) scaleX(${(Math.max(0.5, u1 - u0) / OVERVIEW_UNITS).toFixed(5)})`,
    );
    place('[data-overview-edge="start"]', `translateX(${percent(u0)})`);
    place('[data-overview-edge="end"]', `translateX(${percent(u1)})`);
  }
}
