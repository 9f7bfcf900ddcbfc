import { renderTimelineSvg, type MarkEvent } from '../lib/layout/render-timeline-svg.ts';
import type { ChartText } from '../lib/layout/chart-text.ts';
import type { SitePaths } from '../lib/site-paths.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import { patchSvg } from './patch-svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The live SVG chart: the same renderer as the build's static drawing, patched in place at rest (marks keep their
 * elements from frame to frame, so focus survives a redraw). One tab stop: the chart itself.
 */
export class LiveChart {
  readonly svg: SVGSVGElement = document.createElementNS(SVG_NS, 'svg');
  readonly #controller: TimelineController;
  readonly #paths: SitePaths;
  readonly #title: string;
  /** The page's words for the drawing (its description, clusters, marks). */
  readonly text: ChartText;

  constructor(viewport: HTMLElement, controller: TimelineController, paths: SitePaths, title: string, text: ChartText) {
    this.#controller = controller;
    this.#paths = paths;
    this.#title = title;
    this.text = text;
    this.svg.setAttribute('tabindex', '0');
    viewport.append(this.svg);
  }

  /** Whether `node` is inside the chart. */
  contains(node: Node | null): boolean {
    return this.svg.contains(node);
  }

  /** The mark of an event, if it is drawn (not in a cluster, not out of view). */
  markOf(id: string): SVGAElement | null {
    return this.svg.querySelector<SVGAElement>(`a[data-event-id="${CSS.escape(id)}"]`);
  }

  /** Draw the controller's layout. Focus goes to `focusId`'s mark, or stays on the mark that had it (or the chart). */
  draw(focusId: string | undefined): void {
    const controller = this.#controller;
    const svg = this.svg;
    const tree = renderTimelineSvg(controller.layout, {
      idPrefix: 'tl-live',
      title: this.#title,
      text: this.text,
      eventOf: (id) => this.#markEvent(id),
      clusterHref: (ids) => `#event-${ids[0] ?? ''}`,
      selectedId: controller.state.selectedId,
      interactive: true,
    });
    // A mark can leave the drawing (into a cluster) or be asked to take focus: note which one should have it.
    const active = document.activeElement;
    const keep =
      focusId ??
      (active instanceof SVGElement && active !== svg && svg.contains(active)
        ? (active.closest('a')?.getAttribute('data-event-id') ?? undefined)
        : undefined);
    const hadFocus = active instanceof Element && svg.contains(active);
    patchSvg(svg, {
      ...tree,
      attributes: {
        ...tree.attributes,
        tabindex: 0,
        'aria-describedby': `tl-help ${String(tree.attributes['aria-describedby'] ?? '')}`,
      },
    });
    if (keep !== undefined || hadFocus) {
      const mark = keep === undefined ? null : this.markOf(keep);
      (mark ?? svg).focus({ preventScroll: true });
    }
  }

  #markEvent(id: string): MarkEvent | undefined {
    const event = this.#controller.event(id);
    if (event === undefined) return undefined;
    const lane = this.#controller.timeline.lanes.find((candidate) => candidate.id === event.lane);
    return { dateText: event.dateText, href: this.#paths.event(id), colour: lane?.colour ?? 'currentColor' };
  }
}
