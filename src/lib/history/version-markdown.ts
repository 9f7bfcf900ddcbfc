import { markdownProblems, type MarkupPolicy } from '../markup/markdown-problems.ts';
import { renderMarkdown } from '../markup/render-markdown.ts';

/** An old version's Markdown, ready for a page: sanitised HTML, or the plain text when today's checks refuse it. */
export type VersionMarkdown = { readonly html: string } | { readonly text: string; readonly problems: string[] };

/**
 * Render Markdown from an old version: through the one sanitising renderer when today's checks accept it, and
 * otherwise as text to be escaped by the page, so that nothing an old version held can become markup.
 */
export function renderVersionMarkdown(markdown: string, policy: MarkupPolicy): VersionMarkdown {
  const problems = markdownProblems(markdown, policy);
  return problems.length === 0 ? { html: renderMarkdown(markdown, policy) } : { text: markdown, problems };
}
