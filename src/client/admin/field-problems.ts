import type * as ReactModule from 'react';
import type { ContentProblem } from '../../lib/load/content-problem.ts';

/**
 * The build's `field: reason` messages next to the fields they are about. Decap CMS asks each field's control
 * `isValid()` before it saves, shows the error it returns under that field, and saves nothing while one field has
 * an error. So Decap's own controls for the fields (string, text, select, list) are re-registered under their own
 * names, each wrapped in a control that adds the problems the entry's checks (src/lib/cms/check-entry.ts) find for
 * its field. The citation picker shows its citation's problems itself (citation-widget.ts).
 */

/** The Immutable.js values Decap hands to a control, as far as this file reads them. */
interface ImmutableField {
  get(key: 'name'): string;
}
interface ImmutableFields {
  some(test: (field: unknown) => boolean): boolean;
}
interface ImmutableCollection {
  /** A folder collection's fields; a file collection (the gazetteer) has none of its own, but `files`. */
  get(key: 'fields'): ImmutableFields | undefined;
  get(key: 'files'): { some(test: (file: { get(key: 'fields'): ImmutableFields }) => boolean): boolean } | undefined;
  get(key: 'name'): string;
}

// Whether a field is one of the entry's own (top-level) fields, in a folder collection or in one of a file collection's files.
function isTopField(collection: ImmutableCollection, field: ImmutableField): boolean {
  const own = (fields: ImmutableFields | undefined) => fields?.some((top) => top === field) ?? false;
  return own(collection.get('fields')) || (collection.get('files')?.some((file) => own(file.get('fields'))) ?? false);
}
interface ImmutableEntry {
  get(key: 'data'): { toJS(): Record<string, unknown> };
  get(key: 'slug' | 'path'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
}

interface ControlProps {
  readonly field: ImmutableField;
  readonly collection: ImmutableCollection;
  readonly getEntry: () => ImmutableEntry;
  readonly [prop: string]: unknown;
}

type Validity = boolean | { error: unknown } | Promise<unknown>;

interface InnerControl {
  isValid?: () => Validity;
  getValidateValue?: () => unknown;
  focus?: (path?: string) => void;
}

/** Every problem of one entry, from Decap's entry (its collection, data, file). */
export type EntryProblems = (entry: ImmutableEntry, collection: string) => readonly ContentProblem[];

interface DecapRegistry {
  getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
}

/** The widgets the generated config uses (src/lib/cms/cms-config.ts), except the citation picker. */
const CHECKED_WIDGETS = ['string', 'text', 'select', 'list'];

/**
 * The top-level field a problem belongs to: `citations[1].quote` → `citations`; the summary's and the whole
 * file's messages → `body` (the summary or article text), a frontmatter that is not a set of fields → `title`.
 */
export function problemField(field: string): string {
  if (field === '' || field === 'summary') return 'body';
  if (field === 'frontmatter') return 'title';
  return field.split(/[.[]/)[0] as string;
}

/** What a field shows: `date: impossible date: "2021-02-30" …`, or for the body only the reason. */
export function problemMessage({ field, message }: ContentProblem): string {
  return field === '' ? message : `${field}: ${message}`;
}

/** Wrap Decap's controls (see the file comment). `problemsOf` runs the checks on the entry as it stands. */
export function registerFieldProblems(cms: DecapRegistry, React: typeof ReactModule, problemsOf: EntryProblems): void {
  for (const name of CHECKED_WIDGETS) {
    const widget = cms.getWidget(name);
    if (widget === undefined) throw new Error(`field-problems: Decap has no "${name}" widget to wrap`);
    const Inner = widget.control as ReactModule.ComponentType<Record<string, unknown>>;

    class CheckedControl extends React.Component<ControlProps> {
      inner: InnerControl | null = null;

      setInner = (ref: (InnerControl & { getWrappedInstance?: () => InnerControl }) | null): void => {
        this.inner = ref?.getWrappedInstance ? ref.getWrappedInstance() : ref;
      };

      isValid(): Validity {
        // The control's own verdict first (a select's min and max): true, false, { error }, or a pending Promise.
        const own = this.inner?.isValid?.() ?? true;
        if (own === false || own instanceof Promise || (typeof own === 'object' && Boolean(own.error))) return own;
        const { field, collection, getEntry } = this.props;
        // Only the collection's own fields: a `date` inside a correction is not the event's date.
        if (!isTopField(collection, field)) return true;
        const name = field.get('name');
        // The citation picker shows its own citation's problems; the list shows what is about the list itself.
        const mine = problemsOf(getEntry(), collection.get('name')).filter(
          (problem) =>
            problemField(problem.field) === name && !(name === 'citations' && problem.field.startsWith('citations[')),
        );
        if (mine.length === 0) return true;
        return { error: { type: 'CUSTOM', message: mine.map(problemMessage).join('\n') } };
      }

      getValidateValue(): unknown {
        return this.inner?.getValidateValue?.();
      }

      focus(path?: string): void {
        this.inner?.focus?.(path);
      }

      override render(): ReactModule.ReactNode {
        return React.createElement(Inner, { ...this.props, ref: this.setInner });
      }
    }

    cms.registerWidget(name, CheckedControl, widget.preview, widget.schema);
  }
}
