import { parseContentYaml } from '../load/content-yaml.ts';
import { splitFrontmatter } from '../load/split-frontmatter.ts';

/** A citation as an old version of an event stored it, every field as written (or missing). */
export interface CitationView {
  readonly article?: string;
  readonly quote?: string;
  readonly stance?: string;
  readonly claimant?: string;
}

/**
 * What an event said in one version, read leniently from its raw text: today's schema may reject an old version
 * (a missing field, a lane since renamed, an article since removed), yet readers must still see what it said.
 * Every value is text as written; nothing here is validated or cross-checked.
 */
export interface EventVersionView {
  readonly title?: string;
  readonly date?: string;
  readonly lane?: string;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly summary: string;
  readonly note?: string;
  readonly citations: readonly CitationView[];
  /** Why the frontmatter could not be read at all (then `summary` holds the whole text). */
  readonly unreadable?: string;
}

/**
 * Read an event file's text as leniently as possible.
 * @example readEventVersion('---\ntitle: A\ndate: 1991\n---\nText').date // "1991"
 */
export function readEventVersion(text: string): EventVersionView {
  const split = splitFrontmatter(text);
  if (!split.ok) return { actors: [], places: [], citations: [], summary: text.trim(), unreadable: split.reason };
  const yaml = parseContentYaml(split.yaml, split.yamlLine);
  if (!yaml.ok) return { actors: [], places: [], citations: [], summary: text.trim(), unreadable: yaml.reason };
  const data = isRecord(yaml.value) ? yaml.value : {};
  const citations = Array.isArray(data['citations']) ? data['citations'] : [];
  return {
    ...textField(data, 'title'),
    ...textField(data, 'date'),
    ...textField(data, 'lane'),
    actors: textList(data['actors']),
    places: textList(data['places']),
    summary: split.body.trim(),
    ...textField(data, 'note'),
    citations: citations.map((raw: unknown) => {
      const citation = isRecord(raw) ? raw : {};
      return {
        ...textField(citation, 'article'),
        ...textField(citation, 'quote'),
        ...textField(citation, 'stance'),
        ...textField(citation, 'claimant'),
      };
    }),
  };
}

/** A citation as one line of text, for lists and diffs: `ceasefire-article: “quote” (claim by Armenia)`. */
export function formatCitationView(citation: CitationView): string {
  const stance =
    citation.stance === 'claim' && citation.claimant !== undefined
      ? `claim by ${citation.claimant}`
      : (citation.stance ?? 'stance missing');
  return `${citation.article ?? '(article missing)'}: “${citation.quote ?? '(quote missing)'}” (${stance})`;
}

// A value as written, when it is a scalar: YAML reads an unquoted 1991 as a number, which is still the date.
function textField<K extends string>(record: Record<string, unknown>, key: K): { [P in K]?: string } {
  const value = record[key];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const text = String(value).trim();
    return text === '' ? {} : ({ [key]: text } as { [P in K]?: string });
  }
  return {};
}

function textList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (typeof item === 'string' || typeof item === 'number' ? [String(item)] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
