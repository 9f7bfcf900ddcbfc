import { DOMParser, parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detailPartsOf, EventPageParts } from '../../src/client/event-detail-parts.ts';

const quote = `<li class="citation" id="c-1"><blockquote class="citation__quote"><p>Quoted words</p></blockquote>
  <div class="citation__reference">APA reference</div><p class="citation__article">Article: headline</p></li>`;
const card = `<li class="event-card" id="event-e" data-event-id="e"><h3 id="title-e">Title</h3>
  <div class="event-card__summary prose"><p>Card summary.</p></div>
  <div class="editor-note" role="note"><p>A note.</p></div>
  <details><summary>1 source passage</summary><ol class="citations">${quote}</ol></details></li>`;
const eventPage = `<!doctype html><html><body><article class="event-page" data-event-id="e"><h1>Title</h1>
  <div class="prose event-page__summary"><p>Page summary.</p></div>
  <dl class="facts"><dt>Date</dt><dd>2020</dd></dl>
  <ol class="citations citations--full">${quote}</ol></article></body></html>`;
const line = `<li class="event-line" id="event-e" data-event-id="e"><time>2020</time> <a href="/events/e/">Title</a></li>`;

const root = (html: string) => parseHTML(`<!doctype html><html><body><ol>${html}</ol></body></html>`).document.body;
const texts = (parts: readonly Element[] | undefined) =>
  parts?.map((part) => part.textContent?.replace(/\s+/g, ' ').trim());

describe('detailPartsOf()', () => {
  it('copies summary, note and quotes from a card, without ids', () => {
    const parts = detailPartsOf(root(card));
    expect(texts(parts)).toEqual(['Card summary.', 'A note.', 'Quoted words']);
    expect(parts?.some((part) => part.querySelector('[id]') !== null || part.hasAttribute('id'))).toBe(false);
  });

  it("takes an event page's summary and quotes, leaving out what only the page cites in full", () => {
    const { document } = parseHTML(eventPage);
    expect(texts(detailPartsOf(document))).toEqual(['Page summary.', 'Quoted words']);
  });

  it("puts a corrected page's correction block first, without its ids", () => {
    const corrected = eventPage.replace(
      '<h1>Title</h1>',
      `<h1>Title</h1><div class="correction-notice" role="note"><ul><li id="correction-2026-12-02">
        <p>Corrected <time datetime="2026-12-02">2 December 2026</time>:</p> <p>It said 1991.</p></li></ul></div>`,
    );
    const parts = detailPartsOf(parseHTML(corrected).document);
    expect(texts(parts)?.[0]).toBe('Corrected 2 December 2026: It said 1991.');
    expect(parts?.[0]?.querySelector('[id]')).toBeNull();
  });

  it('finds nothing in a line of a long list', () => {
    expect(detailPartsOf(root(line))).toBeUndefined();
  });
});

describe('EventPageParts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads each page once, and tries again after a failure', async () => {
    vi.stubGlobal('DOMParser', DOMParser);
    const responses = [new Response('', { status: 503 }), new Response(eventPage), new Response(eventPage)];
    const fetch = vi.fn(async () => responses.shift()!);
    vi.stubGlobal('fetch', fetch);
    const pages = new EventPageParts();
    await expect(pages.load('/events/e/')).rejects.toThrow('/events/e/: 503');
    expect(texts(await pages.load('/events/e/'))).toEqual(['Page summary.', 'Quoted words']);
    await pages.load('/events/e/');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects a page that has no event summary', async () => {
    vi.stubGlobal('DOMParser', DOMParser);
    vi.stubGlobal('fetch', async () => new Response('<!doctype html><p>Not found</p>'));
    await expect(new EventPageParts().load('/events/x/')).rejects.toThrow('/events/x/: no event summary on the page');
  });
});
