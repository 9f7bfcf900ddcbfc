import type { TimelineEvent } from '../timeline-model.ts';

/**
 * The one line a build prints about the drafts it leaves out, naming their files so an editor can find them.
 * @example describeDrafts(drafts) // '2 drafts not published: content/events/a.md, content/events/b.md'
 */
export function describeDrafts(drafts: readonly Pick<TimelineEvent, 'file'>[]): string {
  const files = drafts.map((draft) => draft.file).join(', ');
  return drafts.length === 1 ? `1 draft not published: ${files}` : `${drafts.length} drafts not published: ${files}`;
}
