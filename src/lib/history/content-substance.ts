import { parseContentYaml } from '../load/content-yaml.ts';
import { splitFrontmatter } from '../load/split-frontmatter.ts';

/**
 * Frontmatter fields that date the page instead of saying something: changing them is not a change of substance
 * (an editor backdating `pagePublished` has not published a new version).
 */
export const PAGE_DATE_FIELDS = ['pagePublished', 'pageUpdated'] as const;

/**
 * What a content file says, independent of how it is written: its frontmatter values (keys sorted, whitespace in
 * text collapsed, page-date fields left out) and its Markdown body (paragraphs kept, line wrapping and indentation
 * dropped), as one canonical string. Two texts with the same substance differ only in formatting: Prettier, key
 * order, quoting style, line wrapping. A file whose frontmatter cannot be read is compared by its whitespace-
 * normalised text, so that history is never lost for a version that was broken at the time.
 * @example toSubstance('---\ntitle: A\nlane: x\n---\nSome\ntext\n') === toSubstance("---\nlane: 'x'\ntitle: A\n---\nSome text")
 */
export function toSubstance(text: string): string {
  const split = splitFrontmatter(text);
  const yaml = split.ok ? parseContentYaml(split.yaml) : undefined;
  if (!split.ok || yaml?.ok !== true) return `text:${normaliseMarkdown(text)}`;
  const fields: Record<string, unknown> = isRecord(yaml.value) ? { ...yaml.value } : { value: yaml.value };
  for (const field of PAGE_DATE_FIELDS) delete fields[field];
  return JSON.stringify({ fields: canonical(fields), body: normaliseMarkdown(split.body) });
}

/** Whether two texts of a content file say the same thing (see toSubstance). */
export function sameSubstance(a: string, b: string): boolean {
  return toSubstance(a) === toSubstance(b);
}

/** Markdown with its paragraphs kept and every other run of whitespace made one space: wrapping is not meaning. */
export function normaliseMarkdown(markdown: string): string {
  return markdown
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapse)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Sorted keys and collapsed text, so that key order and YAML's quoting and folding styles do not count.
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
