import type { Element, Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { DEFAULT_MARKUP_POLICY, type MarkupPolicy } from './markdown-problems.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { remarkSmartPunctuation } from './smart-punctuation.ts';
import { isLocalImageUrl, isSafeLinkUrl } from './url-kind.ts';

type HtmlProcessor = Processor<any, any, any, any, string>;
const processors = new Map<string, HtmlProcessor>();

/**
 * Editors' Markdown (a summary, about.md) as HTML that is safe to write into any page: the one renderer of every
 * output. `markdownProblems` rejects unsafe text at load time; this sanitises again, so text that was never checked
 * still cannot run script, load from another host or leave its box. Raw HTML is parsed only when the policy allows
 * some elements, and then only those elements survive.
 * @example renderMarkdown('It\'s **new** <script>x</script>') // '<p>It’s <strong>new</strong> </p>'
 */
export function renderMarkdown(markdown: string, policy: MarkupPolicy = DEFAULT_MARKUP_POLICY): string {
  const key = [...policy.allowHtml].sort().join(',');
  let processor = processors.get(key);
  if (processor === undefined) {
    processor = createProcessor(policy);
    processors.set(key, processor);
  }
  return String(processor.processSync(markdown));
}

function createProcessor(policy: MarkupPolicy): HtmlProcessor {
  const allowHtml = policy.allowHtml.length > 0;
  const base = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartPunctuation)
    .use(remarkRehype, { allowDangerousHtml: allowHtml });
  const parsed = allowHtml ? base.use(rehypeRaw) : base;
  return parsed
    .use(rehypeSanitize, sanitizeSchema(policy))
    .use(rehypeDropUnsafeUrls)
    .use(rehypeStringify) as unknown as HtmlProcessor;
}

// rehype-sanitize checks schemes but lets any relative-looking URL through, protocol-relative `//host` included, and
// does not know which images are remote: this is the same rule markdownProblems applies.
function rehypeDropUnsafeUrls() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const { href, src, cite } = node.properties;
      if (typeof href === 'string' && !isSafeLinkUrl(href)) delete node.properties['href'];
      if (typeof cite === 'string' && !isSafeLinkUrl(cite)) delete node.properties['cite'];
      if (
        node.tagName === 'img' &&
        (typeof src !== 'string' || !isLocalImageUrl(src)) &&
        parent &&
        index !== undefined
      ) {
        // The alt text stays, as the text the image stood for.
        const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
        parent.children.splice(index, 1, { type: 'text', value: alt });
        return index + 1;
      }
      return undefined;
    });
  };
}
