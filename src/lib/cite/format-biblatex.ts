import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { withCaseProtection } from './case-protection.ts';
import type { CslItem } from './csl-item.ts';

/** One entry as citation-js maps it: field values already escaped for LaTeX. */
interface BiblatexEntry {
  readonly type: string;
  readonly label: string;
  readonly properties: Record<string, string>;
}

/**
 * BibLaTeX for CSL items: citation-js maps the fields and escapes the values (its `biblatex` output as objects) and
 * this writes the entries, with repairs so that biber's data model check (`biber --tool --validate-datamodel`)
 * accepts them:
 * - a web page (`@online`) names its site in `titleaddon`, as Zotero's BibLaTeX export does: citation-js writes
 *   `booktitle`, which is not a field of `@online`;
 * - a newspaper article (`@article`, which requires an author) has its outlet as a corporate author in double
 *   braces, `author = {{Anadolu Agency}}`, so that no tool splits it into a first and last name. The articles here
 *   carry no byline; Chicago puts an unsigned newspaper article under the paper's name the same way. The CSL-JSON
 *   and RIS keep no author, and the styles (APA and the others) move the title first, as they do for unsigned work;
 * - one line per field.
 */
export function formatBiblatex(items: readonly CslItem[]): string {
  const entries = new Cite(structuredClone(items.map(withCaseProtection))).format('biblatex', {
    format: 'object',
  }) as BiblatexEntry[];
  return entries.map((entry) => toText(repair(entry))).join('');
}

function repair(entry: BiblatexEntry): BiblatexEntry {
  const fields = Object.entries(entry.properties);
  if (entry.type === 'online')
    return {
      ...entry,
      properties: Object.fromEntries(fields.map(([f, v]) => [f === 'booktitle' ? 'titleaddon' : f, v])),
    };
  const outlet = entry.properties['journaltitle'];
  if (entry.type === 'article' && outlet !== undefined && entry.properties['author'] === undefined)
    return { ...entry, properties: { author: asOneName(outlet), ...entry.properties } };
  return entry;
}

// The outlet as citation-js escaped it, braced once as a whole (its nocase mark usually braced it already), so
// that biber reads one corporate name and never splits it at an "and" or a comma.
function asOneName(value: string): string {
  return isOneGroup(value) ? value : `{${value}}`;
}

function isOneGroup(value: string): boolean {
  if (!value.startsWith('{')) return false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '{') depth++;
    else if (value[i] === '}' && --depth === 0) return i === value.length - 1;
  }
  return false;
}

// One line per field: a line break in a value is a space to BibTeX, and a blank line would end a paragraph in the
// middle of a title.
function toText({ type, label, properties }: BiblatexEntry): string {
  const fields = Object.entries(properties).map(
    ([field, value]) => `\t${field} = {${value.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ')}},\n`,
  );
  return `@${type}{${label},\n${fields.join('')}}\n`;
}
