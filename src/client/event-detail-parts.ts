/**
 * The text the detail panel shows for an event: its corrections if any, its summary, the editor's note if any, and
 * the quoted sources. On a page that lists events as cards, it is copied from the event's card; where the list gives
 * only titles (a timeline of thousands of events, see src/lib/reader-list-form.ts), it is read from the event's own
 * page.
 */

const SUMMARY = '.event-card__summary, .event-page__summary';
const PARTS = ['.correction-notice', SUMMARY, '.editor-note', '.citations'];
// The event page cites in full (reference, article title, original address); the panel is the short look, like a card.
const PAGE_ONLY = '.citation__reference, .citation__article';

/** Copies of the parts found under `root`, without ids (they would repeat the source's); undefined if it has none. */
export function detailPartsOf(root: ParentNode): Element[] | undefined {
  if (root.querySelector(SUMMARY) === null) return undefined;
  // Copies of elements are elements; no instanceof check, so that this runs on any DOM (tests use linkedom).
  const parts = PARTS.map((selector) => root.querySelector(selector)?.cloneNode(true) as Element | undefined).filter(
    (node) => node !== undefined,
  );
  for (const part of parts) {
    for (const element of part.querySelectorAll(PAGE_ONLY)) element.remove();
    for (const element of part.querySelectorAll('[id]')) element.removeAttribute('id');
  }
  return parts;
}

/** Fetches event pages' parts, once each; a failed fetch is forgotten, so that the next try goes to the network. */
export class EventPageParts {
  readonly #loads = new Map<string, Promise<Element[]>>();

  load(url: string): Promise<Element[]> {
    let load = this.#loads.get(url);
    if (load === undefined) {
      load = fetchParts(url);
      load.catch(() => this.#loads.delete(url));
      this.#loads.set(url, load);
    }
    return load;
  }
}

async function fetchParts(url: string): Promise<Element[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const parts = detailPartsOf(page.querySelector('[data-event-id]') ?? page);
  if (parts === undefined) throw new Error(`${url}: no event summary on the page`);
  return parts;
}
