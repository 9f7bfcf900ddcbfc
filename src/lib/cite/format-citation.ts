import { Cite } from '@citation-js/core';
import { withCaseProtection } from './case-protection.ts';
import type { CitationFormat, CitationStyle } from './citation-formats.ts';
import type { CslItem } from './csl-item.ts';
import { cslStyleOf } from './csl-styles.ts';
import { formatBiblatex } from './format-biblatex.ts';
import { formatRis } from './format-ris.ts';

/**
 * CSL items as text in a citation format, all formatting done by citation-js. A style gives the reference-list
 * entries (sorted as the style sorts them, one per line, no trailing newline); a file format gives the file's text
 * ending in a newline (RIS: CRLF, as its specification requires). `bibtex` is the BibLaTeX dialect (`@online`,
 * `date`, `urldate`): classic BibTeX keeps no day, so only BibLaTeX carries our data whole; biber, Zotero and JabRef
 * read it. CSL-JSON is the items as they are, plain text. A style's own words ("accessed") are in `language`'s CSL
 * locale where CSL has one (csl-styles.ts).
 * @example formatCitation([toEventCsl(event, options)], 'apa')
 * // "Karabakh timeline editors. (2026, November 23). Ceasefire statement ends the 2020 war (10 November 2020). Karabakh: … https://…"
 */
export function formatCitation(items: readonly CslItem[], format: CitationFormat, language = 'en'): string {
  switch (format) {
    case 'bibtex':
      return formatBiblatex(checked(items));
    case 'ris':
      return formatRis(checked(items));
    case 'csl-json':
      return `${JSON.stringify(checked(items), null, 2)}\n`;
    default:
      return formatStyle(items, format, 'text', language);
  }
}

/**
 * The same reference-list entries as HTML (`<div class="csl-bib-body">` with a `csl-entry` per item), keeping the
 * italics the styles ask for; citation-js escapes the text.
 */
export function formatCitationHtml(items: readonly CslItem[], style: CitationStyle, language = 'en'): string {
  return formatStyle(items, style, 'html', language);
}

/**
 * The in-text citation for items: "(Karabakh timeline editors, 2020)" in APA, a parenthetical in MLA and Harvard,
 * and the full footnote in Chicago (notes and bibliography).
 */
export function formatInTextCitation(items: readonly CslItem[], style: CitationStyle, language = 'en'): string {
  const { template, lang } = cslStyleOf(style, language);
  return String(toCite(items).format('citation', { format: 'text', template, lang })).trim();
}

function formatStyle(
  items: readonly CslItem[],
  style: CitationStyle,
  format: 'text' | 'html',
  language: string,
): string {
  const { template, lang } = cslStyleOf(style, language);
  return String(toCite(items).format('bibliography', { format, template, lang })).trim();
}

function toCite(items: readonly CslItem[]): Cite {
  // citation-js annotates what it is given; hand it copies so callers' items stay as they were.
  return new Cite(structuredClone(checked(items).map(withCaseProtection)));
}

// The styles look items up by id, so two items with one id would silently cite the same thing twice.
function checked(items: readonly CslItem[]): readonly CslItem[] {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id))
      throw new Error(`two citation items have the id "${id}": cite an event and an article separately`);
    seen.add(id);
  }
  return items;
}
