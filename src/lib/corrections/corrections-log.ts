import { toDayNumber } from '../dates/calendar-day.ts';
import type { ArticleId, Correction, EventId, Timeline } from '../timeline-model.ts';
import { correctionAnchors } from './correction-anchor.ts';

/** One line of the corrections log: a correction and the page it corrected. */
export interface CorrectionsLogEntry extends Correction {
  readonly page:
    | { readonly kind: 'event'; readonly id: EventId; readonly title: string }
    | { readonly kind: 'article'; readonly id: ArticleId; readonly title: string };
  /** Its place among its page's corrections, oldest first (0, 1, …). */
  readonly index: number;
  /** Its fragment id on its page (see correctionAnchors): with the page's address, its permanent link and feed id. */
  readonly anchor: string;
}

/**
 * Every correction of every event and article, newest first: the `/corrections/` page and the feed. One day's
 * corrections are ordered by page title, then by their order on the page, so the log is the same on every build.
 */
export function toCorrectionsLog(timeline: Pick<Timeline, 'events' | 'articles'>): CorrectionsLogEntry[] {
  const entries: CorrectionsLogEntry[] = [
    ...timeline.events.flatMap((event) => {
      const anchors = correctionAnchors(event.corrections);
      return event.corrections.map((correction, index) => ({
        ...correction,
        page: { kind: 'event' as const, id: event.id, title: event.title },
        index,
        anchor: anchors[index]!,
      }));
    }),
    ...timeline.articles.flatMap((article) => {
      const anchors = correctionAnchors(article.corrections);
      return article.corrections.map((correction, index) => ({
        ...correction,
        page: { kind: 'article' as const, id: article.id, title: article.title },
        index,
        anchor: anchors[index]!,
      }));
    }),
  ];
  return entries.sort(
    (a, b) =>
      toDayNumber(b.date) - toDayNumber(a.date) ||
      a.page.title.localeCompare(b.page.title, 'en') ||
      a.page.id.localeCompare(b.page.id) ||
      b.index - a.index,
  );
}
