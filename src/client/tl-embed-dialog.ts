/**
 * <tl-embed-dialog>: keeps the embed snippets in step with the view on screen (told by the timeline's
 * `tl-viewchange` event; no polling), shows a live preview, copies snippets, and downloads the view as an SVG or 2× PNG image that carries its own
 * title, credit and sources (composed by the same code as the build's snapshots, with the same font embedded), and
 * the page's map of places under the drawing unless the reader unticks it.
 */
import { toDayNumber } from '../lib/dates/calendar-day.ts';
import { describeView } from '../lib/embed/describe-view.ts';
import { EMBED_MAP_HEIGHT, withEmbedMap } from '../lib/embed/view-params.ts';
import { toEmbedSnippet } from '../lib/embed/oembed.ts';
import { outletsInView, type EventOutlets } from '../lib/embed/outlets-in-view.ts';
import { formatChartDay, type ChartText } from '../lib/layout/chart-text.ts';
import { composeSnapshot, SNAPSHOT_FONT_FAMILY, type SnapshotLocator } from '../lib/snapshot/compose-snapshot.ts';
import { placeMapImageStyle } from '../lib/snapshot/place-map-image-style.ts';
import { mapPaint } from '../lib/map/map-paint.ts';
import { LIGHT } from '../lib/design-tokens.ts';
import { VIEW_CHANGE_EVENT, type ViewChangeDetail } from '../lib/view/view-change.ts';
import { copyText } from './copy-text.ts';
import { readPageText } from './page-text.ts';

const FONTS = [
  { file: 'source-sans-3-regular.ttf', weight: 400 },
  { file: 'source-sans-3-bold.ttf', weight: 700 },
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The page's map of places (the home page's, src/components/PlaceMap.astro), if it has one. */
function pageMap(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('#place-map svg.place-map__svg');
}

class TlEmbedDialog extends HTMLElement {
  #text: ChartText | undefined;
  #shown = '';
  // The view's query string (with its `?`, or empty): what the timeline shows now.
  #search = '';
  readonly #onViewChange = (event: Event) => {
    const detail = (event as CustomEvent<ViewChangeDetail>).detail;
    this.#search = detail.query === '' ? '' : `?${detail.query}`;
    if (this.closest('details')?.open === true) this.#update();
  };

  connectedCallback(): void {
    this.#text = readPageText(this);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button));
    }
    const downloads = this.querySelector<HTMLElement>('[data-downloads]');
    if (downloads !== null) downloads.hidden = false;
    // The choice to add the map to a downloaded image, where the page has a map.
    const downloadMapOption = this.querySelector<HTMLElement>('[data-download-map-option]');
    if (downloadMapOption !== null) downloadMapOption.hidden = pageMap() === null;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.addEventListener('click', () => void this.#download(button.dataset['download'] === 'png' ? 'png' : 'svg'));
    }
    // The view now: the timeline's, or the URL's where there is no timeline (or it is not interactive yet).
    const timeline = document.querySelector<HTMLElement & { view?: ViewChangeDetail }>('tl-timeline');
    const query = timeline?.view?.query;
    this.#search = query === undefined ? location.search : query === '' ? '' : `?${query}`;
    document.addEventListener(VIEW_CHANGE_EVENT, this.#onViewChange);
    // The map of places under the embedded timeline, when the reader asks for it (the site has places).
    const mapOption = this.querySelector<HTMLElement>('[data-map-option]');
    if (mapOption !== null) mapOption.hidden = false;
    this.#mapOption?.addEventListener('change', () => this.#update());
    const details = this.closest('details');
    const follow = () => details?.open === true && this.#update();
    details?.addEventListener('toggle', follow);
    // Loaded by the first opening: already open.
    follow();
  }

  disconnectedCallback(): void {
    document.removeEventListener(VIEW_CHANGE_EVENT, this.#onViewChange);
  }

  get #t(): ChartText['t'] {
    this.#text ??= readPageText(this);
    return this.#text.t;
  }

  /** The site's public address, for snippets that other sites paste. */
  get #home(): string {
    return this.dataset['home'] ?? '/';
  }

  /** The site's path on this server, for what this page itself loads (preview, fonts). */
  get #base(): string {
    return this.dataset['base'] ?? '/';
  }

  get #mapOption(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[data-embed-map]');
  }

  #update(): void {
    const withMap = this.#mapOption?.checked === true;
    const search = withEmbedMap(this.#search, withMap);
    if (search === this.#shown) return;
    this.#shown = search;
    const title = this.dataset['title'] ?? '';
    // A frame of fixed height shows the map under the timeline without a scroll bar of its own.
    const height = Number(this.dataset['height'] ?? 640) + (withMap ? EMBED_MAP_HEIGHT : 0);
    const src = `${this.#home}embed/${search}`;
    const set = (name: string, text: string) => {
      const area = this.querySelector<HTMLTextAreaElement>(`[data-snippet="${name}"]`);
      if (area !== null) area.value = text;
    };
    set('iframe', toEmbedSnippet({ src, title, height }));
    set('script', toEmbedSnippet({ src, title, height, script: `${this.#home}embed.js` }));
    const params = new URLSearchParams(search);
    const event = params.get('event');
    const image =
      event !== null && /^[a-z0-9-]+$/.test(event) ? `snapshots/events/${event}.png` : 'snapshots/timeline.png';
    const alt = this.#t('embed.dialog.imageAlt', {
      title,
      view: describeView(params, this.#t),
      credit: this.dataset['credit'] ?? '',
    }).replace(/"/g, '&quot;');
    set(
      'image',
      `<a href="${this.#home}${search}"><img src="${this.#home}${image}" alt="${alt}" width="1200" style="max-width:100%;height:auto"></a>`,
    );
    const preview = this.querySelector('[data-preview]');
    if (preview !== null) {
      const frame = document.createElement('iframe');
      frame.src = `${this.#base}embed/${search}`;
      frame.title = this.#t('embed.dialog.previewTitle', { title });
      frame.loading = 'lazy';
      frame.className = 'embed-dialog__frame';
      preview.replaceChildren(frame);
    }
  }

  async #copy(button: HTMLButtonElement): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>(`#${CSS.escape(button.dataset['copy'] ?? '')}`);
    if (area === null) return;
    const copied = await copyText(area.value, () => area.select());
    this.#say(this.#t(copied ? 'embed.dialog.copied' : 'embed.dialog.selected'));
  }

  #say(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status !== null) status.textContent = text;
  }

  /**
   * The page's map as it is on screen, for a downloaded image when the reader keeps "include the map" ticked: a mark
   * hidden on screen left out (a dimmed one stays dimmed, see placeMapImageStyle), a rectangle of sea under it, its
   * colours as CSS (the image has not the page's stylesheet), and its caption's words (the places beyond it, the
   * borders' source) under it.
   */
  #mapLocator(): { locator: SnapshotLocator } | Record<string, never> {
    const map = pageMap();
    const include = this.querySelector<HTMLInputElement>('[data-include-map]');
    if (map === null || include === null || !include.checked) return {};
    const width = Number(map.getAttribute('width'));
    const height = Number(map.getAttribute('height'));
    if (!(width > 0 && height > 0)) return {};
    const clone = map.cloneNode(true) as SVGSVGElement;
    const shown = [...map.querySelectorAll('.place-map__place')].map((mark) => {
      const style = getComputedStyle(mark);
      return style.display !== 'none' && style.visibility !== 'hidden';
    });
    clone.querySelectorAll('.place-map__place').forEach((mark, i) => {
      if (shown[i] === false) mark.remove();
    });
    const sea = document.createElementNS(SVG_NS, 'rect');
    sea.setAttribute('class', 'place-map__sea');
    sea.setAttribute('width', String(width));
    sea.setAttribute('height', String(height));
    clone.prepend(sea);
    const figure = map.closest('figure');
    const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The places beyond the map are list items the stylesheet separates: "Beyond this map: Minsk, north-west; …".
    const beyond = figure?.querySelector('.place-map__beyond');
    const items = [...(beyond?.querySelectorAll('li') ?? [])].map(words);
    const caption = [
      items.length === 0 ? '' : `${words(beyond?.firstChild)} ${items.join('; ')}`,
      words(figure?.querySelector('.place-map__source')),
    ].filter((line) => line.trim() !== '');
    return {
      locator: {
        // XMLSerializer escapes every name and attribute on its way into the image.
        markup: new XMLSerializer().serializeToString(clone),
        width,
        height,
        caption,
        placement: 'below',
        style: placeMapImageStyle(mapPaint(LIGHT, SNAPSHOT_FONT_FAMILY)),
      },
    };
  }

  async #download(format: 'svg' | 'png'): Promise<void> {
    const chart = document.querySelector<SVGSVGElement>('tl-timeline svg[tabindex="0"]');
    if (chart === null) return;
    const box = chart.getBoundingClientRect();
    const width = Number(chart.getAttribute('width')) || box.width;
    const height = Number(chart.getAttribute('height')) || box.height;
    const fonts = await Promise.all(
      FONTS.map(async ({ file, weight }) => {
        const bytes = new Uint8Array(await (await fetch(`${this.#base}snapshots/fonts/${file}`)).arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return `@font-face{font-family:'${SNAPSHOT_FONT_FAMILY}';font-weight:${weight};src:url(data:font/ttf;base64,${btoa(binary)})}`;
      }),
    );
    const params = new URLSearchParams(this.#search);
    const now = new Date();
    const text = this.#text ?? readPageText(this);
    const today = formatChartDay(
      toDayNumber({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }),
      text,
    );
    const markup = composeSnapshot(
      { node: { markup: chart.innerHTML }, width, height },
      {
        title: this.dataset['title'] ?? '',
        rangeText: describeView(params, text.t),
        credit: this.dataset['credit'] ?? '',
        outlets: this.#outletsInView(chart),
        permalink: `${this.#home}${this.#search}`,
        madeOn: text.t('snapshot.madeOn', { date: today }),
        direction: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
        ...this.#mapLocator(),
      },
      { width: 1200 },
      text.t,
      fonts.join(''),
    );
    const svgBlob = new Blob([markup], { type: 'image/svg+xml' });
    if (format === 'svg') {
      this.#save(svgBlob, 'timeline-view.svg');
      return;
    }
    const url = URL.createObjectURL(svgBlob);
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    canvas.toBlob((png) => png && this.#save(png, 'timeline-view.png'), 'image/png');
  }

  #outletsInView(chart: SVGSVGElement): string[] {
    const table = JSON.parse(this.dataset['eventOutlets'] ?? '{"outlets":[],"byEvent":{}}') as EventOutlets;
    const ids = [...chart.querySelectorAll('[data-event-id]')].map((el) => el.getAttribute('data-event-id') ?? '');
    const inView = outletsInView(table, ids);
    return inView.length > 0 ? inView : (JSON.parse(this.dataset['outlets'] ?? '[]') as string[]);
  }

  #save(blob: Blob, name: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(this.#t('embed.dialog.downloaded', { name }));
  }
}

customElements.define('tl-embed-dialog', TlEmbedDialog);
