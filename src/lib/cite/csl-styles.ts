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

// Locales plugin-csl does not bundle (it has en-US, de-DE, es-ES, fr-FR, nl-NL), by their CSL tag.
const LOCALE_FILES: Record<string, string> = {
  'en-GB': 'locales-en-GB.xml',
  ar: 'locales-ar.xml',
  'hy-AM': 'locales-hy-AM.xml',
  'ru-RU': 'locales-ru-RU.xml',
  'tr-TR': 'locales-tr-TR.xml',
  'uk-UA': 'locales-uk-UA.xml',
};

// A language's CSL locale: its own dialect where CSL has one (`ru` is written `ru-RU` there), else its primary
// dialect (CSL's locales.json). Languages CSL has no locale for (Azerbaijani, in 2026) keep the style's own.
const CSL_LOCALES: Record<string, string> = {
  ar: 'ar',
  de: 'de-DE',
  es: 'es-ES',
  fr: 'fr-FR',
  hy: 'hy-AM',
  nl: 'nl-NL',
  ru: 'ru-RU',
  tr: 'tr-TR',
  uk: 'uk-UA',
};

/** The CSL locale for a site language, or undefined where the style's own (English) locale is used. */
export function cslLocaleOf(language: string): string | undefined {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  if (primary === 'en') return undefined;
  const exact = Object.keys(LOCALE_FILES).find((tag) => tag.toLowerCase() === language.toLowerCase());
  return exact ?? CSL_LOCALES[primary];
}

/**
 * The citation-js template and locale of a style in a site language (the style's terms, "accessed", "available at",
 * in that language where CSL has a locale for it), registering the shipped CSL files with plugin-csl on first use.
 */
export function cslStyleOf(style: CitationStyle, language = 'en'): CslStyle {
  const { template, file } = STYLES[style];
  const lang = cslLocaleOf(language) ?? STYLES[style].lang;
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
