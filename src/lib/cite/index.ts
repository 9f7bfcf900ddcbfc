export { toEventCsl, toEventVersionCsl, type EventCslOptions } from './event-csl.ts';
export { toEventCitationTitle } from './event-citation-title.ts';
export { toArticleCsl, INFERRED_DATE_NOTE, type ArticleCslOptions } from './article-csl.ts';
export { toCslDate, toCslDay } from './csl-date.ts';
export { toCitationKey } from './citation-key.ts';
export { createSiteUrls } from './site-urls.ts';
export { formatCitation, formatCitationHtml, formatInTextCitation } from './format-citation.ts';
export { formatRis, toRisDate } from './format-ris.ts';
export { formatBiblatex } from './format-biblatex.ts';
export {
  CITATION_FORMATS,
  isCitationStyle,
  type CitationFileFormat,
  type CitationFormat,
  type CitationFormatInfo,
  type CitationStyle,
} from './citation-formats.ts';
export type { CslDate, CslDateParts, CslItem, CslType } from './csl-item.ts';
export {
  citeArticle,
  citeEvent,
  citeEventVersion,
  toCitationEntry,
  type CitationContext,
  type CitationEntry,
  type CitationText,
  type VersionToCite,
} from './citation-entry.ts';
export { toDatasetCsl } from './dataset-csl.ts';
