/**
 * The HTML elements a site may allow inside editors' Markdown (`allowHtml` in timeline.yaml). Nothing else is ever
 * allowed: no setting turns sanitising off. The list is documented in the README.
 */
export const OPTIONAL_HTML_ELEMENTS = [
  'abbr',
  'bdi',
  'br',
  'cite',
  'del',
  'dfn',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'sub',
  'sup',
  'time',
  'wbr',
] as const;

export type OptionalHtmlElement = (typeof OPTIONAL_HTML_ELEMENTS)[number];

/** What an editor's Markdown may contain beyond plain Markdown. */
export interface MarkupPolicy {
  readonly allowHtml: readonly OptionalHtmlElement[];
}

/** Plain Markdown, no raw HTML at all: the default. */
export const DEFAULT_MARKUP_POLICY: MarkupPolicy = { allowHtml: [] };

/**
 * Every reason `markdown` cannot be published (raw HTML, unsafe links, remote images), each quoting the offending
 * markup; empty when it is safe. The loader reports each as a `file: field: reason` problem.
 */
export function markdownProblems(markdown: string, policy: MarkupPolicy = DEFAULT_MARKUP_POLICY): string[] {
  // Interface stub: the real checks land with the Markdown pipeline (src/lib/markup).
  void markdown;
  void policy;
  return [];
}
