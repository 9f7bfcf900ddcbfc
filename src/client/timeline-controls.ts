import type { TimelineController } from '../lib/timeline-controller.ts';
import type { ChartMotion } from './chart-motion.ts';
import { ZOOM_STEP } from './timeline-keyboard.ts';

/**
 * The buttons and form controls around the chart: zoom in, out and reset, lane checkboxes, the actor menu, and the
 * detail panel's close, previous and next. Each forwards to the controller (or to ChartMotion, to animate).
 */
export function listenToControls(
  host: HTMLElement,
  controller: TimelineController,
  motion: ChartMotion,
  panel: { readonly close: () => void; readonly stepped: () => void },
): void {
  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
      const action = button.dataset['zoom'];
      if (action === 'in') motion.zoomBy(ZOOM_STEP);
      else if (action === 'out') motion.zoomBy(1 / ZOOM_STEP);
      else motion.goTo(undefined, true);
    });
  }
  for (const box of host.querySelectorAll<HTMLInputElement>('[data-lane-toggle]')) {
    box.addEventListener('change', () => controller.setLaneVisible(box.value, box.checked));
  }
  const actor = host.querySelector<HTMLSelectElement>('[data-actor]');
  actor?.addEventListener('change', () => controller.setActor(actor.value === '' ? undefined : actor.value));
  host.querySelector('[data-close]')?.addEventListener('click', panel.close);
  for (const button of host.querySelectorAll<HTMLButtonElement>('[data-step]')) {
    button.addEventListener('click', () => {
      if (controller.step(button.dataset['step'] === '-1' ? -1 : 1)) panel.stepped();
    });
  }
}
