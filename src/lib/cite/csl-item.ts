/**
 * The CSL-JSON this site produces: the common input of every citation format (citation-js formats APA, MLA,
 * Chicago, Harvard, BibTeX and RIS from it). Field names are CSL's own, so the objects serialise as valid CSL-JSON
 * (https://citationstyles.org/, schema `csl-data.json` v1.0).
 */

/** One date: [year], [year, month] or [year, month, day], at the precision the source gives. */
export type CslDateParts = readonly [number] | readonly [number, number] | readonly [number, number, number];

/** A CSL date: one set of date-parts, or two for a range (both at the same precision, as CSL requires). */
export interface CslDate {
  readonly 'date-parts': readonly [CslDateParts] | readonly [CslDateParts, CslDateParts];
  /** Set when the date is approximate or uncertain; styles that support it print "ca." or a question mark. */
  readonly circa?: true;
}

/** The CSL item types used here: an event page of this site, a source article, or the open dataset. */
export type CslType = 'webpage' | 'article-newspaper' | 'dataset';

/** A CSL-JSON item. No `author`: events and articles here have no personal author, and an organisation is never a person. */
export interface CslItem {
  readonly id: string;
  readonly type: CslType;
  /** The BibTeX key reference managers keep. */
  readonly 'citation-key': string;
  readonly title: string;
  /** The site's name for an event page, the outlet for an article; none for the dataset. */
  readonly 'container-title'?: string;
  /** The form of a dataset: "JSON, CSV". */
  readonly medium?: string;
  readonly publisher?: string;
  readonly issued: CslDate;
  readonly accessed?: CslDate;
  readonly URL?: string;
  readonly note?: string;
  readonly language?: string;
}
