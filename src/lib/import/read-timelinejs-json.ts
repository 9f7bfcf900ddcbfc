import { htmlToMarkdown, htmlToPlainText } from './html-to-markdown.ts';
import type { ImportedCitation, ImportedEvent, ImportProblem, ImportRead } from './imported-event.ts';
import { timelineJsSpan } from './timelinejs-date.ts';

/**
 * The events of a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html), one per slide: the
 * date at the precision the slide gives, the headline as title, the text as Markdown, the group as lane. The title
 * slide and eras are not events and are listed as skipped. A file this site wrote (`/data/timelinejs.json`) gives
 * back its citations too: its slides end with the list of cited passages, each linked to its source page.
 */
export function readTimelineJsJson(text: string): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      unit: 'slide',
      events: [],
      skipped: [],
      problems: [{ row: 0, column: '', message: `is not valid JSON: ${reason}` }],
    };
  }
  if (!isRecord(data) || !Array.isArray(data['events'])) {
    const message = 'is not TimelineJS data: it needs an "events" list';
    return { unit: 'slide', events: [], skipped: [], problems: [{ row: 0, column: '', message }] };
  }
  const events: ImportedEvent[] = [];
  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  if (isRecord(data['title'])) skipped.push({ row: 0, column: 'title', message: 'the title slide is not an event' });
  const eras = Array.isArray(data['eras']) ? data['eras'] : [];
  eras.forEach((_era: unknown, i) => {
    skipped.push({ row: 0, column: `eras[${i}]`, message: 'an era is not an event (declare eras in timeline.yaml)' });
  });
  data['events'].forEach((slide: unknown, i) => {
    const row = i + 1;
    const before = problems.length;
    if (!isRecord(slide)) {
      problems.push({ row, column: '', message: 'is not a slide (an object with start_date and text)' });
      return;
    }
    const textPart = isRecord(slide['text']) ? slide['text'] : {};
    const title = htmlToPlainText(String(textPart['headline'] ?? ''));
    if (title === '') problems.push({ row, column: 'text.headline', message: 'is missing: an event needs a title' });
    const span = timelineJsSpan(
      isRecord(slide['start_date']) ? slide['start_date'] : {},
      isRecord(slide['end_date']) ? slide['end_date'] : undefined,
    );
    if (!span.ok) {
      for (const problem of span.problems) {
        const column = problem.date === 'order' ? 'end_date' : `${problem.date}_date.${problem.part}`;
        problems.push({ row, column, message: problem.reason });
      }
    }
    if (problems.length > before || !span.ok) return;
    const date = span.edtf;
    const ours = splitOwnSources(String(textPart['text'] ?? ''));
    const converted = htmlToMarkdown(ours.html);
    const kept = [...converted.media.map((url) => `Media in the text: ${url}`), ...mediaOf(slide)];
    const group = typeof slide['group'] === 'string' ? htmlToPlainText(slide['group']) : '';
    const uniqueId = typeof slide['unique_id'] === 'string' ? slide['unique_id'] : undefined;
    events.push({
      row,
      ...(uniqueId === undefined ? {} : { sourceId: uniqueId }),
      title,
      date,
      ...(group === '' ? {} : { group }),
      summary: converted.markdown,
      actors: [],
      places: [],
      citations: ours.citations,
      kept,
    });
  });
  return { unit: 'slide', events, problems, skipped };
}

// The end of a slide written by src/lib/export/timelinejs.ts: "<p>Sources:</p><ul><li>“passage” (a claim by X):
// <a href="…/sources/<article>/#p3:~:text=…">…</a></li>…</ul><p><a href="…">Event page</a></p>".
const OWN_SOURCES = /<p>Sources:<\/p><ul>((?:<li>.*?<\/li>)*)<\/ul><p><a href="[^"]*">Event page<\/a><\/p>$/s;
const OWN_SOURCE = /<li>“(.*?)”(?: \(a claim by (.*?)\))?: <a href="[^"]*\/sources\/([a-z0-9-]+)\/#[^"]*">/g;

const OWN_CORRECTION_MARKERS =
  /^(?:<p><strong>Corrected [^<]*<\/strong>: <a href="[^"]*#correction-[^"]*">what was corrected<\/a><\/p>)+/;

function splitOwnSources(html: string): { html: string; citations: ImportedCitation[] } {
  const match = OWN_SOURCES.exec(html);
  if (match === null) return { html, citations: [] };
  const citations = [...match[1]!.matchAll(OWN_SOURCE)].map(([, passage, claimant, article]): ImportedCitation => ({
    article: article!,
    quote: unescapeHtml(passage!),
    ...(claimant === undefined ? { stance: 'fact' } : { stance: 'claim', claimant: unescapeHtml(claimant) }),
  }));
  // The slide starts with a marker per correction, linking its wording on the event page: not part of the summary.
  const summary = html.slice(0, match.index).replace(OWN_CORRECTION_MARKERS, '');
  return { html: summary, citations };
}

function mediaOf(slide: Record<string, unknown>): string[] {
  const kept: string[] = [];
  const media = isRecord(slide['media']) ? slide['media'] : undefined;
  if (media !== undefined && typeof media['url'] === 'string' && media['url'].trim() !== '') {
    const about = ['caption', 'credit']
      .map((key) => (typeof media[key] === 'string' ? htmlToPlainText(media[key]) : ''))
      .filter((text) => text !== '');
    kept.push(`Media: ${media['url'].trim()}${about.length > 0 ? ` (${about.join('; ')})` : ''}`);
  }
  const background = isRecord(slide['background']) ? slide['background'] : undefined;
  if (background !== undefined && typeof background['url'] === 'string') kept.push(`Background: ${background['url']}`);
  if (typeof slide['display_date'] === 'string' && slide['display_date'].trim() !== '') {
    kept.push(`Display date: ${htmlToPlainText(slide['display_date'])}`);
  }
  return kept;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
