import type { ArticleId, Citation, Timeline, TimelineEvent } from './timeline-model.ts';

/** A citation seen from the article's side: which event cites which passage, and its place in that event's list. */
export interface IncomingCitation {
  readonly event: TimelineEvent;
  readonly citation: Citation;
  /** 0-based position of the citation in the event's `citations`. */
  readonly index: number;
}

/** Every citation of each article, in the events' chronological order. */
export function citationsByArticle(timeline: Pick<Timeline, 'events'>): Map<ArticleId, IncomingCitation[]> {
  const byArticle = new Map<ArticleId, IncomingCitation[]>();
  for (const event of timeline.events) {
    event.citations.forEach((citation, index) => {
      const list = byArticle.get(citation.article) ?? [];
      list.push({ event, citation, index });
      byArticle.set(citation.article, list);
    });
  }
  return byArticle;
}

/** The same, grouped by paragraph id within one article. */
export function citationsByParagraph(incoming: readonly IncomingCitation[]): Map<string, IncomingCitation[]> {
  const byParagraph = new Map<string, IncomingCitation[]>();
  for (const item of incoming) {
    const list = byParagraph.get(item.citation.paragraphId) ?? [];
    list.push(item);
    byParagraph.set(item.citation.paragraphId, list);
  }
  return byParagraph;
}
