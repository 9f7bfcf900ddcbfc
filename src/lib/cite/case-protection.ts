import type { CslItem } from './csl-item.ts';

/**
 * The item as citation-js should format it: an article's outlet wrapped in CSL's `nocase` mark, so that APA and
 * MLA do not title-case "GENERICO.ru" into "GENERICO.Ru" and BibLaTeX keeps its case in braces. The mark is CSL
 * rich text, added only on the way into the formatter: the CSL-JSON people download stays plain text, because
 * consumers other than citeproc show the markup raw.
 */
export function withCaseProtection(item: CslItem): CslItem {
  const container = item['container-title'];
  if (item.type !== 'article-newspaper' || container === undefined) return item;
  return { ...item, 'container-title': `<span class="nocase">${container}</span>` };
}
