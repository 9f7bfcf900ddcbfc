import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationStyle } from './citation-formats.ts';
import { CSL_FILES } from './styles/csl-files.ts';

/** What citation-js needs to format a style: the registered template's name and the locale. */
export interface CslStyle {
  readonly template: string;
  readonly lang: string;
}

interface StyleSource extends CslStyle {
  /** The shipped file in styles/; absent for APA, which plugin-csl bundles. */
  readonly file?: string;
}

// Chicago is the notes-and-bibliography variant (full notes), the one history and the humanities use.
// Harvard (Cite Them Right) is a British style: its own default locale is en-GB ("Available at: … (Accessed: …)").
const STYLES: Record<CitationStyle, StyleSource> = {
  apa: { template: 'apa', lang: 'en-US' },
  mla: { template: 'modern-language-association', lang: 'en-US', file: 'modern-language-association.csl' },
  chicago: { template: 'chicago-fullnote-bibliography', lang: 'en-US', file: 'chicago-fullnote-bibliography.csl' },
  harvard: { template: 'harvard-cite-them-right', lang: 'en-GB', file: 'harvard-cite-them-right.csl' },
};

// Locales plugin-csl does not bundle (it has en-US, de-DE, es-ES, fr-FR, nl-NL).
const LOCALE_FILES: Record<string, string> = { 'en-GB': 'locales-en-GB.xml' };

/** The citation-js template and locale of a style, registering the shipped CSL files with plugin-csl on first use. */
export function cslStyleOf(style: CitationStyle): CslStyle {
  const { template, lang, file } = STYLES[style];
  const config = plugins.config.get('@csl');
  if (file !== undefined && !config.styles.has(template)) config.styles.add(template, shippedFile(file));
  const localeFile = LOCALE_FILES[lang];
  if (localeFile !== undefined && !config.locales.has(lang)) config.locales.add(lang, shippedFile(localeFile));
  return { template, lang };
}

function shippedFile(name: string): string {
  const text = CSL_FILES[name];
  if (text === undefined)
    throw new Error(`src/lib/cite/styles/${name} is not in csl-files.ts: run embed-csl-files.mjs`);
  return text;
}
