import type { MessageKey } from '../i18n/catalogues.ts';

/** A reference style a reader copies into an essay. */
export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'harvard';

/** A file format that reference managers import. */
export type CitationFileFormat = 'bibtex' | 'ris' | 'csl-json';

/** Every format formatCitation() writes. */
export type CitationFormat = CitationStyle | CitationFileFormat;

/** How a format is named to readers, and how it is downloaded. */
export interface CitationFormatInfo {
  readonly format: CitationFormat;
  readonly label: string;
  /** File extension for downloads, without the dot. */
  readonly extension: string;
  readonly mediaType: string;
}

/** The formats in the order a cite box lists them, with labels and download details. */
export const CITATION_FORMATS: readonly CitationFormatInfo[] = [
  { format: 'apa', label: 'APA (7th edition)', extension: 'txt', mediaType: 'text/plain' },
  { format: 'mla', label: 'MLA (9th edition)', extension: 'txt', mediaType: 'text/plain' },
  {
    format: 'chicago',
    label: 'Chicago (17th edition, notes and bibliography)',
    extension: 'txt',
    mediaType: 'text/plain',
  },
  { format: 'harvard', label: 'Harvard (Cite Them Right)', extension: 'txt', mediaType: 'text/plain' },
  { format: 'bibtex', label: 'BibTeX (BibLaTeX)', extension: 'bib', mediaType: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { format: 'csl-json', label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
];

/**
 * A reference style's name in the page's language (the catalogue's `cite.style.*`: "APA (7th edition)"); file
 * formats are named the same in every language.
 */
export const CITATION_STYLE_NAMES: Readonly<Record<CitationStyle, MessageKey>> = {
  apa: 'cite.style.apa',
  mla: 'cite.style.mla',
  chicago: 'cite.style.chicago',
  harvard: 'cite.style.harvard',
};

/** Whether a format is a reference style (text for an essay) rather than a file format. */
export function isCitationStyle(format: CitationFormat): format is CitationStyle {
  return format === 'apa' || format === 'mla' || format === 'chicago' || format === 'harvard';
}
