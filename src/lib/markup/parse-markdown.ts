import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** The Markdown syntax tree of editors' text, parsed exactly as the renderer parses it (CommonMark + GFM). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
