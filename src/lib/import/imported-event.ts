/** A citation as an import brings it: checked against the article's text by the loader, like any other. */
export interface ImportedCitation {
  readonly article: string;
  readonly quote: string;
  readonly stance: 'fact' | 'claim';
  readonly claimant?: string;
}

/** One event read from another tool's file, before it becomes an event file. */
export interface ImportedEvent {
  /** Where it was in the source: the spreadsheet row (the header is row 1) or the slide (the first is 1). */
  readonly row: number;
  /** The id the source gave it (TimelineJS `unique_id`, our `id` column), when it has one. */
  readonly sourceId?: string;
  readonly title: string;
  /** EDTF, at the precision the source gives. */
  readonly date: string;
  /** The source's group or lane, by id or label; matched to the site's lanes later. */
  readonly group?: string;
  /** Markdown, already converted and sanitised. */
  readonly summary: string;
  readonly note?: string;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly citations: readonly ImportedCitation[];
  /** Corrections as this site's events.csv carries them: the day (`YYYY-MM-DD`) and the editors' words. */
  readonly corrections?: readonly { readonly date: string; readonly text: string }[];
  /** Media and links the source attached, kept for the editor as a comment in the file (a summary cannot show them). */
  readonly kept: readonly string[];
}

/** Why a row was not imported: the row, the column (or field) and the reason. */
export interface ImportProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** What reading a source file gave: the events, the rows it skipped and why, and what it had to leave behind. */
export interface ImportRead {
  /** What a number counts: spreadsheet rows (the header is row 1) or TimelineJS slides (`events[0]` is slide 1). */
  readonly unit: 'row' | 'slide';
  readonly events: readonly ImportedEvent[];
  readonly problems: readonly ImportProblem[];
  /** Rows left out on purpose (a title slide, an era, an empty row), each with its reason. */
  readonly skipped: readonly ImportProblem[];
}

/**
 * `row 7: Year: must be a whole number, not "19x4"`; number 0 is the file as a whole (its title slide, its eras).
 */
export function formatImportProblem({ row, column, message }: ImportProblem, unit: ImportRead['unit'] = 'row'): string {
  const where = [...(row === 0 ? [] : [`${unit} ${row}`]), ...(column === '' ? [] : [column])];
  return [...where, message].join(': ');
}
