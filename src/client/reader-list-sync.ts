import type { Translate } from '../lib/i18n/translator.ts';
import type { TimelineController } from '../lib/timeline-controller.ts';

/**
 * The filters on the page: the lane checkboxes, the actor menu, the status line, and the reader list below the
 * timeline, whose cards (or, on a long list, lines: src/lib/reader-list-form.ts) follow the same filters.
 */
export class ReaderListSync {
  readonly #host: HTMLElement;
  readonly #controller: TimelineController;
  readonly #listSelector: string;
  readonly #cards = new Map<string, HTMLElement>();
  readonly #t: Translate;

  constructor(host: HTMLElement, controller: TimelineController, listSelector: string, t: Translate) {
    this.#host = host;
    this.#t = t;
    this.#controller = controller;
    this.#listSelector = listSelector;
    this.collect();
  }

  /** The card (or line) of an event in the reader list, if the list has it. */
  cardOf(id: string): HTMLElement | undefined {
    return this.#cards.get(id);
  }

  /** Take the list's cards (again: the script may run while the list below is still being parsed). */
  collect(): void {
    for (const card of this.#list()?.querySelectorAll<HTMLElement>('li[data-event-id]') ?? []) {
      this.#cards.set(card.dataset['eventId'] ?? '', card);
    }
  }

  /** Bring the controls and the list in line with the filters; returns the status line's words. */
  apply(): string {
    const controller = this.#controller;
    const { hiddenLanes, actor } = controller.state;
    for (const box of this.#host.querySelectorAll<HTMLInputElement>('[data-lane-toggle]')) {
      box.checked = !hiddenLanes.has(box.value);
    }
    const menu = this.#host.querySelector<HTMLSelectElement>('[data-actor]');
    if (menu !== null) menu.value = actor ?? '';

    // Cards, then years left empty, then their links in the index.
    for (const [id, card] of this.#cards) {
      const event = controller.event(id);
      card.hidden = event !== undefined && !controller.isShown(event);
    }
    const list = this.#list();
    for (const group of list?.querySelectorAll<HTMLElement>('section.year-group') ?? []) {
      group.hidden = group.querySelector('li[data-event-id]:not([hidden])') === null;
      const headingId = group.querySelector('h2[id]')?.id;
      const item =
        headingId === undefined ? null : list?.querySelector(`a[href="#${CSS.escape(headingId)}"]`)?.closest('li');
      if (item instanceof HTMLElement) item.hidden = group.hidden;
    }

    const shown = controller.shownEvents().length;
    const total = controller.timeline.events.length;
    const message =
      shown === total ? this.#t('timeline.showingAll', { total }) : this.#t('timeline.showing', { shown, total });
    const status = this.#host.querySelector('[data-status]');
    if (status !== null) status.textContent = message;
    return message;
  }

  #list(): Element | null {
    return document.querySelector(this.#listSelector);
  }
}
