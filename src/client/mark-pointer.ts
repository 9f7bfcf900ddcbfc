import type { Translate } from '../lib/i18n/translator.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import type { LiveChart } from './live-chart.ts';

/**
 * Pointer and focus on the chart's marks: a plain click activates a mark (`activate`: open its event, or zoom into
 * a cluster); modified clicks open the event's page as any link would. A tooltip names the mark under the pointer
 * or with focus, and `hovered` hears which event's mark that is (null when none).
 */
export function listenToMarks(
  host: HTMLElement,
  chart: LiveChart,
  controller: TimelineController,
  activate: (link: Element) => void,
  t: Translate,
  hovered: (id: string | null) => void = () => {},
): void {
  const svg = chart.svg;
  svg.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link === null || event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    activate(link);
  });
  const tooltip = host.querySelector<HTMLElement>('[data-tooltip]');
  if (tooltip === null) return;
  const hide = () => {
    tooltip.hidden = true;
    hovered(null);
  };
  const show = (target: EventTarget | null) => {
    const link = target instanceof Element ? target.closest('a') : null;
    if (link === null || !svg.contains(link)) {
      hide();
      return;
    }
    const id = link.getAttribute('data-event-id');
    hovered(id);
    const event = id === null ? undefined : controller.event(id);
    tooltip.textContent =
      event === undefined
        ? (link.getAttribute('aria-label') ?? '')
        : t('timeline.tooltip', { date: event.dateText, title: event.title });
    tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - frame.left), Math.max(0, frame.width - tooltip.offsetWidth));
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.top - frame.top - tooltip.offsetHeight - 4}px`;
  };
  svg.addEventListener('pointerover', (event) => show(event.target));
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focusin', (event) => show(event.target));
  svg.addEventListener('focusout', hide);
}
