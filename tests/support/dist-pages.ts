import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** One built HTML page: its URL path and its parsed document. */
export interface DistPage {
  /** `/events/x/` for dist/events/x/index.html, `/404.html` for dist/404.html. */
  readonly path: string;
  readonly file: string;
  readonly html: string;
  readonly document: Document;
}

/** Every HTML page of a built site. */
export function readDistPages(outDir: string): DistPage[] {
  const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
  return files.map((file) => {
    const full = join(outDir, file);
    const html = readFileSync(full, 'utf8');
    const path =
      '/' +
      relative(outDir, full)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1');
    return { path, file: full, html, document: parseHTML(html).document as unknown as Document };
  });
}

/** All ids in a page. */
export function idsOf(page: DistPage): Set<string> {
  return new Set([...page.document.querySelectorAll('[id]')].map((el) => el.getAttribute('id') ?? ''));
}

/**
 * Whether a page is the web editor (/admin/), a tool for the site's editors rather than a page for readers: it runs
 * the CMS's own scripts and styles, and reader-page rules (one stylesheet, the feed link) do not apply to it.
 */
export function isEditorPage(page: DistPage): boolean {
  return page.path.startsWith('/admin/');
}
