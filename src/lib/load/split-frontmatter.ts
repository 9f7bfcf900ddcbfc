import matter from 'gray-matter';

/** A content file cut into its frontmatter and its body. */
export type FrontmatterSplit =
  | { ok: true; yaml: string; body: string; /** The file's line number where the YAML starts. */ yamlLine: number }
  | { ok: false; reason: string };

const FENCE = /^---[ \t]*$/;

/**
 * Cut a Markdown file into the YAML between its opening and closing `---` lines and the text after them. A byte
 * order mark and blank lines before the opening line are allowed; line ends may be LF or CRLF.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') // { ok: true, yaml: 'title: A', body: 'Text', yamlLine: 2 }
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && (lines[open] as string).trim() === '') open++;
  if (open === lines.length || !FENCE.test(lines[open] as string)) {
    return { ok: false, reason: 'missing: the file must start with a "---" line' };
  }
  // gray-matter reads an unclosed frontmatter as YAML to the end of the file; say what is really wrong instead.
  const close = lines.findIndex((line, i) => i > open && FENCE.test(line));
  if (close < 0) return { ok: false, reason: 'no closing "---" line' };
  // The YAML text is parsed by the caller (bounded, with line numbers), so gray-matter's engine only hands it over.
  let yaml = '';
  const fenced = lines.slice(open).map((line, i) => (i === 0 || i === close - open ? '---' : line));
  const split = matter(fenced.join('\n'), {
    engines: {
      yaml: (source: string) => {
        yaml = source;
        return {};
      },
    },
  });
  return { ok: true, yaml: yaml.replace(/^\n/, ''), body: split.content, yamlLine: open + 2 };
}
