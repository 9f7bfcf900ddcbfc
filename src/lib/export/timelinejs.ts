import { createSiteUrls } from '../cite/site-urls.ts';
import { ENGLISH_DATES, formatTimelineDate, type DateText } from '../dates/format-date.ts';
import { dayDate, type PartialDate } from '../dates/partial-date.ts';
import { correctionAnchors } from '../corrections/correction-anchor.ts';
import type { Timeline, TimelineEvent } from '../timeline-model.ts';

/**
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), the subset written here, so a
 * journalist can load the timeline into that tool.
 */
export interface TimelineJsData {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsEvent[];
  readonly eras: readonly TimelineJsEra[];
}

/** A TimelineJS date: as precise as the event's, no more (`{ year: 2023, month: 9 }` for September 2023). */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** A TimelineJS slide's text: both fields are HTML. */
export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

/** The title slide. */
export interface TimelineJsSlide {
  readonly text: TimelineJsText;
}

/** One event slide. */
export interface TimelineJsEvent {
  readonly start_date: TimelineJsDate;
  /** Only for intervals. */
  readonly end_date?: TimelineJsDate;
  /** The date as the site words it ("about June 2023"), shown instead of TimelineJS's own. */
  readonly display_date: string;
  readonly text: TimelineJsText;
  /** The lane's label: TimelineJS draws each group on its own row. */
  readonly group: string;
  /** The event's id. */
  readonly unique_id: string;
}

/** A named period drawn under the events. */
export interface TimelineJsEra {
  readonly start_date: TimelineJsDate;
  readonly end_date: TimelineJsDate;
  readonly text: { readonly headline: string };
}

/** Options for toTimelineJs(). */
export interface TimelineJsOptions {
  /** Where the site is served, absolute, base path included: links in the slides point there. */
  readonly siteUrl: string;
  /** An event's summary as HTML (the site renders its Markdown); without it the Markdown is shown as escaped text. */
  readonly summaryHtml?: (event: TimelineEvent) => string;
  /** The language of the slides' own words and dates (TimelineJS shows them to readers); English by default. */
  readonly text?: DateText;
}

/**
 * The timeline as TimelineJS3 data: a title slide, one slide per event (dates at their real precision, the lane as
 * group, the summary, each cited passage linked to its place in the source, and a link to the event page), and the
 * eras.
 */
export function toTimelineJs(timeline: Timeline, options: TimelineJsOptions): TimelineJsData {
  const urls = createSiteUrls(options.siteUrl);
  const words = options.text ?? ENGLISH_DATES;
  const { t } = words;
  const summaryHtml = options.summaryHtml ?? ((event: TimelineEvent) => `<p>${escapeHtml(event.summary)}</p>`);
  const articles = new Map(timeline.articles.map((article) => [article.id, article]));
  const laneLabels = new Map(timeline.config.lanes.map((lane) => [lane.id, lane.label]));

  const toSlide = (event: TimelineEvent): TimelineJsEvent => {
    const sources = event.citations.map((citation) => {
      const article = articles.get(citation.article);
      const source =
        article === undefined
          ? citation.article
          : t('export.timelinejs.source', {
              outlet: article.outlet,
              title: article.title,
              date: formatTimelineDate(article.published, words),
            });
      const claim =
        citation.stance === 'claim' && citation.claimant !== undefined
          ? ` ${escapeHtml(t('export.timelinejs.claim', { claimant: citation.claimant }))}`
          : '';
      return `<li>“${escapeHtml(citation.passage)}”${claim}: <a href="${escapeHtml(urls.passage(citation))}">${escapeHtml(source)}</a></li>`;
    });
    // A short marker per correction, linking its full wording on the event page.
    const corrections = correctionAnchors(event.corrections).map(
      (anchor, i) =>
        `<p><strong>${escapeHtml(t('export.timelinejs.corrected', { date: formatTimelineDate(dayDate(event.corrections[i]!.date), words) }))}</strong>: <a href="${escapeHtml(`${urls.event(event.id)}#${anchor}`)}">${escapeHtml(t('export.timelinejs.correctedLink'))}</a></p>`,
    );
    const text = [
      ...corrections,
      summaryHtml(event),
      `<p>${escapeHtml(t('export.timelinejs.sources'))}</p><ul>${sources.join('')}</ul>`,
      `<p><a href="${escapeHtml(urls.event(event.id))}">${escapeHtml(t('export.timelinejs.eventPage'))}</a></p>`,
    ].join('');
    return {
      start_date: toTimelineJsDate(event.date.kind === 'interval' ? event.date.start : event.date),
      ...(event.date.kind === 'interval' ? { end_date: toTimelineJsDate(event.date.end) } : {}),
      display_date: formatTimelineDate(event.date, words),
      text: { headline: escapeHtml(event.title), text },
      // TimelineJS writes the group label with innerHTML, like the headline and text.
      group: escapeHtml(laneLabels.get(event.lane) ?? event.lane),
      unique_id: event.id,
    };
  };

  return {
    title: {
      text: {
        headline: escapeHtml(timeline.config.title),
        text: `<p>${escapeHtml(timeline.config.description)}</p><p><a href="${escapeHtml(urls.home())}">${escapeHtml(urls.home())}</a></p>`,
      },
    },
    events: timeline.events.map(toSlide),
    eras: timeline.config.eras.map((era) => ({
      start_date: toTimelineJsDate(era.from),
      end_date: toTimelineJsDate(era.to),
      text: { headline: escapeHtml(era.label) },
    })),
  };
}

/** A partial date as a TimelineJS date, at the same precision. */
export function toTimelineJsDate(date: PartialDate): TimelineJsDate {
  return {
    year: date.year,
    ...(date.month === undefined ? {} : { month: date.month }),
    ...(date.day === undefined ? {} : { day: date.day }),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
