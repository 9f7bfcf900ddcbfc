import { markdownProblems, type MarkupPolicy } from '../markup/markdown-problems.ts';
import type { ContentProblem } from './content-problem.ts';
import { parseContentYaml } from './content-yaml.ts';
import { splitFrontmatter } from './split-frontmatter.ts';

/** A content file as read from disk: where it is (for messages) and what it says. */
export interface SourceFile {
  /** Path relative to the working directory, e.g. `content/events/ceasefire.md`. */
  readonly path: string;
  readonly text: string;
}

/** The files of one translation folder, `translations/<language>/`. */
export interface TranslationSources {
  /** The folder's name: the language tag as the editors wrote it. */
  readonly language: string;
  /** The folder, relative to the working directory, for messages. */
  readonly folder: string;
  readonly config?: SourceFile;
  readonly about?: SourceFile;
  /** `places.yaml`: the places' names in this language. */
  readonly places?: SourceFile;
  readonly events: readonly SourceFile[];
  readonly articles: readonly SourceFile[];
}

/** A content file's permanent id: its name without the folder and `.md`. */
export function contentIdOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(md|markdown)$/, '');
}

/** The YAML value of a file's frontmatter and the text below it; undefined (and a problem) when it has none. */
export function readFrontmatter(
  file: SourceFile,
  problems: ContentProblem[],
): { data: unknown; body: string } | undefined {
  const split = splitFrontmatter(file.text);
  if (!split.ok) {
    problems.push({ file: file.path, field: 'frontmatter', message: split.reason });
    return undefined;
  }
  const yaml = parseContentYaml(split.yaml, split.yamlLine);
  if (!yaml.ok) {
    problems.push({ file: file.path, field: 'frontmatter', message: yaml.reason });
    return undefined;
  }
  return { data: yaml.value, body: split.body };
}

/** Report every reason a piece of Markdown cannot be published (raw HTML, unsafe links…) as a problem of `field`. */
export function checkMarkdown(
  markdown: string,
  file: string,
  field: string,
  policy: MarkupPolicy,
  problems: ContentProblem[],
): void {
  for (const message of markdownProblems(markdown, policy)) problems.push({ file, field, message });
}
