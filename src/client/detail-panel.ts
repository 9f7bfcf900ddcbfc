import type { Translate } from '../lib/i18n/translator.ts';
import type { SitePaths } from '../lib/site-paths.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';
import { detailPartsOf, EventPageParts } from './event-detail-parts.ts';
import { messageWithNode } from './page-text.ts';

/**
 * The panel under the chart that shows the selected event: date and lane, title, summary, editor's note and quoted
 * sources, permalink, previous and next. The summary and sources come from the event's card in the reader list on
 * this page or, where the list gives only titles, from the event's own page (fetched once).
 */
export class DetailPanel {
  readonly element: HTMLElement | null;
  readonly #controller: TimelineController;
  readonly #paths: SitePaths;
  readonly #cardOf: (id: string) => HTMLElement | undefined;
  readonly #eventPages = new EventPageParts();
  readonly #t: Translate;

  constructor(
    host: HTMLElement,
    controller: TimelineController,
    paths: SitePaths,
    cardOf: (id: string) => HTMLElement | undefined,
    t: Translate,
  ) {
    this.#t = t;
    this.element = host.querySelector<HTMLElement>('[data-detail]');
    this.#controller = controller;
    this.#paths = paths;
    this.#cardOf = cardOf;
  }

  /** Whether `node` is inside the panel. */
  contains(node: Node | null): boolean {
    return this.element?.contains(node) === true;
  }

  /** Show the selected event, or hide the panel; returns what to announce (undefined: nothing selected). */
  show(): string | undefined {
    const controller = this.#controller;
    const panel = this.element;
    const id = controller.state.selectedId;
    const event = id === undefined ? undefined : controller.event(id);
    if (panel === null) return undefined;
    if (event === undefined) {
      panel.hidden = true;
      return undefined;
    }
    const lane = controller.timeline.lanes.find((candidate) => candidate.id === event.lane);
    const set = (selector: string, text: string) => {
      const element = panel.querySelector(selector);
      if (element !== null) element.textContent = text;
    };
    const t = this.#t;
    set(
      '[data-detail-meta]',
      lane === undefined ? event.dateText : t('timeline.detail.meta', { date: event.dateText, lane: lane.label }),
    );
    set('[data-detail-title]', event.title);
    const permalink = panel.querySelector<HTMLAnchorElement>('[data-detail-permalink]');
    if (permalink !== null) permalink.href = this.#paths.event(event.id);
    const body = panel.querySelector<HTMLElement>('[data-detail-body]');
    if (body !== null) this.#showParts(body, event.id);
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      const direction = button.dataset['step'] === '-1' ? -1 : 1;
      const neighbour = controller.neighbour(direction);
      button.hidden = neighbour === undefined;
      button.textContent =
        neighbour === undefined
          ? ''
          : t(direction === -1 ? 'timeline.detail.previous' : 'timeline.detail.next', { title: neighbour.title });
    }
    panel.hidden = false;
    const { index, count } = controller.positionOf();
    return t('timeline.detail.announce', { date: event.dateText, title: event.title, index, eventCount: count });
  }

  #showParts(body: HTMLElement, id: string): void {
    const card = this.#cardOf(id);
    const parts = card === undefined ? undefined : detailPartsOf(card);
    body.removeAttribute('aria-busy');
    if (parts !== undefined) {
      body.replaceChildren(...parts);
      return;
    }
    const url = this.#paths.event(id);
    const status = document.createElement('p');
    status.className = 'tl-detail__status';
    status.textContent = this.#t('timeline.detail.loading');
    body.replaceChildren(status);
    body.setAttribute('aria-busy', 'true');
    const stillSelected = () => this.#controller.state.selectedId === id;
    this.#eventPages.load(url).then(
      (loaded) => {
        if (!stillSelected()) return;
        body.removeAttribute('aria-busy');
        body.replaceChildren(...loaded.map((part) => part.cloneNode(true)));
      },
      () => {
        if (!stillSelected()) return;
        body.removeAttribute('aria-busy');
        const link = document.createElement('a');
        link.href = url;
        link.textContent = this.#t('timeline.detail.loadFailedLink');
        status.replaceChildren(...messageWithNode(this.#t('timeline.detail.loadFailed'), 'link', link));
      },
    );
  }
}
