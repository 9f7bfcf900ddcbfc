import { parseContentYaml } from '../load/content-yaml.ts';
import { FRONTMATTER_COMMENTS } from './write-content-file.ts';

/** A content file's fields as the editor holds them, or why the file cannot be read. */
export type ContentFileFields = { ok: true; fields: Record<string, unknown> } | { ok: false; reason: string };

const FENCE = /^---[ \t]*$/;

/**
 * A content file's frontmatter fields, its `body` (the text after the closing `---` line, exactly) and the comment
 * lines at the top of its frontmatter (under FRONTMATTER_COMMENTS): the inverse of writeContentFile(), so that
 * `writeContentFile(c, readContentFile(text).fields) === text` for a file in the canonical form. The YAML is read
 * as the build reads it (parseContentYaml); the cut is made here, line by line, because the editor runs in the
 * browser, where gray-matter's file system code cannot.
 */
export function readContentFile(text: string): ContentFileFields {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!FENCE.test((lines[0] ?? '').replace(/\r$/, ''))) {
    return { ok: false, reason: 'frontmatter: missing: the file must start with a "---" line' };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line.replace(/\r$/, '')));
  if (close < 0) return { ok: false, reason: 'frontmatter: no closing "---" line' };
  const yamlLines = lines.slice(1, close);
  const parsed = parseContentYaml(yamlLines.join('\n'), 2);
  if (!parsed.ok) return { ok: false, reason: `frontmatter: ${parsed.reason}` };
  const value = parsed.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'frontmatter: must be a set of fields ("name: value" lines)' };
  }
  const comments: string[] = [];
  for (const line of yamlLines) {
    const comment = /^#\s?(.*)$/.exec(line);
    if (comment === null) break;
    comments.push(comment[1] as string);
  }
  return {
    ok: true,
    fields: {
      ...(comments.length === 0 ? {} : { [FRONTMATTER_COMMENTS]: comments.join('\n') }),
      ...(value as Record<string, unknown>),
      body: lines.slice(close + 1).join('\n'),
    },
  };
}
