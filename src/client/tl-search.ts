/**
 * <tl-search>: runs the search form on the search page in the browser with Pagefind. The form works without this
 * element (it submits `?q=…&lane=…&outlet=…` to the same page); the element reads those parameters, queries the
 * static index and lists the results, and keeps the URL in step so a search can be shared.
 */
import type { Translate } from '../lib/i18n/translator.ts';
import { readPageText } from './page-text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindModule {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 30;

class TlSearch extends HTMLElement {
  #pagefind: Promise<PagefindModule> | undefined;
  #run = 0;
  #t: Translate = (key) => key;

  connectedCallback(): void {
    this.#t = readPageText(this).t;
    const form = this.querySelector('form');
    if (form === null) return;
    this.#fill(new URLSearchParams(location.search));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(true);
    });
    form.addEventListener('change', () => void this.#search(true));
    let timer: number | undefined;
    form.querySelector('input[type="search"]')?.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void this.#search(false), 250);
    });
    void this.#search(false);
  }

  #fill(params: URLSearchParams): void {
    const query = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (query !== null) query.value = params.get('q') ?? '';
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
  }

  #state(): { params: URLSearchParams; term: string; filters: Record<string, string[]> } {
    const form = this.querySelector('form')!;
    const params = new URLSearchParams();
    const filters: Record<string, string[]> = {};
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      params.append(name, value);
      if (name !== 'q') (filters[name] ??= []).push(value);
    }
    return { params, term: (params.get('q') ?? '').trim(), filters };
  }

  async #search(updateUrl: boolean): Promise<void> {
    const run = ++this.#run;
    const { params, term, filters } = this.#state();
    if (updateUrl) history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    const status = this.querySelector('[data-status]');
    const list = this.querySelector('[data-results]');
    if (status === null || list === null) return;
    if (term === '' && Object.keys(filters).length === 0) {
      status.textContent = this.#t('search.live.prompt');
      list.replaceChildren();
      return;
    }
    try {
      const pagefind = await this.#load();
      const search = await pagefind.search(term === '' ? null : term, { filters });
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (run !== this.#run) return;
      list.replaceChildren(...data.map((item) => this.#render(item)));
      const count = search.results.length;
      status.textContent =
        count === 0
          ? this.#t('search.live.none')
          : count > MAX_RESULTS
            ? this.#t('search.live.countCapped', { count, shown: MAX_RESULTS })
            : this.#t('search.live.count', { count });
    } catch {
      status.textContent = this.#t('search.live.failed');
    }
  }

  #load(): Promise<PagefindModule> {
    const bundle = this.dataset['bundle'] ?? '/pagefind/';
    this.#pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (module: PagefindModule) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    return this.#pagefind;
  }

  #render(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = [
      item.filters['type']?.[0],
      item.meta['date'],
      item.filters['lane']?.[0],
      item.filters['outlet']?.join(', '),
    ]
      .filter(Boolean)
      .join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.append(...excerptNodes(item.excerpt));
    li.append(heading, meta, excerpt);
    return li;
  }
}

/**
 * The excerpt as text with the matched words in <mark>, and nothing else: the excerpt is page text (editors' and
 * articles' words), so it is parsed inert in a <template> and only its text and its marks are kept, whatever
 * Pagefind did or did not escape.
 */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (!(node instanceof Element) || node.localName !== 'mark') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

customElements.define('tl-search', TlSearch);
