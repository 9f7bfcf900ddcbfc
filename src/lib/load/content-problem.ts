/** One thing wrong with the content: which file, which field, and why. */
export interface ContentProblem {
  /** Path of the file, relative to the working directory: `content/events/ceasefire.md`. */
  readonly file: string;
  /** The field, as a path into the frontmatter: `citations[1].quote`; empty for the file as a whole. */
  readonly field: string;
  readonly message: string;
}

/** `content/events/ceasefire.md: citations[1].quote: not found in article "aa-2021-10-14"` */
export function formatContentProblem({ file, field, message }: ContentProblem): string {
  return field === '' ? `${file}: ${message}` : `${file}: ${field}: ${message}`;
}

/** Thrown when content is invalid; carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The timeline content has ${count}:\n${problems.map((p) => `  - ${formatContentProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `citations[1].quote` from a path such as ['citations', 1, 'quote']. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
