import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { OPTIONAL_HTML_ATTRIBUTES, type MarkupPolicy } from './markdown-problems.ts';

// What plain Markdown produces and a summary can use. No h1 (the page's title is its only h1), no tables, no
// footnotes, no form controls (GFM task lists), no id or class (they could reach the site's own styles and scripts).
const MARKDOWN_ELEMENTS = [
  'p',
  'br',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'img',
];
const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

// Removed with their content rather than unwrapped: their text is code, style or a document of its own.
const REMOVED_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'textarea',
  'title',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
  'object',
  'svg',
  'math',
  'select',
  'xmp',
];

// hast names properties in camel case.
const PROPERTY_NAMES: Record<string, string> = { datetime: 'dateTime' };

/**
 * The allow-list rehype-sanitize applies to every rendered summary and about.md: plain Markdown's elements plus the
 * optional elements the site's policy allows, each with only its documented attributes. Links may use http(s) or
 * mailto (or be relative); anything the list does not name is dropped.
 */
export function sanitizeSchema(policy: MarkupPolicy): SanitizeSchema {
  const attributes: Record<string, string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'], ol: ['start'] };
  for (const element of policy.allowHtml) {
    const names = (OPTIONAL_HTML_ATTRIBUTES[element] ?? []).map((name) => PROPERTY_NAMES[name] ?? name);
    attributes[element] = [...(attributes[element] ?? []), ...names];
  }
  return {
    tagNames: [...MARKDOWN_ELEMENTS, ...HEADINGS, ...policy.allowHtml],
    attributes,
    protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
    strip: REMOVED_WITH_CONTENT,
    allowComments: false,
    allowDoctypes: false,
    clobber: [],
    required: {},
    ancestors: { li: ['ol', 'ul'] },
  };
}
